"""An error code asked of a service is weighed though its line says none of the words typed
(session 28, lookup28; unseen80's "lambda throttled error code" on "... and if you hit it, sync
callers get a 429 TooManyRequestsException", unseen82's "s3 error when too many requests" on
"too fast → `503 Slow Down`"): the service's error codes are candidates whenever a code is
asked, as its invocation modes are when a mode is asked."""

from __future__ import annotations

from .helpers import lookup_values, notes_conn, notes_fixture

NOTES = """# Lambda

- Concurrency per region is 1,000; past it sync callers get a 429 TooManyRequestsException.
- Async invocation: Lambda retries twice on errors, events kept up to 6 hours.
- Error handling for async: on-failure destination or DLQ.
- Max timeout 15 min, memory 128 MB to 10,240 MB.
- Error rates show in CloudWatch, code deploys via aliases.

# KMS

- ThrottlingException: request quota exceeded, retry with backoff.
"""


conn = notes_fixture(NOTES)


def test_a_code_whose_line_says_no_word_typed_answers(conn):
    values = lookup_values(conn, "lambda throttled error code")
    assert values and "TooManyRequestsException" in values[0], values


def test_the_other_services_code_is_still_its_own(conn):
    values = lookup_values(conn, "kms throttling error code")
    assert values and "ThrottlingException" in values[0], values


DYNAMO = """# DynamoDB

- max item size = 400 KB (attribute names count too)
- table names 3-255 characters
- Throttled? error = `ProvisionedThroughputExceededException` → SDK retries with backoff
"""


def test_an_exceptions_name_asked_is_a_code_not_a_name_word(tmp_path):
    # "name" of "exception name" asks what the error is called: it is not a topic word a
    # line saying "attribute names" answers (unseen82's "dynamodb throttling exception name")
    conn = notes_conn(tmp_path, DYNAMO)
    for query in ("dynamodb throttling exception name", "dynamodb throttled error name"):
        values = lookup_values(conn, query)
        assert values and "ProvisionedThroughputExceededException" in values[0], (query, values)
    conn.close()


def test_a_name_asked_of_no_code_stays_a_topic_word(tmp_path):
    # "s3 key name max length" asks of key names: a line saying "key name" answers (read as
    # a cue everywhere, "name" left "key" and "length" only, and lookup abstained)
    conn = notes_conn(tmp_path, "# S3\n\n- bucket name length 3-63 characters\n"
                                "- object key name max 512 bytes (UTF-8)\n")
    values = lookup_values(conn, "s3 key name max length")
    assert any("512" in v for v in values), values
    conn.close()
