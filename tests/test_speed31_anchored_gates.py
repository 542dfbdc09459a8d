"""The patterns anchored before a number that extract/anchored.EndsOn gates (a search skipped
where the text before the number cannot end a match) find exactly what they find ungated:
on random texts built from their own words, marks, spaces and letters that fold to ASCII
when case is ignored, and at every number of the shipped notes."""

from __future__ import annotations

import random
import re
from pathlib import Path

import pytest

from studycli.extract import attribution
from studycli.extract.anchored import EndsOn, ends_on, final_marks, last_mark
from studycli.extract.cues import words
from tests.helpers import random_lines

GATED = {name: value for name, value in vars(attribution).items() if isinstance(value, EndsOn)}

# every word the gated patterns end on or read before it, with marks, spaces, digits, brackets
# and the characters other than ASCII that case-insensitive matching folds to ASCII letters
PIECES = [*"ab ,;.()[]/&<>=-:*_`~\t\n'!", "\u00a0", "\u2003", "\u017f", "\u212a", "\u0131",
          "≤", "≥", "≈", "\u0663", "no ", "not ", "isn't ", "isnt ", "never ", "NOT ", "I ",
          "i said ", "I thought it was ", "we put ", "answered ", "guessed it's ", "chose ",
          "wrong: ", "wrong =", "typically ", "usually < ", "normally <= ", "within ",
          "less than ", "more than ", "up to ", "at most ", "about ", "around ", "in practice ",
          "IOPS ", "throughput is reached ", "5 GB/s hit ", "16,000 (", "at ", "AT",
          "increments of ", "steps of ", "granularity of", "per ", "PER", "GB/", "at least ",
          "at  LEAST", "1 or ", "3 OR  ", *words("threshold_words"), *words("typical_words"),
          "12", "7 ", "**", "~~", "__", "``", "x" * 20, " " * 30]


def test_the_gated_patterns_are_those_searched_before_a_number():
    assert set(GATED) >= {"_NO_BEFORE", "_NEGATED_BEFORE", "_THRESHOLD_BEFORE",
                          "_TYPICAL_BEFORE", "_RATIO_UNIT_BEFORE", "_AT_LEAST_BEFORE",
                          "_CHOICE_BEFORE", "_INCREMENT_BEFORE", "_PEAK_POINT_BEFORE",
                          "_OWN_MISTAKE_BEFORE"}


@pytest.mark.parametrize("name", sorted(GATED))
def test_a_gated_search_finds_what_the_pattern_finds(name):
    gated = GATED[name]
    plain = gated._pattern
    rng = random.Random(31)
    found = 0
    for line in random_lines(PIECES, 31, 400, 40):
        for end in {len(line), *(rng.randint(0, len(line)) for _ in range(6))}:
            for pos in (0, rng.randint(0, end)):
                want = plain.search(line, pos, end)
                got = gated.search(line, pos, end)
                assert (want and want.span()) == (got and got.span()), (line, pos, end)
                found += want is not None
        assert (plain.search(line) and plain.search(line).span()) == (
            gated.search(line) and gated.search(line).span()), line
    assert found  # the texts exercise the pattern


def test_at_every_number_of_the_shipped_notes_the_gated_searches_agree():
    root = Path(__file__).resolve().parent.parent / "content"
    checked = 0
    for path in sorted(root.iterdir()):
        for line in path.read_text(encoding="utf-8").splitlines():
            for m in re.finditer(r"\d", line):
                for gated in GATED.values():
                    want = gated._pattern.search(line, 0, m.start())
                    got = gated.search(line, 0, m.start())
                    assert (want and want.span()) == (got and got.span()), (line, m.start())
                    checked += 1
    assert checked > 1000


def test_the_last_mark_skips_spaces_and_emphasis_marks_only():
    assert last_mark("max **15", 0, 6) == "x"
    assert last_mark("not  ~~`", 0, 8) == "t"
    assert last_mark("up to\u00a0", 0, 6) == "o"  # (\s reads a no-break space as one)
    assert last_mark("  **", 0, 4) == ""
    assert last_mark("no 5", 1, 3) == "o"
    assert last_mark("no 5", 2, 3) == ""  # (nothing before pos is read)


def test_final_marks_of_words():
    assert final_marks(["more than", "exceeds", "over"]) == "nrs"
    assert final_marks(["≤", "up to"]) == "o"  # a text ending on "≤" is always searched
    assert final_marks(["~"]) is None  # nothing but marks: no gate
    assert ends_on(attribution.re.compile("x$"), None).search("ax")  # (ungated: the pattern)
