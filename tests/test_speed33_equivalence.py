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
    # str.isdecimal, over every code point
    space, digit = re.compile(r"\s"), re.compile(r"\d")
    for code in range(sys.maxunicode + 1):
        c = chr(code)
        assert (space.match(c) is not None) == c.isspace(), hex(code)
        assert (digit.match(c) is not None) == c.isdecimal(), hex(code)


def test_tail_start_finds_where_the_loop_did() -> None:
    rng = random.Random(33)
    # letters, run marks, spaces and digits of other scripts, a newline
    alphabet = "ab Z*_`~,.07\t\u00a0\u3000\u0663\u2009\nxé"
    for _ in range(3000):
        runs = rng.choice([0.1, 0.5, 0.9, 0.99])
        line = "".join(rng.choice(alphabet[2:14]) if rng.random() < runs
                       else rng.choice("abZxé") for _ in range(rng.randint(0, 3000)))
        end = rng.randint(0, len(line))
        for letters in (1, 8, 64):
            tail_start.cache_clear()
            assert tail_start(line, end, letters) == _tail_start_by_loop(line, end, letters)


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
    from tests.helpers import run_cli

    (tmp_path / "n.md").write_text("# ſtep Fucntions\n- Elaſtic Beanstlak max 75 apps\n"
                                   "- Step Fucntions max 25,000 events\n", encoding="utf-8")
    done = run_cli("ingest", str(tmp_path / "n.md"), db=tmp_path / "n.db")
    assert done.returncode == 0, done.stderr
    assert "Traceback" not in done.stderr
