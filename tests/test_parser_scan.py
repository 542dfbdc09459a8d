"""The line scans that replaced per-number rescans of a whole line give exactly what the
rescans gave: the last clause break before a position, and the bracket a number sits in."""

from __future__ import annotations

import random

import pytest

from studycli.extract import attribution, context, limits
from studycli.extract.scan import found_before, last_end
from tests.helpers import random_lines

# every pattern the parser hands last_end (its rescan from REACH before the cut is checked
# against a scan of the whole head, so each pattern's own look-arounds are exercised)
PATTERNS = {"attribution clause": attribution._CLAUSE_BREAK,
            "limits clause": limits._CLAUSE_BREAK,
            "sentence": attribution._SENTENCE_BREAK,
            "new sentence": attribution._NEW_SENTENCE,
            "any sentence": attribution._ANY_SENTENCE,
            "later sentence": limits._LATER_SENTENCE,
            "kind clause": limits._KIND_CLAUSE_BREAK,
            "subject's clause": context._CLAUSE_END}
PIECES = [*"ab ,;.()[]-–—!?\t\n", "and ", "or ", "but ", "while ", "vs.", "vs ",
          "compared to ", "whereas ", "Versus ", "unlike ", "butter ", "band ", "x" * 40]
# and what the sentence patterns look at: a capital after the break, an abbreviation before it
SENTENCE_PIECES = [*PIECES, ". The", "e.g. ", "i.e. ", ". **A", "Or ", "10,000", "1,5"]


def _lines(seed: int, count: int, pieces: list[str] = PIECES):
    return random_lines(pieces, seed, count, 300)


@pytest.mark.parametrize("name", PATTERNS)
def test_last_end_is_the_last_match_before_the_position(name):
    pattern = PATTERNS[name]
    rng = random.Random(1)
    for line in _lines(2, 400, SENTENCE_PIECES):
        for position in [len(line), *(rng.randint(0, len(line)) for _ in range(10))]:
            expected = max((m.end() for m in pattern.finditer(line, 0, position)), default=0)
            assert last_end(pattern, line, position) == expected, (line, position)


# the patterns the parser asks found_before about, with words that make them match or nearly
FOUND_BEFORE = {"quota": attribution._QUOTA_WORD}
QUOTA_PIECES = [*PIECES, "quota", "quotas", "limit", "limits", "Limits ", "limitless", "sub"]


@pytest.mark.parametrize("name", FOUND_BEFORE)
def test_found_before_is_a_search_of_the_whole_head(name):
    pattern = FOUND_BEFORE[name]
    rng = random.Random(5)
    found = 0
    for line in random_lines(QUOTA_PIECES, 6, 400, 300):
        for position in [len(line), *(rng.randint(0, len(line)) for _ in range(10))]:
            expected = pattern.search(line, 0, position) is not None
            assert found_before(pattern, line, position) == expected, (line, position)
            found += expected
    assert found  # the lines exercise the pattern


def _bracket_head_char_by_char(line: str, position: int) -> str:
    depth = 0
    for i in range(position - 1, -1, -1):
        if line[i] == ")":
            depth += 1
        elif line[i] == "(":
            if depth == 0:
                return line[attribution.start_of_clause(line, i):i].strip(" *_`")
            depth -= 1
    return ""


def test_bracket_head_matches_a_character_by_character_scan():
    for line in _lines(4, 400):
        for position in range(0, len(line) + 1, max(1, len(line) // 15)):
            assert attribution._bracket_head(line, position) == \
                _bracket_head_char_by_char(line, position), (line, position)
    assert attribution._bracket_head("Lambda authorizer (token based, TTL 300s)", 36) == \
        "Lambda authorizer"


def test_sentence_ends_between_are_those_a_search_between_finds():
    """context.sentence_ends_between takes a subject's sentence ends from the line's found
    once: the same spans as a search from the subject to the number."""
    pieces = [*"ab ,;.!?()[]*_`/\t", ". ", "! ", "? ", ".  \t ", " " * 40, ". **", ". (",
              ". [", ". /tmp", "/x", "A", "Bc", "approx.", "e.g.", "etc. ", "max. ", "x" * 30,
              "5", " 10 GB", "io2"]
    rng = random.Random(9)
    found = small = 0
    for text in random_lines(pieces, 10, 400, 300):
        ends = _sentence_ends_one_by_one(text)
        small += sum(text[b - 1].islower() for _, b in ends)
        for _ in range(8):
            pos = rng.randint(0, len(text))
            endpos = rng.randint(pos, len(text))
            expected = [(a, b) for a, b in ends if a >= pos and b <= endpos]
            assert context.sentence_ends_between(text, pos, endpos) == expected, (text, pos,
                                                                                endpos)
            found += len(expected)
    assert found > 100 and small > 20  # the lines hold sentence ends, before small letters too


def _sentence_ends_one_by_one(text: str) -> list[tuple[int, int]]:
    """Every stop the pattern finds in the whole text; one before a small letter only where a
    number (not a name's digit) came since the last end kept."""
    kept: list[tuple[int, int]] = []
    for m in context._SENTENCE_END.finditer(text):
        since = range(kept[-1][1] if kept else 0, m.start())
        if not m["small"] or any(text[k].isdigit() and (k == 0 or not (
                text[k - 1].isascii() and text[k - 1].isalnum())) for k in since):
            kept.append(m.span())
    return kept
