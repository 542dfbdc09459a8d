"""Patterns anchored before a number search only the end of the text before it
(scan.tail_start): the match they find is the one a search of the whole head finds."""

from __future__ import annotations

import random

import pytest

from studycli.extract import attribution, limits
from studycli.extract.attribution import BEFORE_LETTERS
from studycli.extract.cues import words
from studycli.extract.scan import tail_start
from tests.helpers import random_lines

PATTERNS = {
    "at least": attribution._AT_LEAST_BEFORE, "increment": attribution._INCREMENT_BEFORE,
    "threshold": attribution._THRESHOLD_BEFORE, "greater": attribution._GREATER_BEFORE,
    "conditional greater": attribution._CONDITIONAL_GREATER,
    "ratio unit": attribution._RATIO_UNIT_BEFORE, "every": attribution._EVERY_BEFORE,
    "limits threshold": limits._THRESHOLD, "joined": limits._JOINED_BEFORE,
}
# pieces that make the patterns match, with long runs of spaces, marks and digits between
PIECES = [*"ab ,;.()/&<>=-*_`~\t", "\u00a0", "\u0663", "at least ", "at    least", "per ",
          "increments of ", "step   of", "more than ", "greater that ", "exceeds", " > ",
          "if ", "when the ", "once ", "whenever ", "every ", "3 KB and ", "12,000 ", "1.5 ",
          "RCU / ", "runs ", "x" * 30, " " * 50, "*" * 40, "9" * 60, "~~", "**"]


def _heads(seed: int, count: int):
    return random_lines(PIECES, seed, count, 400)


@pytest.mark.parametrize("name", PATTERNS)
def test_a_search_of_the_tail_finds_the_match_of_the_whole_head(name):
    pattern = PATTERNS[name]
    rng = random.Random(3)
    found = 0
    for line in _heads(5, 300):
        for end in [len(line), *(rng.randint(0, len(line)) for _ in range(8))]:
            whole = pattern.search(line[:end])
            tail = pattern.search(line, tail_start(line, end, BEFORE_LETTERS), end)
            assert (whole and whole.span()) == (tail and tail.span()), (line, end)
            found += whole is not None
    assert found  # the lines exercise the pattern


def test_cue_words_fit_the_letters_counted():
    for name in ("threshold_words", "increment_words"):
        assert max(len(w) for w in words(name)) + 2 <= BEFORE_LETTERS, name


def test_the_question_guards_threshold_search_of_the_tail_finds_the_whole_heads_match():
    from studycli.questions import attribution as guard

    pieces = [*PIECES, "exceeding than ", "larger  than", "bigger that", "longer ", " ≈ ",
              "~ ", "beyond", "past ", "over\t", ">", "\n>", "above ", "higher than  ~  "]
    rng = random.Random(4)
    found = 0
    for line in random_lines(pieces, 6, 300, 400):
        for end in [len(line), *(rng.randint(0, len(line)) for _ in range(8))]:
            whole = guard._THRESHOLD.search(line[:end])
            tail = guard._THRESHOLD.search(
                line, tail_start(line, end, guard._THRESHOLD_LETTERS), end)
            assert (whole and whole.span()) == (tail and tail.span()), (line, end)
            found += whole is not None
    assert found


def test_a_subjects_added_on_words_are_found_in_the_tail_before_it():
    """context.subject_near searches "incl." / "plus" / "with" before each subject of a line in
    the tail only (context._ADDED_ON_LETTERS)."""
    from studycli.extract import context

    pieces = [*PIECES, "incl.", "including", "includes ", "incl", "plus ", "w/", "with \t",
              "With", "without ", "surplus "]
    rng = random.Random(7)
    found = 0
    for line in random_lines(pieces, 8, 300, 400):
        for end in [len(line), *(rng.randint(0, len(line)) for _ in range(8))]:
            whole = context._ADDED_ON.search(line[:end])
            tail = context._ADDED_ON.search(
                line, tail_start(line, end, context._ADDED_ON_LETTERS), end)
            assert (whole and whole.span()) == (tail and tail.span()), (line, end)
            found += whole is not None
    assert found
