"""Session 17's parse speed-ups of whole-note passes (issue #12): a note's case-blind searches
made on the note lower-cased once (notes/case_blind), its number words found on str.lower()'s
text, and the lost-cases check comparing neighbours without copying the rest of a key's facts.
Each must find exactly what it found before: these check the reasoning that says so (over every
code point) and the results against the old way on texts made of the characters that could
tell them apart."""

from __future__ import annotations

import random
import re
import string
import sys
import time
from functools import lru_cache

from studycli.notes import case_blind


@lru_cache(maxsize=1)
def _every_code_point() -> str:
    from array import array

    points = array("I", [p for p in range(sys.maxunicode + 1) if not 0xD800 <= p <= 0xDFFF])
    return points.tobytes().decode(f"utf-32-{'le' if sys.byteorder == 'little' else 'be'}")


@lru_cache(maxsize=1)
def _cased() -> str:
    """The characters case can change (the only ones that can match another letter with
    case ignored, or lower to one): a few thousand, where every code point is 1.1 million."""
    return "".join(c for c in _every_code_point() if c.lower() != c or c.upper() != c)


@lru_cache(maxsize=1)
def _lowered_from() -> dict[str, set[str]]:
    """By what str.lower() makes of it, every cased character that lowers to one character."""
    out: dict[str, set[str]] = {}
    for c in _cased():
        out.setdefault(c.lower(), set()).add(c)
    return out


def test_a_case_blind_letter_matches_what_lowers_to_it():
    """Each letter a case-minding pattern may hold matches, case ignored, exactly the
    characters str.lower() turns into it, but for the four that fold to ASCII letters
    (case_blind.FOLDS_TO_ASCII), which lowered() refuses."""
    text = _cased()
    letters = sorted(case_blind._SAFE_LETTERS) + list(string.ascii_lowercase)
    for letter in letters:
        blind = {text[m.start()] for m in re.finditer(re.escape(letter), text, re.IGNORECASE)}
        blind -= set(case_blind.FOLDS_TO_ASCII)
        assert blind == _lowered_from()[letter] - set(case_blind.FOLDS_TO_ASCII), letter


def test_lowered_refuses_the_characters_that_fold_to_ascii():
    assert case_blind.lowered("Step Fucntions → ÉKS") == "step fucntions → éks"
    for c in case_blind.FOLDS_TO_ASCII:
        assert case_blind.lowered(f"SQS {c}") is None
    # a pattern not written in lower case (a capital, an escape lower case would change)
    # has no case-minding twin
    assert case_blind.case_minding(re.compile(r"\bkey\b", re.IGNORECASE)) is not None
    assert case_blind.case_minding(re.compile(r"Key", re.IGNORECASE)) is None
    assert case_blind.case_minding(re.compile(r"key\S", re.IGNORECASE)) is None
    assert case_blind.case_minding(re.compile(r"ключ", re.IGNORECASE)) is None
    assert case_blind.case_minding(re.compile(r"\x41", re.IGNORECASE)) is None  # "A"
    assert case_blind.case_minding(re.compile(r"(?-i:cu)", re.IGNORECASE)) is None
    assert case_blind.case_minding(re.compile(r"key")) is None  # minds case already
    assert case_blind.case_minding(re.compile(r"m[ií]n", re.IGNORECASE)) is not None


def test_the_whole_note_searches_take_the_fast_path():
    """The answer-key pre-filter and the service-typo search are written in lower case, so
    they are searched on the lower-cased note (a capital added to either would silently
    bring back the case-blind search of every line)."""
    from studycli.notes import answer_key, service_typos

    assert case_blind.case_minding(answer_key._MAY_HOLD_KEY) is not None
    assert case_blind.case_minding(service_typos._names()[2]) is not None


_PIECES = ["Step Fucntions", "STEP FUNCTOINS", "elastic beanstlak", "Elastic Beanstalk",
           "\u0130", "\u0131", "\u017f", "\u212a", "→", "é", "É", "Ö", "\n", " ", "\t", "```\n",
           "ANSWERS", "Lösung", "LÖSUNG", "RÉPONSE", "Reponse", "\u017folution", "Key", "Ke", "y",
           "corrigÉ", "fifteen minutes", "Two Hundred Fifty Six KB", "sixty inbound rules",
           "wee\u212a", "\u017feven days", "Ten shards", "x", "-"]


def _texts(count: int, seed: int) -> list[str]:
    rng = random.Random(seed)
    return ["".join(rng.choice(_PIECES) for _ in range(rng.randint(0, 9))) for _ in range(count)]


def test_answer_key_prefilter_finds_what_the_case_blind_search_finds():
    from studycli.notes import answer_key

    for text in _texts(3000, 1):
        assert answer_key.may_hold_key(text) == (
            answer_key._MAY_HOLD_KEY.search(text) is not None), text


def test_service_typos_repaired_as_line_by_line():
    from studycli.fences import in_fence_mask
    from studycli.notes import service_typos

    _, _, pattern = service_typos._names()
    _, firsts = service_typos._first_words()
    changed = 0
    for text in _texts(3000, 2):
        lines = text.split("\n")
        fenced = in_fence_mask(lines)
        expected = [pattern.sub(service_typos._repaired, line)
                    if not fenced[i] and line and pattern.search(line) else line
                    for i, line in enumerate(lines)]
        # (then a mistyped first word, session 53, on the lines as the first pass left them)
        expected = [firsts.sub(service_typos._first_repaired, line)
                    if not fenced[i] and line and firsts.search(line) else line
                    for i, line in enumerate(expected)]
        got = list(lines)
        service_typos.repair_service_typos(got)
        assert got == expected, text
        changed += got != lines
    assert changed > 100
    lines = ["## Step Fucntions", "```", "Step Fucntions", "```", "ſ Step Fucntions"]
    service_typos.repair_service_typos(lines)
    assert lines == ["## Step Functions", "```", "Step Fucntions", "```", "ſ Step Functions"]


def test_number_words_lowered_as_ascii_letters_only():
    """spell_out_numbers reads the note through str.lower() unless it holds the dotted capital
    I or the Kelvin sign: the same digits as through the ASCII-only translation."""
    from studycli.notes import number_words

    text = _every_code_point()
    assert number_words._ascii_lowered(text) == text.translate(number_words._ASCII_LOWER)
    for sample in _texts(3000, 3):
        assert number_words.spell_out_numbers(sample) == _spelled_by_translation(sample), sample
    assert number_words.spell_out_numbers("Fifteen minutes → \u0130\u0130 fifteen minutes") \
        == "15 minutes → \u0130\u0130 15 minutes"


def _spelled_by_translation(text: str) -> str:
    from studycli.notes import number_words

    return number_words.spell_out_with(
        text, lambda t: t.translate(number_words._ASCII_LOWER))


def test_lost_cases_compare_neighbours_in_linear_time():
    """One key stated on 40,000 lines in a row: each fact is compared with those within three
    lines of it, without copying the rest of the key's facts for every one (a note repeating
    a table's row once took n squared steps)."""
    from studycli.extract.lost_cases import drop_unsure_quantities
    from studycli.model import Fact, Kind

    facts = [Fact(source="n.md", line=n, snippet="a row", service="SQS", subject="",
                  attribute="message size", kind=Kind.LIMIT, qualifier="max",
                  value="256 KB", number=256.0, unit="KB") for n in range(1, 40_001)]
    facts[20_000] = Fact(**{**facts[20_000].__dict__, "number": 1.0, "value": "1 KB"})
    start = time.process_time()
    kept = drop_unsure_quantities(facts)
    assert time.process_time() - start < 1.0
    unsure = [f.line for f in kept if f.kind is Kind.FACT]
    assert unsure == list(range(20_001 - 3, 20_001 + 4))


def test_a_character_lowered_to_ascii_makes_no_number_word():
    """The Kelvin sign lowers to "k" and the dotted capital I to "i" and a dot: read through
    str.lower(), "Ten weeK" (Kelvin sign) would say "ten week" and become "10 week"."""
    from studycli.notes.number_words import spell_out_numbers

    assert spell_out_numbers("Retention: Ten wee\u212a") == "Retention: Ten wee\u212a"
    assert spell_out_numbers("\u0130\u0130 fifteen minutes") == "\u0130\u0130 15 minutes"
    assert spell_out_numbers("Ten weeks") == "10 weeks"
