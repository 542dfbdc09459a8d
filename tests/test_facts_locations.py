"""`facts` at any width: every note location is printed whole (a cut file name cannot be
found), beside the value when there is room for it, under the value when there is not."""

from __future__ import annotations

import pytest
from rich.console import Console

from studycli.model import Fact
from studycli.ui.facts_table import render_facts

LONG = "000_4c356a59b3abc6e0_lecture.txt"  # 33 cells: whole on one line even at 80


def _fact(i: int, source: str = LONG) -> Fact:
    return Fact("SQS", "standard queue", "message retention period", "limit", "max",
                f"{i} days of retention for every message in the queue", i, "day",
                source=source, line=100 + i, snippet=f"- retention {i} days")


def _shown(width: int, source: str = LONG) -> str:
    console = Console(width=width, record=True, color_system=None)
    for table in render_facts([_fact(i, source) for i in range(1, 4)], width):
        console.print(table)
    return console.export_text()


@pytest.mark.parametrize("width", [80, 100, 120, 200])
def test_every_location_is_whole_and_every_line_fits(width):
    text = _shown(width)
    for i in range(1, 4):
        assert f"{LONG}:{100 + i}" in text
    assert all(len(line.rstrip()) <= width for line in text.splitlines())


def test_a_wide_terminal_keeps_the_source_column():
    assert "source" in _shown(200).splitlines()[0]
    assert "source" not in _shown(80).splitlines()[0]


def test_a_name_longer_than_the_value_column_is_folded_not_cut():
    name = "notes/" + "very_long_folder_name_" * 3 + "sqs.md"
    text = _shown(80, name)
    value_column = "".join(line.rsplit("│", 1)[-1].strip() for line in text.splitlines()[2:])
    assert f"{name}:101" in value_column and "…" not in value_column
