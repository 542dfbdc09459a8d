"""A line that says a mode right after its services ("- S3 -> async", "- SNS is async",
"Cognito triggers : sync") under a Lambda heading files that mode for them, though the line
itself does not name Lambda (such items gave no mode at all). A mode word used as a modifier
("SQS ESM batch size 10") says no mode of the service."""

import pytest

from tests.helpers import parsed_modes


@pytest.mark.parametrize("item, expected", [
    ("API Gateway -> sync", {("API Gateway", "synchronous")}),
    ("S3 -> async", {("S3", "asynchronous")}),
    ("SNS is async", {("SNS", "asynchronous")}),
    ("SQS -> poll", {("SQS", "event source mapping")}),
    ("S3 / SNS / EventBridge → async invoke, 2 retries",
     {("S3", "asynchronous"), ("SNS", "asynchronous"), ("EventBridge", "asynchronous")}),
])
def test_a_mode_said_after_the_services(item, expected):
    assert parsed_modes(f"# Lambda invocation\n\n- {item}\n") == expected


def test_a_mode_word_as_a_modifier_says_no_mode():
    assert parsed_modes("# Lambda\n\n- SQS ESM batch size 10 default, max 10,000\n") == set()
