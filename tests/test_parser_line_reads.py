"""What the readers of a number take from the line's matches, found once per line (sentence
starts, clause breaks, example cues), must be what a search of the number's own part of the
line gives."""

from __future__ import annotations

import random

from studycli.extract import attribution
from tests.helpers import random_lines

PIECES = [*"ab .!?;:A\"'(\t", "\u00a0", ". ", ".  A", "!\t\"", "? (", "; ", ";", "e.g. x",
          "i.e. the", "  ", " " * 30, "Z", "1.5 ", "256 KB. ", "x" * 20]


def _plain(line: str, start: int) -> str:
    head = line[:start]
    cut = max((m.end() for m in attribution._SENTENCE_START.finditer(head)), default=0)
    return head[cut:]


def test_the_sentence_before_a_number_is_the_one_a_search_of_the_head_finds():
    rng = random.Random(7)
    cut = 0
    for line in random_lines(PIECES, 8, 400, 60):
        for start in {0, len(line), *(rng.randint(0, len(line)) for _ in range(12))}:
            want = _plain(line, start)
            assert attribution._sentence_before(line, start) == want, (line, start)
            cut += want != line[:start]
    assert cut  # the lines hold sentence starts before the cut


def test_a_line_said_to_hold_no_example_cue_has_none_in_any_of_its_parts():
    from studycli.extract.cues import words

    cues = words("example_cues")
    pieces = [*"ab .(x1\t", " 5 ", "likely ", "e.g.", "E.G. 3", *cues, *(c + "x" for c in cues)]
    rng = random.Random(9)
    found = 0
    for line in random_lines(pieces, 10, 300, 30):
        for _ in range(10):
            a = rng.randint(0, len(line))
            b = rng.randint(a, len(line))
            if attribution._EXAMPLE.search(line, a, b):
                found += 1
                assert attribution._holds_example_cue(line), (line, a, b)
    assert found


def test_the_first_clause_break_after_a_number_is_the_one_a_search_from_it_finds():
    pieces = [*"ab ,;()A\t-", " - ", " – ", "—", ") or Lambda", ")   or  S3", ") or x", " or ",
              " while ", "but", "whereas", " vs. ", "compared to", "unlike", "x" * 12, " " * 20]
    rng = random.Random(11)
    hidden = 0
    for line in random_lines(pieces, 12, 400, 40):
        starts, ends = attribution._breaks(line)
        for position in {0, len(line), *(rng.randint(0, len(line)) for _ in range(12))}:
            m = attribution._CLAUSE_BREAK.search(line, position)
            assert attribution._next_break(line, position) == (m.start() if m else len(line)), (
                line, position)
            hidden += any(s < position < e for s, e in zip(starts, ends, strict=True))
    assert hidden  # some positions fall inside a break: the fallback is exercised
