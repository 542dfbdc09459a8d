"""A line naming several invocation modes gives each invoker the mode of its own stretch of the
line (extract/mode_segments.py): read as one, the line's strongest mode went to every service
in it ("S3 invokes Lambda synchronously; SQS is polled via event source mapping" filed S3 as an
event source mapping, and `check` then flagged it). What the note says is filed, even where it
is wrong against AWS; a line that cannot be cut between its modes gives no mode, never a
neighbour's."""

import pytest

from tests.helpers import parsed_modes

SYNC, ASYNC, ESM = "synchronous", "asynchronous", "event source mapping"


def _modes(line: str) -> set[tuple[str, str]]:
    return parsed_modes(f"# AWS Lambda\n\n{line}\n")


@pytest.mark.parametrize("line, expected", [
    ("S3 invokes Lambda synchronously; SQS is polled via event source mapping",
     {("S3", SYNC), ("SQS", ESM)}),
    ("S3 and SNS invoke asynchronously, SQS is polled by Lambda (event source mapping)",
     {("S3", ASYNC), ("SNS", ASYNC), ("SQS", ESM)}),
    ("API Gateway -> sync, S3 -> async, SQS -> event source mapping",
     {("API Gateway", SYNC), ("S3", ASYNC), ("SQS", ESM)}),
    ("API Gateway (sync), S3 (async), SQS (poll)",
     {("API Gateway", SYNC), ("S3", ASYNC), ("SQS", ESM)}),
    ("S3 -> async; SNS -> async; SQS -> ESM", {("S3", ASYNC), ("SNS", ASYNC), ("SQS", ESM)}),
    ("API Gateway and ALB invoke synchronously; S3 and SNS asynchronously; SQS and Kinesis via "
     "event source mapping",
     {("API Gateway", SYNC), ("ELB", SYNC), ("S3", ASYNC), ("SNS", ASYNC), ("SQS", ESM),
      ("Kinesis Data Streams", ESM)}),
    ("S3 is async, SQS is polled", {("S3", ASYNC), ("SQS", ESM)}),
    ("S3 invokes asynchronously while SQS uses an event source mapping",
     {("S3", ASYNC), ("SQS", ESM)}),
    ("ALB invokes Lambda synchronously, SNS asynchronously", {("ELB", SYNC), ("SNS", ASYNC)}),
    ("Lambda is invoked synchronously by API Gateway and asynchronously by S3",
     {("API Gateway", SYNC), ("S3", ASYNC)}),
    ("SQS is polled via event source mapping, S3 invokes Lambda async",
     {("SQS", ESM), ("S3", ASYNC)}),
    ("Lambda invocation: S3 async, SQS poll, API Gateway sync",
     {("S3", ASYNC), ("SQS", ESM), ("API Gateway", SYNC)}),
])
def test_each_mode_word_governs_its_own_stretch(line, expected):
    assert _modes(line) == expected


def test_what_the_note_says_is_filed_even_when_wrong():
    # S3 invokes Lambda asynchronously (AWS); the note says sync, and check reports it
    assert ("S3", "synchronous") in _modes(
        "S3 invokes Lambda synchronously; SQS is polled via event source mapping")


def test_a_mode_said_of_a_pronoun_gives_no_mode_to_a_neighbour():
    assert _modes("I keep saying S3 -> Lambda is sync. IT IS ASYNC.") == set()


def test_a_mode_word_does_not_reach_past_its_sentence():
    # "async" is a payload's, not API Gateway's
    modes = _modes("6 MB sync request/response, 256 KB for async. API GW payload max is 10 MB")
    assert ("API Gateway", ASYNC) not in modes


def test_a_flow_between_services_is_not_a_list_of_invokers():
    modes = _modes("- go async instead: API Gateway → SQS → worker, caller polls a status URL")
    assert modes == set()
