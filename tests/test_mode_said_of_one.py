""""- S3 -> async", "- SNS is async", "- API Gateway (sync)" in a Lambda note say the mode of the
service before the mode word, though the line names no Lambda: such lines gave no mode. Read
as strictly as a line naming several modes (extract/mode_said_of.py): a chain, a destination
or a fan-out member takes none."""

import pytest

from studycli.extract import parse_note
from studycli.model import Kind


def _modes(line: str) -> dict[str, str]:
    note = parse_note(f"# AWS Lambda\n\n{line}\n", "n.md")
    return {f.subject: f.value for f in note.facts if f.kind == Kind.INVOCATION_MODE}


@pytest.mark.parametrize("line, expected", [
    ("- S3 -> async", {"S3": "asynchronous"}),
    ("- SNS is async", {"SNS": "asynchronous"}),
    ("- S3 / SNS / EventBridge → async invoke, 2 retries", {
        "S3": "asynchronous", "SNS": "asynchronous", "EventBridge": "asynchronous"}),
    ("- kinesis -> lambda = ESM, in order per shard",
     {"Kinesis Data Streams": "event source mapping"}),
    # a service's triggers, a bracket after its name
    ("- Cognito triggers -> sync", {"Cognito": "synchronous"}),
    ("- CloudFront (Lambda@Edge) = sync", {"CloudFront": "synchronous"}),
])
def test_the_mode_said_of_the_services_before_it(line, expected):
    assert _modes(line) == expected


@pytest.mark.parametrize("line", [
    "S3 -> SNS -> SQS -> Lambda (poll)",
    "- S3 sends events to SNS async",
    "- SNS fans out to SQS asynchronously",
    "- S3 event to SNS and SQS = async",
    "- S3 (to SNS) = async",
])
def test_a_chain_or_a_destination_takes_no_mode(line):
    assert _modes(line) == {}


@pytest.mark.parametrize("line", [
    "- EFS: sync across AZs",
    "- S3 is async for replication",
])
def test_a_mode_said_of_something_else_of_the_service_is_not_its_invocation(line):
    # "sync across AZs" is EFS's replication, not how EFS invokes Lambda
    assert _modes(line) == {}


def test_how_it_invokes_may_follow_the_mode():
    assert _modes("- SQS is polled via event source mapping, in batches") == {
        "SQS": "event source mapping"}
