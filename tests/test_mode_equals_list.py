""""sync = API GW, ALB" on a line of its own lists the services of one mode after "=", as
"sync: API GW, ALB" does; one such line per mode ("- async = S3, SNS" under a Lambda heading)
gave no service a mode."""

from studycli.extract import parse_note
from studycli.model import Kind


def _modes(text: str) -> dict[str, str]:
    note = parse_note(text, "n.md")
    return {f.subject: f.value for f in note.facts if f.kind == Kind.INVOCATION_MODE}


def test_a_list_after_equals_takes_the_mode_before_it():
    modes = _modes("# AWS Lambda\n\n- sync = API GW, ALB\n- async = S3, SNS\n"
                   "- ESM = SQS, Kinesis\n")
    assert modes == {"API Gateway": "synchronous", "ELB": "synchronous", "S3": "asynchronous",
                     "SNS": "asynchronous", "SQS": "event source mapping",
                     "Kinesis Data Streams": "event source mapping"}


def test_a_mode_said_after_equals_of_no_service_lists_none():
    assert _modes("# AWS Lambda\n\n- async = fire and forget, the caller gets a 202\n") == {}
