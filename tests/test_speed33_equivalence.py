"""Speed changes of session 33 that must read as before: each faster form against the form it
replaced, kept here as the reference."""

from __future__ import annotations

import random
import re
import sys

from studycli.extract.scan import tail_start

_RUN_MARKS = frozenset("*_`~,.")


def _tail_start_by_loop(line: str, end: int, letters: int) -> int:
    """scan.tail_start as it was: a loop over the head's characters, from its end."""
    if end <= 4 * letters:
        return 0
    count = 0
    for i in range(end - 1, -1, -1):
        c = line[i]
        if not (c in _RUN_MARKS or c.isspace() or c.isdecimal()):
            count += 1
            if count > letters:
                return i + 1
    return 0


def test_the_counting_pattern_reads_space_and_digit_as_str_does() -> None:
    # tail_start's pattern counts with \s and \d: the same characters as str.isspace and
    # str.isdecimal, over every code point (the pattern's and the method's picks of one string
    # of them all, compared whole: a character-by-character loop was 0.6 s of CPU)
    every = "".join(map(chr, range(sys.maxunicode + 1)))
    assert "".join(re.findall(r"\s", every)) == "".join(filter(str.isspace, every))
    assert "".join(re.findall(r"\d", every)) == "".join(filter(str.isdecimal, every))


def _tail_start_against_the_loop(seed: int, lines: int) -> None:
    rng = random.Random(seed)
    # letters, run marks, spaces and digits of other scripts, a newline
    alphabet = "ab Z*_`~,.07\t\u00a0\u3000\u0663\u2009\nxé"
    for _ in range(lines):
        runs = rng.choice([0.1, 0.5, 0.9, 0.99])
        line = "".join(rng.choice(alphabet[2:14]) if rng.random() < runs
                       else rng.choice("abZxé") for _ in range(rng.randint(0, 3000)))
        end = rng.randint(0, len(line))
        for letters in (1, 8, 64):
            tail_start.cache_clear()
            assert tail_start(line, end, letters) == _tail_start_by_loop(line, end, letters)


def test_tail_start_finds_where_the_loop_did() -> None:
    # 500 random lines in the everyday tier; the thorough tier's test below tries 2,500 more
    _tail_start_against_the_loop(33, 500)


def test_tail_start_finds_where_the_loop_did_over_more_lines() -> None:
    """The sweep's other 2,500 lines (thorough tier): the everyday test tries the first 500."""
    _tail_start_against_the_loop(34, 2500)


def test_tail_start_past_its_window() -> None:
    # a run of digits and spaces longer than the first window: the whole head is read
    for line in ("word " * 10 + "1 " * 2000 + "x", "1 " * 3000, "a" * 70 + "9" * 5000):
        for end in (len(line), len(line) - 1, 1500):
            tail_start.cache_clear()
            assert tail_start(line, end, 64) == _tail_start_by_loop(line, end, 64)


def test_outline_numbering_still_nests_under_a_top_number() -> None:
    from studycli.notes.normalize import _outline_numbering_to_lists

    lines = ["Intro", "1. Lambda", "1.1 timeout 15 min", "   a) memory 10 GB"]
    _outline_numbering_to_lists(lines)
    assert lines == ["Intro", "1. Lambda", "   - timeout 15 min", "      - memory 10 GB"]
    # no "1." line: the pass (now skipped after one search) changes nothing
    alone = ["1.1 timeout 15 min", "a) memory 10 GB", "  2) x"]
    _outline_numbering_to_lists(alone)
    assert alone == ["1.1 timeout 15 min", "a) memory 10 GB", "  2) x"]


def test_stray_blocks_still_dedented_at_four_columns() -> None:
    from studycli.notes.normalize import _dedent_stray_blocks

    lines = ["Intro", "    indented 15 min", "", "    more"]
    assert _dedent_stray_blocks(lines) is True
    assert lines == ["Intro", "indented 15 min", "", "more"]
    shallow = ["Intro", "   three columns", "\tnot spaces"]
    assert _dedent_stray_blocks(shallow) is False
    assert shallow == ["Intro", "   three columns", "\tnot spaces"]


def test_a_long_s_in_a_mistyped_name_stops_nothing(tmp_path):
    """The typo pattern ignores case, so it matches a long s ("ſtep Fucntions") that
    str.lower() keeps: the look-up of the name's first word raised KeyError and the whole
    ingest stopped with a traceback."""
    from tests.helpers import run_here

    (tmp_path / "n.md").write_text("# ſtep Fucntions\n- Elaſtic Beanstlak max 75 apps\n"
                                   "- Step Fucntions max 25,000 events\n", encoding="utf-8")
    done = run_here("ingest", str(tmp_path / "n.md"), db=tmp_path / "n.db")
    assert done.returncode == 0, done.stderr
    assert "Traceback" not in done.stderr
