"""A table's notes wrap at the terminal's width, not the table's: `stats` at 80 columns ran
"6 more cards the quiz can build no question for (left out of the quiz and readiness)" over
three lines of ~55 columns, the width of its cards table (a new user's week)."""

from __future__ import annotations

import io

from rich.console import Console

from studycli.ui.compare_view import render_pairs
from studycli.ui.stats_view import render_stats


def _screen(renderable, width: int = 80) -> list[str]:
    out = io.StringIO()
    Console(file=out, width=width, color_system=None).print(renderable)
    return [line.rstrip() for line in out.getvalue().splitlines()]


STATS = {"new": 88, "learning": 0, "review": 0, "suspended": 0, "flagged": 0,
         "unaskable": 6, "missing": 2, "unvouched": 26, "retention_30d": None,
         "reviews_today": 0, "reviews_total": 0, "streak_days": 0,
         "reviews_per_day": [{"reviews": 0}] * 30,
         "due_forecast": [{"date": f"2026-12-0{i}", "due": 0} for i in range(1, 8)],
         "weakest_services": []}


def test_the_notes_under_stats_cards_table_use_the_terminals_width():
    lines = _screen(render_stats(STATS))
    table_width = max(len(line) for line in lines[:4])
    assert table_width < 60  # the cards table is narrow ...
    note = next(i for i, line in enumerate(lines) if line.startswith("6 more cards"))
    # ... and its note runs to the terminal's edge, not the table's
    assert len(lines[note]) > table_width + 10, lines[note]
    assert max(len(line) for line in lines) <= 80
    assert any(line.startswith("26 of the new cards") for line in lines)
    assert any(line.startswith("2 cards not counted") for line in lines)


def test_the_note_under_compares_pairs_uses_the_terminals_width():
    class Side:
        def __init__(self, label):
            self.label = label

    class Pair:
        left, right, comparison_rows, shared_attributes = Side("SQS"), Side("SNS"), 1, 2

    lines = _screen(render_pairs([Pair()]))
    assert any(line.startswith("compared: rows of your notes' \"X vs Y\" sections and tables;")
               for line in lines), lines
