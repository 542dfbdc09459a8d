"""A flow of services into Lambda ("S3 -> SNS -> SQS -> Lambda: async"): only its last hop
invokes Lambda, and the flow's mode is that hop's only where the line says it on the hop. SQS
is polled through an event source mapping
(https://docs.aws.amazon.com/lambda/latest/dg/invocation-eventsourcemapping.html); S3 and SNS
invoke asynchronously (https://docs.aws.amazon.com/lambda/latest/dg/invocation-async.html), but
in this flow they invoke nothing. A new user's note filed all three as invoking asynchronously."""

from __future__ import annotations

import pytest

from studycli.extract import parse_note
from studycli.model import Kind


def _modes(line: str) -> dict[str, str]:
    note = parse_note(f"## Lambda\n- {line}\n", "n.md")
    return {f.subject: f.value for f in note.facts if f.kind == Kind.INVOCATION_MODE}


@pytest.mark.parametrize("line", [
    "S3 -> SNS -> SQS -> Lambda: async",
    "S3 → SNS → Lambda (async)",
    "S3 -> SQS -> Lambda, async",
    "S3 => SNS => SQS => Lambda = asynchronous",
])
def test_the_mode_of_a_flow_is_no_hops(line):
    assert _modes(line) == {}


@pytest.mark.parametrize("line, expected", [
    ("S3 -> SNS -> SQS -(event source mapping)-> Lambda", {"SQS": "event source mapping"}),
    ("S3 -> SNS -async-> Lambda", {"SNS": "asynchronous"}),
])
def test_a_mode_said_on_the_hop_into_lambda_is_that_hops(line, expected):
    assert _modes(line) == expected


@pytest.mark.parametrize("line, expected", [
    ("S3 -> Lambda: async", {"S3": "asynchronous"}),
    ("S3, SNS -> Lambda: async", {"S3": "asynchronous", "SNS": "asynchronous"}),
    # one hop: what the note says, right or wrong (check judges it)
    ("SQS -> Lambda: async", {"SQS": "asynchronous"}),
])
def test_one_hop_or_a_list_into_lambda_keeps_the_lines_mode(line, expected):
    assert _modes(line) == expected
