"""A step asked ("lambda memory increments") is answered only by the number a note line gives
as the step: a new user's "memory 128 MB to 10,240 MB in 1 MB increments" answered
"lambda memory increments" with the 10,240 MB maximum."""

from __future__ import annotations

from studycli.lookup.steps import step_of_another
from tests.helpers import first_value, notes_conn

NOTES = "# Lambda\n- memory 128 MB to 10,240 MB in 1 MB increments\n"


def test_the_step_asked_is_not_answered_by_the_lines_maximum(tmp_path):
    conn = notes_conn(tmp_path, NOTES)
    assert "1 MB increments" in first_value(conn, "lambda memory increments")
    assert first_value(conn, "lambda max memory") == "10,240 MB"  # a bound still answers


def test_only_a_line_giving_a_step_of_another_number():
    fact = {"kind": "limit", "number": 10240.0, "low": None, "high": None,
            "snippet": NOTES.splitlines()[1]}
    assert step_of_another(fact, ["lambda", "memori", "increment"])
    assert not step_of_another(fact, ["lambda", "memori"])  # no step asked
    assert not step_of_another({**fact, "number": 1.0}, ["increment"])  # the step itself
    assert not step_of_another({**fact, "snippet": "memory up to 10,240 MB"}, ["increment"])
