"""A line listing the invokers of several invocation modes, each list after its own mode
word. Lines written for the test, in wording the development notes do not use."""

from __future__ import annotations

from studycli.extract import parse_note
from studycli.model import Kind


def _modes(text: str) -> dict[str, str]:
    return {f.subject: f.value for f in parse_note(text, "n.md").facts
            if f.kind is Kind.INVOCATION_MODE}


def test_each_service_takes_the_mode_its_own_list_opens_with():
    modes = _modes("## Lambda triggers\n- how Lambda gets called: polling = SQS / Kinesis; "
                   "synchronous = ALB / API Gateway; asynchronous = SNS / S3\n")
    assert modes == {"SQS": "event source mapping", "Kinesis Data Streams": "event source mapping",
                     "ELB": "synchronous", "API Gateway": "synchronous",
                     "SNS": "asynchronous", "S3": "asynchronous"}


def test_bracketed_lists_after_mode_words_and_the_esm_initials():
    modes = _modes("# Lambda\n\nInvokers — async (EventBridge, SES), ESM (DynamoDB Streams, MQ), "
                   "sync (Cognito)\n")
    assert modes.get("EventBridge") == "asynchronous"
    assert modes.get("DynamoDB") == "event source mapping"
    assert modes.get("Cognito") == "synchronous"


def test_a_line_of_one_mode_with_a_second_mode_word_in_passing_is_read_as_before():
    modes = _modes("# Lambda\n\n- SQS -> lambda : event source mapping (lambda polls), sync "
                   "under the hood\n")
    assert modes == {"SQS": "event source mapping"}
