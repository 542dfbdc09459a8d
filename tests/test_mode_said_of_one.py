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
    ("- S3 / SNS / EventBridge → async invoke, 2 retries", {
        "S3": "asynchronous", "SNS": "asynchronous", "EventBridge": "asynchronous"}),
    ("- kinesis -> lambda = ESM, in order per shard",
     {"Kinesis Data Streams": "event source mapping"}),
    # a service's triggers, a bracket after its name
    ("- Cognito triggers -> sync", {"Cognito": "synchronous"}),
])
def test_the_mode_said_of_the_services_before_it(line, expected):
    assert _modes(line) == expected


@pytest.mark.parametrize("line, expected", [
    ("- SNS is async", {"SNS": "asynchronous"}),
    ("- CloudFront (Lambda@Edge) = sync", {"CloudFront": "synchronous"}),
    ("- X-Ray: async", {"X-Ray": "asynchronous"}),  # as the note says (check judges it)
])
def test_is_colon_equals_say_the_mode_under_a_line_of_invoking(line, expected):
    note = parse_note(f"# AWS Lambda\n\n## Invocation\n\n{line}\n", "n.md")
    assert {f.subject: f.value for f in note.facts
            if f.kind == Kind.INVOCATION_MODE} == expected


@pytest.mark.parametrize("line", [
    # no word of invoking around it: the mode may be another thing's (replication, tracing)
    "- SNS is async",
    "- X-Ray: async",
    "- EBS sync, S3 CRR async",
    "- replication: RDS sync, DynamoDB global tables async",
    "- DataSync, Storage Gateway: sync; S3 async",
    # the line's strongest mode is said of no service: the one said of API GW is another
    "## Messaging\n\n- SQS = async messaging, API GW = sync",
    "- API Gateway = sync, async messaging goes via SNS",
    "- ALB -> sync; for async messaging use SQS",
])
def test_no_mode_the_line_does_not_say_of_that_service(line):
    assert _modes(line) == {}


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


def test_two_modes_said_of_one_service_give_it_none():
    note = parse_note("# Serverless with Lambda\n\n## Integration\n\n- Step Functions: sync "
                      "(wait) vs async (fire and forget)\n", "n.md")
    assert [f for f in note.facts if f.kind == Kind.INVOCATION_MODE] == []


@pytest.mark.parametrize("line, expected", [
    # another service's mode word is no word of invoking for this one; a poll says its own
    ("- Storage Gateway sync, SQS poll", {"SQS": "event source mapping"}),
    ("- API Gateway (sync), S3 (async), SQS (poll)", {"SQS": "event source mapping"}),
    ("- S3 CRR is async, SQS is polled by Lambda", {"SQS": "event source mapping"}),
])
def test_a_poll_says_its_own_invoking(line, expected):
    assert _modes(line) == expected
