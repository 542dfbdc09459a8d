"""Session 36's cuts to the lookup's start-up and ranking, each with its output unchanged.

- A data file's kept copy is unmarshalled from bytes read whole (paths.load_json): marshal.load
  on the open file asked the file for each string and number (a method call each), ~9% of a
  lookup's instructions.
- Patterns tried on every candidate's line open with a character the engine can skip to (a
  digit, a capital), their word-start test read as a look-behind after it: the same matches
  and groups as the leading look-behind or \\b they replace.
- A legend's head words are looked for in C before its pattern runs; the stems of a line with
  no possessive and no dotted key are one set comprehension; the width of a line in cells
  looks up only its characters other than ASCII.
"""

from __future__ import annotations

import random
import re

from studycli import paths
from studycli.lookup import legend, words
from studycli.note_numbers import _LATIN, _NUMBER_UNIT


def test_a_kept_data_copy_is_read_whole_not_object_by_object(monkeypatch, tmp_path):
    import marshal

    monkeypatch.setenv("STUDYCLI_CACHE", str(tmp_path / "cache"))
    first = paths.load_json("exam_profiles.json")  # parsed, and the copy kept

    def per_object(_file):
        raise AssertionError("marshal.load on the open file: a method call per object")

    monkeypatch.setattr(marshal, "load", per_object)
    assert paths.load_json("exam_profiles.json") == first  # read back from the copy


# Lines a number reader meets: glued to words or scripts, decimals, thousands, rates, dates
_NUMBER_LINES = [
    "Messages up to 256 KB; retention 4 days (max 14 days), 1,000 msg/s", "S3 5TB", "v2.1 3.5",
    "ab12 12ab _7 é7 7é ǿ9 ɐ9 の30日前 .5 0.5 5. 5,5 5,000,000 1 mb/s 10 per sec 3ps",
    "12 Std. 60 Sek. 64 To 400 Ko 1 to 5 Go", "x-9 (9) [9] 9% 9 percent 99999999999999",
    "2024-01-15 up to 900 seconds / 15 min", "", "7", "a7", "7a", ".7", "7.", "7..7", "१२ 12",
]


def _old_number_unit() -> re.Pattern:
    """_NUMBER_UNIT as it was written before: its look-behind first."""
    head = rf"(\d(?<![{_LATIN}.]\d)\d*(?:[.,]\d+)?)"
    assert _NUMBER_UNIT.pattern.startswith(head)
    return re.compile(rf"(?<![{_LATIN}.])(\d+(?:[.,]\d+)?)" + _NUMBER_UNIT.pattern[len(head):])


def _random_lines(alphabet: str, n: int = 20000) -> list[str]:
    rng = random.Random(36)
    return ["".join(rng.choice(alphabet) for _ in range(rng.randint(0, 12))) for _ in range(n)]


def _found(pattern: re.Pattern, text: str) -> list:
    return [(m.span(), m.groups()) for m in pattern.finditer(text)]


def test_the_number_reader_opens_with_a_digit_and_reads_as_before():
    # what lets the engine skip to the next digit: the pattern's first item is a digit
    assert _NUMBER_UNIT.pattern[:3] == r"(\d", "the number pattern must open with a digit"
    old = _old_number_unit()
    lines = _NUMBER_LINES + _random_lines("0123456789aKMGTPoStdSek.,/ _-éǿɐの%msBp")
    for text in lines:
        assert _found(_NUMBER_UNIT, text) == _found(old, text), text


def test_the_caps_plural_opens_with_a_capital_and_reads_as_before():
    assert words._CAPS_PLURAL.pattern.startswith("([A-Z]")
    old = re.compile(r"\b([A-Z]{2,5})s\b")
    lines = ["GSIs per table", "ENIs, AMIs and LSIs", "xGSIs", "_GSIs", "éGSIs", "GSIss",
             "ABCDEFs", "Ss", "AWS", "9GSIs", *_random_lines("ABCDEFGs é_9-x")]
    for text in lines:
        assert words._CAPS_PLURAL.findall(text) == old.findall(text), text
        assert bool(words._CAPS_PLURAL.search(text)) == bool(old.search(text)), text


def test_a_legend_is_told_as_its_pattern_tells_it():
    lines = ["abbr: vis = visibility timeout", "Legend - ret = retention", "ABBREVS: x = y",
             "see the legend: below", "no legend here", "abbreviations", "x. Abbr = y",
             "legendary: 5", "ſabbr: x", "İlegend: x", "", "max 256 KB"]
    for text in lines:
        assert legend.is_legend(text) == bool(legend.LEGEND.search(text)), text


def test_a_line_without_a_legends_word_is_not_searched(monkeypatch):
    searched: list[str] = []

    class Counting:
        def search(self, text):
            searched.append(text)
            return real.search(text)
    real = legend.LEGEND
    monkeypatch.setattr(legend, "LEGEND", Counting())
    for text in ["max 256 KB", "visibility timeout default 30 s", "", "no key here"]:
        assert not legend.is_legend(text)
    assert legend.is_legend("abbr: vis = visibility timeout")
    assert searched == ["abbr: vis = visibility timeout"]


def _loop_stems(text: str, stop: frozenset[str]) -> list[str]:
    """The stems of a line with no CamelCase, capitals' plural, '_' or '--', as main's loop
    found them before the shortcut (the oracle the shortcut must agree with)."""
    found: list[str] = []
    for t in words.tokens(words.normalize(text)):
        if t not in stop:
            found.append(words.stem(t))
        if t.endswith("'s") and t[:-2] not in stop:
            found.append(words.stem(t[:-2]))
        if "." in t and words._DOTTED_KEY.fullmatch(t):
            found.extend(words.stem(p) for p in t.split(".") if p not in stop)
    return found


def test_stems_of_plain_lines_are_the_loops_stems():
    stop = frozenset({"the", "a", "of", "is"})
    lines = ["Max message size is 256 KB", "the role's max session", "stepfn.history = 25,000",
             "DelaySeconds 0-900 s", "Visibility timeout of the queue", "e.g. 3.5 v2.1",
             "a retention of the stream is 24 hours", "queues of the account: 1,000,000",
             "the the of a", "", "max 256 KB . per msg", "lambda's timeout of 15 min"]
    for text in lines:
        assert words.stems.__wrapped__(text, stop) >= frozenset(_loop_stems(text, stop)), text
        if not any(c in text for c in "_-") and text == text.lower():
            assert words.stems.__wrapped__(text, stop) == frozenset(_loop_stems(text, stop)), text


def test_cells_look_up_only_the_characters_other_than_ascii(monkeypatch):
    import unicodedata

    from studycli.ui import cells as cells_module

    def width_of_each(text: str) -> int:  # as cells counted before
        return sum(0 if unicodedata.combining(c) else
                   2 if unicodedata.east_asian_width(c) in "WF" else 1 for c in text)

    lines = ["plain", "misc – weird chars & émojis 🚀.md:9", "e\u0301", "天 7 日", "\x07\x1b",
             "…", "Ａ", "\u200b", "", *_random_lines("aZ 9é\u0301天🚀…\x00\u00a0Ａ-", 3000)]
    for text in lines:
        assert cells_module.cells(text) == width_of_each(text), text
    asked: list[str] = []
    real = unicodedata.east_asian_width
    monkeypatch.setattr(unicodedata, "east_asian_width", lambda c: asked.append(c) or real(c))
    assert cells_module.cells("a – b") == 5 and asked == ["–"]  # the dash alone


def test_a_number_stated_opens_with_its_digit_and_reads_as_before():
    from studycli.lookup import answer

    assert answer._NUMBER_START.pattern.startswith(r"\d")
    old = re.compile(r"(?<![^\W\d_])(?<!layer )(?<!layer-)\d", re.IGNORECASE)
    lines = ["layer 7", "LAYER 7 lb", "Layer-4", "xlayer 7", "S3 buckets", "10 buckets", "gp3",
             "é7", "_7", "layer  7", "7", "", *_random_lines("layer- 7éS_3x", 5000)]
    for text in lines:
        assert [m.span() for m in answer._NUMBER_START.finditer(text)] == [
            m.span() for m in old.finditer(text)], text
        assert answer._has_digit(text) == (old.search(text) is not None), text


def test_word_gates_tell_as_their_patterns_tell():
    from studycli.lookup import features, negated

    lines = ["/tmp 512 MB (disk, not memory)", "isn't RAM", "ISNT ram", "aren't counted as x",
             "not the same as memory", "iſn't memory", "ıSN'T memory", "knot 5", "nothing",
             "max timeout was 5 min, now 15 min", "correct was 14 days", "answer was 3",
             "used to be 3", "previously 5", "formerly 7", "were 9", "wasabi 5", "", "max 5",
             *_random_lines("notisarewfmly' 5ıſ", 5000)]
    for text in lines:
        assert negated._denies(text) == bool(negated._DENIED.search(text)), text
        assert features._says_was(text) == bool(features._WAS.search(text)), text
