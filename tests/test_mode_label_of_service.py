"""How an event source mapping itself invokes Lambda is read from its own words, not from a
mode word another service's (a bracket right after a service labels that service; a mode word
before the phrase with a service after it is said of that service): "S3 (async) and SQS (event
source mapping) both trigger Lambda" was filed as "the event source mapping invokes
asynchronously", and neither S3 nor SQS got its mode."""

from tests.helpers import parsed_modes


def _modes(line: str) -> set[tuple[str, str]]:
    return parsed_modes(f"# AWS Lambda\n\n{line}\n")


def test_a_bracket_after_a_service_labels_that_service():
    assert _modes("S3 (async) and SQS (event source mapping) both trigger Lambda") == {
        ("S3", "asynchronous"), ("SQS", "event source mapping")}


def test_a_mode_said_of_another_service_before_the_phrase():
    assert _modes("SNS invokes Lambda asynchronously and Kinesis is read by an event source "
                  "mapping") == {("SNS", "asynchronous"),
                                 ("Kinesis Data Streams", "event source mapping")}


def test_the_mappings_own_mode_in_a_bracket_after_it_is_still_read():
    assert ("event source mapping", "synchronous") in _modes(
        "lambda reads the stream via event source mapping (lambda polls, invokes your fn "
        "synchronously)")
