"""A mode word's bracketed list ends at its bracket, and a mode word said of the services before
it ("S3/SNS = asynchronous (Event)") opens no list: read past them, a lecture's "synchronous
(e.g. API Gateway), asynchronous (Event, ... S3 and SNS do this), and event source mapping where
Lambda polls SQS" filed SQS, Kinesis and DynamoDB as asynchronous."""

from studycli.extract import parse_note
from studycli.model import Kind


def _modes(line: str) -> dict[str, str]:
    note = parse_note(f"# AWS Lambda\n\n{line}\n", "n.md")
    return {f.subject: f.value for f in note.facts if f.kind == Kind.INVOCATION_MODE}


def test_a_bracketed_list_ends_at_its_bracket():
    modes = _modes("Three ways to invoke: synchronous (RequestResponse, e.g. API Gateway), "
                   "asynchronous (Event, queued first: S3 and SNS do this), and event source "
                   "mapping where Lambda itself polls SQS, Kinesis or DynamoDB Streams.")
    assert modes.get("API Gateway") == "synchronous"
    assert modes.get("S3") == "asynchronous"
    assert {"SQS", "Kinesis Data Streams", "DynamoDB"}.isdisjoint(modes), modes


def test_a_label_after_its_services_opens_no_list():
    # "synchronous (RequestResponse), S3 = ..." is not a list of synchronous invokers
    modes = _modes("API GW = synchronous (RequestResponse), S3 = asynchronous (Event)")
    assert modes.get("S3") != "synchronous", modes


def test_a_label_in_brackets_before_a_list_still_opens_it():
    modes = _modes("Sync: API Gateway, ALB; Async (event): S3, SNS; Poll-based: SQS, Kinesis")
    assert modes == {"API Gateway": "synchronous", "ELB": "synchronous", "S3": "asynchronous",
                     "SNS": "asynchronous", "SQS": "event source mapping",
                     "Kinesis Data Streams": "event source mapping"}
