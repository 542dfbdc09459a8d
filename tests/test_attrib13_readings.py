"""Pass 13: what a new user's notes showed the parser misreading (issues #10, #8), each in
wordings of our own: an invocation table, a quota another service's name opens, a list of
values, a transcript's sign-off and fillers, a second sentence's service, the way past a
limit named after it."""

from __future__ import annotations

from studycli.extract import parse_note
from studycli.model import Kind
from tests.helpers import parsed_modes, parsed_quantities


def _facts(text: str, name: str = "note.md"):
    return parse_note(text, name).facts


_quantities = parsed_quantities
_modes = parsed_modes


_INVOKE_TABLE = """## How things trigger functions

| Source | Invocation type | Retry behaviour |
|--------|-----------------|-----------------|
| SNS | async | 2 retries |
| EventBridge | asynchronous | 2 retries |
| ALB | synchronous | - |
| DynamoDB Streams | poll-based (event source mapping) | until the record expires |
"""


def test_an_invocation_table_gives_each_rows_mode():
    assert _modes(_INVOKE_TABLE) == {("SNS", "asynchronous"), ("EventBridge", "asynchronous"),
                                     ("ELB", "synchronous"),
                                     ("DynamoDB", "event source mapping")}


def test_an_invocation_tables_retries_are_lambdas_not_the_invokers():
    quantities = _quantities(_INVOKE_TABLE)
    assert ("Lambda", "", "retries (asynchronous)", "", "2 retries") in quantities
    assert not any(service in ("SNS", "EventBridge") for service, *_ in quantities)


def test_a_table_of_services_with_a_type_column_is_no_invocation_table():
    text = """## Storage classes

| Service | Type | Durability |
|---|---|---|
| S3 | object, async replication | 11 9s |
| EBS | block, sync replication in AZ | 99.999% |
| EFS | file | 11 9s |
"""
    assert _modes(text) == set()


def test_a_value_after_another_services_named_quota_is_that_services():
    text = """# DynamoDB

- Lambda writers: the Lambda concurrency limit (1,000 per region) caps how many write at once
- Streams reads: KMS request quota applies if encrypted with a CMK, 10,000 or 50,000 rps
"""
    quantities = _quantities(text)
    assert any(s == "KMS" and a.startswith("request rate") for s, _, a, _, _ in quantities)
    assert not any(s == "DynamoDB" and a.startswith("request rate") for s, _, a, _, _ in quantities)


def test_the_lines_own_service_named_before_keeps_the_value():
    text = ("# S3\n\n- S3 scales to 5,500 GET requests per second per prefix, no KMS quota "
            "involved\n")
    assert any(s == "S3" for s, *_ in _quantities(text))


def test_a_list_of_values_before_one_unit_keeps_the_whole_list():
    text = "# Direct Connect\n\n- dedicated connections come in 1, 10 or 100 Gbps\n"
    values = [v for *_, v in _quantities(text)]
    assert values == ["1, 10 or 100 Gbps"]


def test_falling_numbers_are_two_measures_not_a_list():
    text = "# EBS\n\n- gp3 can provision up to 16,000 / 1,000 MiB/s\n"
    assert all("16,000" not in v for *_, v in _quantities(text))


def test_a_sign_off_gives_no_limit():
    text = """# Step Functions

Standard workflows run for up to one year. Okay that's it for today, about forty minutes,
decent session.
"""
    values = [v for *_, v in _quantities(text)]
    assert "1 year" in values
    assert not any("40" in v for v in values)


def test_spoken_fillers_name_no_topic():
    text = "Um, alright, moving on to SNS. Fan-out sends one message to many queues.\n"
    statements = [f for f in _facts(text, "memo.txt") if f.kind is Kind.FACT]
    assert statements and all(not f.attribute.startswith(("um", "alright", "moving"))
                               for f in statements)


def test_a_new_sentence_after_a_second_value_is_its_own_services():
    text = """# Recap

SNS retries an HTTP endpoint 3 times by default, and you can set up to 100 retries. SQS is \
the other one: a message stays for 4 days by default.
"""
    quantities = _quantities(text)
    assert ("SQS", "", "retention period", "default", "4 days") in quantities
    assert not any(s == "SNS" and v == "4 days" for s, *_, v in quantities)


def test_the_way_past_a_limit_is_not_the_limits_subject():
    text = """# Queues

Each message may be at most 256 KB; when a payload is larger than that you reach for the \
SQS Extended Client Library, which parks it in S3 (up to 2 GB).
"""
    quantities = _quantities(text)
    assert ("SQS", "", "message size", "max", "256 KB") in quantities


def test_an_operation_opening_a_later_sentence_of_an_answer_owns_its_numbers():
    text = """# DynamoDB

Q: TransactWriteItems limits?
A: 100 actions per call, 4 MB total. BatchGetItem: up to 100 items, 16 MB.
"""
    quantities = _quantities(text)
    assert ("DynamoDB", "BatchGetItem") in {(s, sub) for s, sub, *_ in quantities}
    assert ("DynamoDB", "TransactWriteItems", "request payload size", "", "4 MB") in quantities
    assert not any(sub == "TransactWriteItems" and v == "16 MB" for _, sub, *_, v in quantities)


_ONENOTE_PAGE = """Serverless – week 5
Monday, April 6, 2026    8:02 PM

Lambda (course part 3)
   • Timeout
          o max 900 sec

Invocation types
   • Asynchronous (Event)
          o max event age 6 hours by default

Support plans
   • Business: production system down < 1 hour
"""


def test_a_onenote_title_naming_a_part_of_the_service_above_stays_in_its_section():
    by_line = {f.line: f.service for f in _facts(_ONENOTE_PAGE, "page.txt")
               if f.kind is not Kind.FACT}
    assert by_line[10] == "Lambda"


def test_a_onenote_title_of_another_topic_is_no_part_of_the_service_above():
    assert not any(f.service == "Lambda" and f.line == 13
                   for f in _facts(_ONENOTE_PAGE, "page.txt"))


def test_a_log_groups_expiration_is_its_retention_not_a_ttl():
    text = "CloudWatch Logs: log events expire after what you set, from 1 day up to 10 years.\n"
    attributes = {a for s, _, a, *_ in _quantities(text, "memo.txt") if s == "CloudWatch Logs"}
    assert attributes == {"retention period"}


def test_where_a_bigger_payload_goes_invokes_nothing():
    text = ("# Limits\n\n- Lambda sync payload 6 MB (S3 for bigger)\n"
            "- Lambda async payload 256 KB (larger: S3)\n")
    assert _modes(text) == set()
    assert ("Lambda", "", "invocation payload size (synchronous)", "", "6 MB") in _quantities(text)
