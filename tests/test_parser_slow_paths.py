"""Hostile notes parse in time linear in their size: each case is timed at n and 4n
characters. Linear parsing takes about 4x as long for 4x the text, a quadratic one about 16x
(before the fix, a line of 20,000 "[" took seconds); the bound (8x, with a 10 ms floor for
timer noise) is generous for a busy machine, and times are CPU time, so waiting for a core
is not counted. Figures for larger inputs:
bench/parser_slow_paths.py."""

from __future__ import annotations

import time

import pytest

from studycli.extract import parse_note
from studycli.notes.normalize import drop_stray_brackets

CASES = {
    "line of [": lambda n: "## Lambda\n" + "[" * n + "\n",
    "line of [[ with ]] at the end": lambda n: "## Lambda\n" + "[[" * (n // 2) + "]]\n",
    "line of ![": lambda n: "## Lambda\n" + "![" * (n // 2) + "\n",
    "nested brackets": lambda n: "## Lambda\n" + "[" * (n // 2) + "]" * (n // 2) + "\n",
    "lines of brackets": lambda n: "## Lambda\n" + ("[" * 50 + "\n") * (n // 50),
    "CR-only line endings": lambda n: "## Lambda\r" + "- timeout 900 s\r" * (n // 16),
    "table rows": lambda n: ("## Lambda\n| Setting | Limit |\n|---|---|\n"
                             + "| Timeout | 900 s |\n" * (n // 20)),
    "many small tables": lambda n: "## Lambda\n" + (
        "\n| Setting | Limit |\n|---|---|\n| Timeout | 900 s |\n" * (n // 48)),
    "one hard-wrapped paragraph": lambda n: "## Lambda\n" + (
        "and then the function keeps running because it is waiting on the\n" * (n // 66)),
    "items under one parent": lambda n: "## SQS\n- Queues:\n" + "  - FIFO queue\n" * (n // 16),
}


def _seconds(text: str) -> float:
    start = time.process_time()
    parse_note(text, "hostile.md")
    return time.process_time() - start


@pytest.mark.parametrize("name", CASES)
def test_parse_time_grows_linearly(name):
    make = CASES[name]
    parse_note(make(200), "warm.md")
    small_text, large_text = make(5_000), make(20_000)
    # Best of three of each: a busy machine slows single runs. The bound is fixed by the best
    # small run before any large one runs; the large text then runs until one of three runs
    # beats it, which is the verdict the best of all three would give.
    small = min(_seconds(small_text) for _ in range(3))
    bound = max(small, 0.010) * 8
    large = float("inf")
    for _ in range(3):
        large = min(large, _seconds(large_text))
        if large < bound:
            break
    assert large < bound, (name, small, large)


def test_stray_brackets_are_dropped_and_links_kept():
    assert drop_stray_brackets("[a](b) [[x]] [[[") == "[a](b) [[x]] "
    assert drop_stray_brackets("[[[[[[x]]]]]]") == "[[[[x]]]]]]"
    assert drop_stray_brackets(r"a \[ b") == r"a \[ b"


def test_cr_only_note_reads_its_lines():
    note = parse_note("## Lambda\r- max timeout 900 s\r- max memory 10,240 MB\r", "mac.md")
    assert {(f.line, f.value) for f in note.facts if f.kind == "limit"} == {
        (2, "900 s"), (3, "10,240 MB")}
