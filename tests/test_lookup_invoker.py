"""How one service invokes Lambda is no answer about another service (a new user's finding:
"how does api gateway invoke lambda" answered "asynchronous" from the note's S3 line)."""

from __future__ import annotations

from tests.helpers import lookup_values, notes_conn

NOTES = """# Lambda invocation

- S3 invokes lambda async
- SQS -> Lambda: event source mapping, Lambda polls the queue
"""


def test_another_invokers_mode_is_no_answer(tmp_path):
    conn = notes_conn(tmp_path, NOTES)
    values = lookup_values(conn, "how does api gateway invoke lambda")
    assert not any("async" in v.lower() for v in values), values


def test_the_invoker_asked_still_answers(tmp_path):
    conn = notes_conn(tmp_path, NOTES)
    values = lookup_values(conn, "how does s3 invoke lambda")
    assert values and "async" in values[0].lower(), values
