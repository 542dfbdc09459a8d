"""`studycli cards` at 80 columns: the tables it prints in chunks share one layout (columns
do not shift partway down), and no note location is cut."""

from __future__ import annotations

import json

import pytest
from rich.console import Console

from studycli.ui.cards_table import render_cards
from tests.helpers import run_here


def _separators(line: str) -> tuple[int, ...]:
    return tuple(i for i, ch in enumerate(line) if ch in "│┃╇")


def _assert_one_layout(text: str, width: int) -> None:
    rows = [line for line in text.splitlines() if "│" in line or "┃" in line]
    assert len(rows) > 25
    assert len({_separators(line) for line in rows}) == 1, text[:3000]
    assert all(len(line.rstrip()) <= width for line in text.splitlines())


def test_shipped_cards_keep_one_layout_and_whole_locations(shipped_copy):
    out = run_here("cards", db=shipped_copy, env={"COLUMNS": "80"})
    assert out.returncode == 0, out.stderr
    _assert_one_layout(out.stdout, 80)
    assert "…" not in out.stdout
    cards = json.loads(run_here("cards", "--json", db=shipped_copy).stdout)
    for card in cards[:300]:
        for fact in card["facts"][:1]:
            assert f"{fact['source']}:{fact['line']}" in out.stdout


def _row(i: int, subject: str, source: str, due: str | None) -> dict:
    fact = {"service": "SQS", "subject": subject, "attribute": "timeout", "source": source,
            "line": i}
    return {"service": "sqs", "subject": subject, "attribute": "timeout", "qualifier": "default",
            "card_type": "recall", "suspended": 0, "missing": 0, "state": 0, "due": due,
            "flagged": 0, "facts": [fact]}


@pytest.mark.parametrize("width", [80, 120])
def test_long_names_late_in_the_list_do_not_shift_the_columns(width):
    # The long subjects and the due dates come after the first chunk.
    rows = [_row(i, "queue", "sqs_sns.txt", None) for i in range(1, 30)]
    rows += [_row(i, f"visibility timeout of a long named queue kind {i}",
                  "a_long_lecture_note_file_name_2026.md", "2026-12-09T10:00:00")
             for i in range(30, 60)]
    console = Console(width=width, record=True, color_system=None)
    for table in render_cards(rows, flagged=False, width=width):
        console.print(table)
    text = console.export_text()
    _assert_one_layout(text, width)
    assert "2026-12-09 10:00" in text
    assert "a_long_lecture_note_file_name_2026.md:59" in text
