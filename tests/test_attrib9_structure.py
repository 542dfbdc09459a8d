"""Pass 9: a list indented under a line that names its topic is that topic's; a default before
an arrow stays the default; a meeting's "Session 4 -" heading names no session duration; a
label that completes the service's name ("Logs:" under CloudWatch) names the service or subject
the line is about. Lines written for the tests, in other wordings than the development notes'."""

from __future__ import annotations

from studycli.extract import parse_note
from studycli.model import Kind


def _facts(text: str, name: str = "n.txt"):
    return parse_note(text, name).facts


def _quantities(text: str) -> list[tuple[str, str, str, str]]:
    return [(f.service, f.attribute, f.qualifier, f.value) for f in _facts(text)
            if f.kind is not Kind.FACT]


def test_items_indented_under_a_defining_line_take_its_service():
    text = ("MEETING 3: SQS vs SNS vs EventBridge\n\n"
            "SQS = the queue one (pull)\n"
            "  - retention 4 days by default\n"
            "  - consumers delete what they processed\n")
    by_line = {f.line: f.service for f in _facts(text) if f.kind is Kind.FACT}
    assert by_line[4] == "SQS" and by_line[5] == "SQS"
    assert ("SQS", "retention period", "default", "4 days") in _quantities(text)


def test_a_line_naming_two_things_does_not_head_its_indented_list():
    # "dynamodb streams -> lambda = ..." names a pair: its items are not about the first
    text = ("## Lambda\n"
            "dynamodb streams -> lambda = ESM, ordered per shard\n"
            "  - batching window up to 300 s\n")
    assert ("Lambda", "batching window", "max", "300 s") in _quantities(text)


def test_an_unindented_list_after_a_plain_line_is_not_its_children():
    text = ("## Notes\nSNS = push based pub/sub, nothing is kept\n"
            "- batching window up to 300 s for Lambda\n")
    assert all(f.service != "SNS" for f in _facts(text) if f.line == 3)


def test_a_default_before_an_arrow_is_the_default():
    assert _quantities("## Kinesis Data Streams\n- retention default 24h -> max 365 days\n") == [
        ("Kinesis Data Streams", "retention period", "default", "24 h"),
        ("Kinesis Data Streams", "retention period", "max", "365 days")]
    # without a default word the arrow still opens a span at its minimum
    assert ("Kinesis Data Streams", "retention period", "min", "24 h") in _quantities(
        "## Kinesis Data Streams\n- retention 24h -> 365 days\n")


def test_a_numbered_meeting_heading_names_no_session_duration():
    text = ("# Session 2 - Monitoring\n\nCloudWatch = metrics and alarms\n"
            "  - custom metrics at 1 second resolution\n")
    assert all(a != "session duration" for _, a, _, _ in _quantities(text))
    # a session that is measured still is one
    assert ("STS", "session duration", "default", "1 h") in _quantities(
        "# STS\n- session 1 hour by default\n")


def test_a_label_completing_the_services_name_is_that_service():
    text = ("## CloudWatch\n- Logs = log groups kept forever unless a retention is set, "
            "1 day to 10 years\n- Alarms: OK / ALARM / INSUFFICIENT_DATA\n")
    services = {f.line: f.service for f in _facts(text, "n.md")}
    assert services[2] == "CloudWatch Logs"
    assert services[3] == "CloudWatch"  # "CloudWatch Alarms" is CloudWatch itself


def test_a_label_completing_a_subjects_name_is_that_subject():
    facts = [(f.service, f.subject, f.attribute, f.value) for f in _facts(
        "# DynamoDB\n- Streams - retention 24 hours\n", "n.md") if f.kind is not Kind.FACT]
    assert facts == [("DynamoDB", "DynamoDB Streams", "retention period", "24 h")]


def test_a_subject_the_lines_above_give_stands_against_a_label():
    # "Standard" is a Glacier retrieval tier here, not the S3 Standard storage class
    text = "# S3\n- Glacier retrievals\n  - Standard: 3-5 hours\n"
    subjects = {f.subject for f in _facts(text, "n.md") if f.line == 3}
    assert subjects == {"S3 Glacier"}
