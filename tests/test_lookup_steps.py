"""A step asked ("lambda memory increments") is answered only by the number a note line gives
as the step: a new user's "memory 128 MB to 10,240 MB in 1 MB increments" answered
"lambda memory increments" with the 10,240 MB maximum."""

from __future__ import annotations

from studycli.lookup.steps import asks_step, step_of_another
from tests.helpers import first_value, notes_conn

NOTES = "# Lambda\n- memory 128 MB to 10,240 MB in 1 MB increments\n"


def test_the_step_asked_is_not_answered_by_the_lines_maximum(tmp_path):
    conn = notes_conn(tmp_path, NOTES)
    assert "1 MB increments" in first_value(conn, "lambda memory increments")
    assert first_value(conn, "lambda max memory") == "10,240 MB"  # a bound still answers


def test_only_a_line_giving_a_step_of_another_number():
    fact = {"kind": "limit", "number": 10240.0, "low": None, "high": None,
            "snippet": NOTES.splitlines()[1]}
    assert step_of_another(fact, "lambda memory increments")
    assert not step_of_another(fact, "lambda memory")  # no step asked
    assert not step_of_another({**fact, "number": 1.0}, "increment")  # the step itself
    assert not step_of_another({**fact, "snippet": "memory up to 10,240 MB"}, "increment")


SCALING = ("# EC2 Auto Scaling\n"
           "- step scaling: scales in steps of 2 instances, cooldown default 300 sec\n")


def test_step_scaling_asks_no_step(tmp_path):
    conn = notes_conn(tmp_path, SCALING)
    assert first_value(conn, "step scaling cooldown default") == "300 s"


def test_only_an_increment_a_granularity_or_a_step_size_asks_a_step():
    assert asks_step("lambda memory increments") and asks_step("billing granularity")
    assert asks_step("ebs step size") and asks_step("scales in steps of")
    assert not asks_step("step functions max duration")
    assert not asks_step("step scaling cooldown default")
