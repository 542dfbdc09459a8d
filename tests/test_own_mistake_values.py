"""A value the student marks as their own mistake ("I said 15 min!!", "I thought 7 days",
"wrong: 5 min") is no fact of the notes: a new user's "SQS visibility timeout max is 12 hrs (I
said 15 min!!)" was read as "visibility timeout default 15 min", a false conflict with the
notes' right 30 s."""

from __future__ import annotations

import pytest

from studycli.extract import parse_note
from studycli.model import Kind
from tests.helpers import ingest_text, run_here


def _values(text: str) -> list[str]:
    note = parse_note(text, "n.md")
    return sorted(f.value for f in note.facts if f.kind in (Kind.LIMIT, Kind.DEFAULT))


@pytest.mark.parametrize("line, kept", [
    ("SQS visibility timeout max is 12 hrs (I said 15 min!!)", ["12 h"]),
    ("SQS max retention 14 days, I thought it was 7 days", ["14 days"]),
    ("Lambda max timeout: wrong: 5 min, right: 15 min", ["15 min"]),
])
def test_a_value_marked_as_the_students_mistake_is_not_read(line, kept):
    assert _values(f"# Mistakes log\n- {line}\n") == kept


@pytest.mark.parametrize("line, kept", [
    ("Lambda: as I said 15 min max timeout for any function", ["15 min"]),
    ("Lambda async invoke: if it goes wrong 2 retries, then DLQ / destination", ["2 retries"]),
])
def test_a_restated_value_or_a_wrong_outcome_is_no_mistake(line, kept):
    assert _values(f"# Lambda\n- {line}\n") == kept


@pytest.mark.parametrize("line, kept", [
    ("SQS max retention 14 days, I said 7 days but", ["14 days"]),
    ("SQS max retention 14 days, I said 7 days!", ["14 days"]),
])
def test_a_said_value_the_line_marks_wrong_is_not_read(line, kept):
    assert _values(f"# Mistakes log\n- {line}\n") == kept


def test_it_makes_no_conflict(tmp_path):
    notes, db, _ = ingest_text(tmp_path, "# SQS\n- visibility timeout default 30 sec\n", "sqs.md")
    (notes / "mistakes.md").write_text(
        "# Mistakes log\n- SQS visibility timeout max is 12 hrs (I said 15 min!!)\n",
        encoding="utf-8")
    assert run_here("ingest", str(notes), db=db).returncode == 0
    shown = run_here("conflicts", db=db).stdout
    assert "15 min" not in shown, shown
