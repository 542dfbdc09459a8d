"""A line that says asynchronous and another mode, which no reading splits between its
services, gives none of them a mode: read as one, its strongest mode went to every service in it
("sync invoke: ... async: Lambda retries ... SQS event source: ..." filed SQS as asynchronous).
An event source mapping said with "sync" stays one mode (the mapping invokes synchronously),
and so does a line whose other mode is negated."""

import pytest

from studycli.extract import parse_note
from studycli.model import Kind


def _modes(line: str) -> dict[str, str]:
    note = parse_note(f"# AWS Lambda\n\n{line}\n", "n.md")
    return {f.subject: f.value for f in note.facts if f.kind == Kind.INVOCATION_MODE}


@pytest.mark.parametrize("line", [
    "- sync invoke: caller gets the 429 directly. async: Lambda retries for up to 6 hours. "
    "SQS event source: the message goes back on the queue",
    "SNS fans out to SQS asynchronously, and Lambda polls SQS synchronously",
    "SNS fans out to SQS async, Lambda polls SQS",
    "Lambda is invoked synchronously by API Gateway and asynchronously by S3",
    # the other mode stands by a listed service, with no break before it
    "Async invokers: S3, SNS and API Gateway waits synchronously",
])
def test_no_mode_from_a_neighbour(line):
    assert _modes(line) == {}


@pytest.mark.parametrize("line, expected", [
    ("SQS -> Lambda: event source mapping (Lambda polls), sync under the hood",
     {"SQS": "event source mapping"}),
    ("SQS -> Lambda is a poll-based (event source mapping) invocation, NOT async",
     {"SQS": "event source mapping"}),
])
def test_one_mode_said_with_its_own_detail_stays(line, expected):
    assert _modes(line) == expected


@pytest.mark.parametrize("line", [
    "Async invokers: S3, SNS, EventBridge - no response returned (vs sync)",
    "Async (S3, SNS, EventBridge): 2 retries, unlike sync where the caller retries",
    "async invocation: S3, SNS, EventBridge. sync errors go back to the caller",
])
def test_a_list_said_before_a_break_and_the_other_mode_keeps_its_mode(line):
    """The line says its mode, then its invokers, and only after a break the other mode."""
    assert _modes(line) == {"S3": "asynchronous", "SNS": "asynchronous",
                            "EventBridge": "asynchronous"}


def test_an_asked_mode_and_its_answer():
    assert _modes("S3 -> Lambda: sync or async? async. API GW? sync") == {"S3": "asynchronous"}
