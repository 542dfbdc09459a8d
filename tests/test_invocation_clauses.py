"""A line whose clauses each say how one service invokes Lambda, in different modes, gives
each service its own clause's mode (a new user's note "API gw -> lambda is sync, s3 -> lambda
is async" was read as API Gateway invoking asynchronously, and `check` called it wrong)."""

import pytest

from studycli.extract import parse_note
from studycli.model import Kind


def _modes(text: str) -> dict[str, str]:
    note = parse_note(text, "n.md")
    return {f.subject: f.value for f in note.facts if f.kind == Kind.INVOCATION_MODE}


@pytest.mark.parametrize("line, expected", [
    ("API gw -> lambda is sync, s3 -> lambda is async",
     {"API Gateway": "synchronous", "S3": "asynchronous"}),
    ("SNS triggers Lambda async; ALB calls the lambda synchronously",
     {"SNS": "asynchronous", "ELB": "synchronous"}),
    ("Kinesis -> lambda via event source mapping, while EventBridge -> lambda is asynchronous",
     {"Kinesis Data Streams": "event source mapping", "EventBridge": "asynchronous"}),
])
def test_each_clause_gives_its_own_mode(line, expected):
    modes = _modes(f"# AWS Lambda\n\n{line}\n")
    assert {k: modes.get(k) for k in expected} == expected, modes


def test_one_mode_for_a_list_stays_one_mode():
    modes = _modes("# AWS Lambda\n\nS3, SNS -> lambda is async\n")
    assert modes == {"S3": "asynchronous", "SNS": "asynchronous"}
