"""Session 56 (thresh56): lookups that abstained though the line answering them was a
candidate, its answer score under the threshold because one score part missed what the
line says.

- A statement defining an error code typed says what causes it: "cloudfront 504 cause" on
  "HTTP 504 from CloudFront = origin didn't respond in time" (lookup/code_defined.py); a
  504 (Gateway Timeout) from CloudFront is a problem between CloudFront and the origin
  (https://docs.aws.amazon.com/AmazonCloudFront/latest/DeveloperGuide/troubleshooting-response-errors.html).
  A line that only mentions the code defines nothing and still answers no cause.
- A statement giving a count says "count": a whole number without a unit that it bounds
  ("max 5 per table"), gives per something, or of repeats ("retries twice")
  (lookup/count_said.py). A table has at most 5 local secondary indexes
  (https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/ServiceQuotas.html),
  and Lambda retries an asynchronous invocation's function errors twice
  (https://docs.aws.amazon.com/lambda/latest/dg/invocation-async-error-handling.html).
  A size or a span of time ("10 GB", "up to 6 hours") is no count.
"""

from __future__ import annotations

import json

import pytest
from typer.testing import CliRunner

from studycli.cli import app
from studycli.lookup.code_defined import defines_code
from studycli.lookup.count_said import gives_count
from tests.helpers import note_db

CODES = """# CloudFront

- HTTP 504 from CloudFront = origin didn't respond in time
- price class 100 = cheapest edge locations only

# API Gateway

- API Gateway 502: malformed Lambda proxy response
- integration timeout max 29 s
"""

MENTIONS = """# CloudFront

- CloudFront returned 504 twice during the load test, see the runbook
- price class 100 = cheapest edge locations only
"""


def _lookup(db, query: str) -> tuple[int, list[dict]]:
    """`studycli lookup QUERY --json --db DB` through typer's CliRunner: exit code, hits."""
    result = CliRunner().invoke(app, ["lookup", query, "--json", "--db", str(db)])
    return result.exit_code, json.loads(result.stdout or "[]")


@pytest.mark.parametrize(("query", "said"), [
    ("cloudfront 504 cause", "origin didn't respond"),
    ("cloudfront 504 error cause", "origin didn't respond"),
    ("api gateway 502 cause", "malformed Lambda proxy response"),
    ("apigw 502 whats wrong", "malformed Lambda proxy response"),
])
def test_a_statement_defining_the_code_typed_says_its_cause(tmp_path, query, said):
    code, hits = _lookup(note_db(tmp_path, CODES), query)
    assert code == 0 and said in hits[0]["snippet"]


def test_a_line_only_mentioning_the_code_says_no_cause(tmp_path):
    code, hits = _lookup(note_db(tmp_path, MENTIONS), "cloudfront 504 cause")
    assert code == 1 and hits == []


@pytest.mark.parametrize(("line", "defined"), [
    ("HTTP 504 from CloudFront = origin didn't respond in time", True),
    ("ALB 503 → no registered targets", True),
    ("kms ThrottlingException: too many requests, back off", True),
    ("error 403 from CF often = OAC/bucket policy wrong", True),
    ("CloudFront returned 504 twice during the load test", False),
    ("timeout 504 s: too long", False),
    ("502, 503, 504 are all 5xx", False),
])
def test_defines_code(line, defined):
    codes = {"504", "503", "403", "throttlingexception"}
    assert defines_code(line, codes) is defined


COUNTS = """# DynamoDB

- LSI: create at table creation only, max 5 per table, 10 GB per partition key value
- item size max 400 KB

# Lambda

- async invocation retries twice by default, then the event goes to the DLQ
- memory max 10,240 MB
"""

MEASURES = """# DynamoDB

- LSI: create at table creation only, 10 GB per partition key value
- item size max 400 KB

# Lambda

- async invocation retried for up to 6 hours, then the event goes to the DLQ
- memory max 10,240 MB
"""


@pytest.mark.parametrize(("query", "said"), [
    ("lsi limit count", "max 5 per table"),
    ("lambda async retry count", "retries twice"),
])
def test_a_statement_giving_a_count_says_count(tmp_path, query, said):
    code, hits = _lookup(note_db(tmp_path, COUNTS), query)
    assert code == 0 and said in hits[0]["snippet"]


@pytest.mark.parametrize("query", ["lsi limit count", "lambda async retry count"])
def test_a_measure_is_no_count(tmp_path, query):
    """The same lines giving a size or a span of time, no count: still no answer."""
    code, hits = _lookup(note_db(tmp_path, MEASURES), query)
    assert code == 1 and hits == []


@pytest.mark.parametrize(("text", "count"), [
    ("max 5 per table, 10 GB per partition key value", True),
    ("Aurora replicas max 15, replica lag 100 ms", True),
    ("retries twice by default", True),
    ("it tries two more", True),
    ("read replicas: 5 per source", True),
    ("max 15 min", False),
    ("up to 10 GB", False),
    ("up to 10x faster", False),
    ("twice as fast", False),
    ("max 5,000 IOPS", False),
    ("max 12h", False),
    ("ReceiveMessage call returns at most 10 mezu", False),
])
def test_gives_count(text, count):
    assert gives_count(text) is count
