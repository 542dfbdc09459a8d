"""A line naming several invocation modes, each said of the services right before it ("S3
invokes Lambda synchronously; SQS is polled via event source mapping", "API GW = synchronous,
S3/SNS = asynchronous"), gives each service its own mode (extract/mode_said_of.py). Read as one,
the line's strongest mode went to every service in it, and `check` then called a note wrong
for a mode it never said. What the note says is filed, even where it is wrong against AWS; a
service whose mode the line does not say of it gets none."""

import pytest

from studycli.extract import parse_note
from studycli.extract.mode_said_of import said_of
from studycli.model import Kind

SYNC, ASYNC, ESM = "synchronous", "asynchronous", "event source mapping"


def _modes(line: str) -> set[tuple[str, str]]:
    note = parse_note(f"# AWS Lambda\n\n## Invocation\n\n{line}\n", "n.md")
    return {(f.subject, f.value) for f in note.facts if f.kind == Kind.INVOCATION_MODE}


@pytest.mark.parametrize("line, expected", [
    # the note's sync for S3 is wrong against AWS: filed as said (check reports it)
    ("S3 invokes Lambda synchronously; SQS is polled via event source mapping",
     {("S3", SYNC), ("SQS", ESM)}),
    # a mode asked and answered "no": the answer is said of the service
    ("SQS: async? no, polled by Lambda; SNS: async", {("SQS", ESM), ("SNS", ASYNC)}),
    ("S3 and SNS invoke asynchronously, SQS is polled by Lambda (event source mapping)",
     {("S3", ASYNC), ("SNS", ASYNC), ("SQS", ESM)}),
    ("API Gateway -> sync, S3 -> async, SQS -> event source mapping",
     {("API Gateway", SYNC), ("S3", ASYNC), ("SQS", ESM)}),
    ("API Gateway (sync), S3 (async), SQS (poll)",
     {("API Gateway", SYNC), ("S3", ASYNC), ("SQS", ESM)}),
    ("API GW = synchronous (RequestResponse), S3/SNS = asynchronous (Event), "
     "Kinesis/SQS = event source mapping (Lambda polls)",
     {("API Gateway", SYNC), ("S3", ASYNC), ("SNS", ASYNC), ("Kinesis Data Streams", ESM),
      ("SQS", ESM)}),
    ("S3 is async, SQS is polled", {("S3", ASYNC), ("SQS", ESM)}),
    ("S3 invokes asynchronously while SQS uses an event source mapping",
     {("S3", ASYNC), ("SQS", ESM)}),
    ("ALB invokes Lambda synchronously, SNS asynchronously", {("ELB", SYNC), ("SNS", ASYNC)}),
    ("Lambda invocation: S3 async, SQS poll, API Gateway sync",
     {("S3", ASYNC), ("SQS", ESM), ("API Gateway", SYNC)}),
    # each side of a comparison says its own mode
    ("Invocation modes: API GW (sync) vs SNS (async); SQS is polled (ESM)",
     {("API Gateway", SYNC), ("SNS", ASYNC), ("SQS", ESM)}),
])
def test_each_mode_is_said_of_its_own_services(line, expected):
    assert _modes(line) == expected


@pytest.mark.parametrize("line, expected", [
    # a destination, a fan-out member, a comparison, a negation, a question: no mode of theirs
    ("S3 sends events to SNS async, SQS is polled", {("SQS", ESM)}),
    ("unlike SNS async, SQS is polled", {("SQS", ESM)}),
    ("S3 event to SNS and SQS = async, API GW = sync invoke", {("API Gateway", SYNC)}),
    ("S3 is not sync, it's async; SQS uses ESM", {("SQS", ESM)}),
])
def test_a_service_the_mode_is_not_said_of_gets_none(line, expected):
    assert _modes(line) == expected


def test_said_of_reads_the_list_that_opens_the_clause():
    line = "S3 event to SNS and SQS = async"
    word = line.index("async")
    assert said_of(line, word, word + 5) == []
    line = "S3/SNS & EventBridge = async"
    word = line.index("async")
    assert said_of(line, word, word + 5) == ["S3", "SNS", "EventBridge"]
    line = "S3 async? depends"  # asked, not said
    assert said_of(line, 3, 8) == []
