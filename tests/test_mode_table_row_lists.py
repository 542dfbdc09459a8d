"""A row of an invocation table whose first cell lists several services ("| S3, SNS | async |")
files the mode for each of them (only the first got it)."""

from tests.helpers import parsed_modes


def test_each_service_a_row_lists_takes_its_mode():
    text = ("# Lambda\n\n| Invoker | Mode |\n|---|---|\n| API Gateway | sync |\n"
            "| S3, SNS | async |\n| SQS | poll |\n")
    assert parsed_modes(text) == {("API Gateway", "synchronous"), ("S3", "asynchronous"),
                                  ("SNS", "asynchronous"), ("SQS", "event source mapping")}
