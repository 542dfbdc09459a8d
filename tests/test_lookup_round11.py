"""Lookup on the failure shapes of issue 10's round eight: a label before a number that
measures something else ("queue name max 80 chars", "KDS shard in: 1000 rec/s", "Task
definition max size | 64 KiB") or before a price ("hosted zone $0.50/month") does not make
that number a count of what the label names, so "max queues", "max hosted zones" and "max
tasks" abstain when the notes give no such count, and still answer when they do. A
default asked is not answered by the maximum a setting may be set to, nor a range asked by
the default alone. A plural ends the noun a number counts ("8 healthy records returned").
"How many" asked beside a mode ("... retry async invocations") wants a number, not a
duration or a statement about the mode. "3,500 PUT/COPY/POST/DELETE" counts requests,
and not those of a method typed ("s3 get rps"). "Wait for" asks what waits, not how long.
"Access" is a weak word, like "type" or "setting" ("lambda in vpc internet access": the NAT
line that says "internet"). A price asked is
answered only by a line that states money, a port asked only by one with a number. A
variant asked as a subject ("deep archive") is not answered by a fact filed under another
("S3 Glacier").
"""

from __future__ import annotations

from studycli.lookup import lookup
from studycli.lookup.answer import _counted_by_number, _other_subject
from studycli.lookup.lexicon import lexicon
from studycli.lookup.query import understand
from studycli.lookup.text import stem
from tests.helpers import notes_conn

CRAM = """\
# cram sheet

## SQS
- queue name max 80 chars
- visibility timeout 30 s default

## Route 53
- hosted zone $0.50/month

## ECS
| Quota | Value |
|---|---|
| Task definition max size | 64 KiB |

## Kinesis
- KDS shard in: 1 MB/s or 1000 rec/s
"""

COUNTS = CRAM + """
## SQS quotas
- queues per account: unlimited, 1,000,000 in practice

## Route 53 quotas
- hosted zones per account: 1,000
"""


def _db(tmp_path, text: str):
    return notes_conn(tmp_path, text, "cram.md")


def test_a_label_before_a_measure_counts_nothing():
    lex = lexicon()
    queues, shards, tasks = {stem("queues")}, {stem("shards")}, {stem("tasks")}
    assert not _counted_by_number("queue name max 80 chars", queues, lex, label_too=True)
    assert not _counted_by_number("KDS shard in: 1 MB/s or 1000 rec/s", shards, lex,
                                  label_too=True)
    assert not _counted_by_number("Task definition max size | 64 KiB", tasks, lex,
                                  label_too=True)
    assert not _counted_by_number("hosted zone $0.50/month", {stem("zones")}, lex,
                                  label_too=True)
    # A label before a bare count still speaks for it.
    assert _counted_by_number("in-flight msgs: 120,000 std", {stem("messages")}, lex,
                              label_too=True)


def test_counts_the_notes_do_not_give_are_not_answered(tmp_path):
    conn = _db(tmp_path, CRAM)
    for query in ("max sqs queues per account", "route 53 max hosted zones per account",
                  "ecs max tasks per service", "max shards per kinesis stream"):
        assert lookup(conn, query, limit=3).to_json() == [], query


def test_counts_the_notes_give_are_still_answered(tmp_path):
    conn = _db(tmp_path, COUNTS)
    hits = lookup(conn, "route 53 max hosted zones per account", limit=3).to_json()
    assert hits and "1,000" in hits[0]["value"]


CHEAT = """\
# cheat sheet

## SQS
- SQS visibility timeout 30s def, 0s -> 12h
- max visibility timeout: 12 hours
"""


def test_a_default_asked_is_not_answered_by_the_maximum(tmp_path):
    conn = _db(tmp_path, CHEAT)
    hits = lookup(conn, "sqs visibility timeout default", limit=3).to_json()
    # (the parser now reads the 30 s default as a fact of its own: "30 s", not the line)
    assert hits and "30s" in hits[0]["value"].replace(" ", ""), [h["value"] for h in hits]
    hits = lookup(conn, "sqs visibility timeout max", limit=3).to_json()
    assert hits and "12" in hits[0]["value"], [h["value"] for h in hits]


SETTINGS = """\
# settings

## Lambda
- memory default: 128 MB
- memory max: 10,240 MB
"""


def test_a_range_asked_is_not_answered_by_the_default(tmp_path):
    conn = _db(tmp_path, SETTINGS)
    hits = lookup(conn, "lambda memory range", limit=3).to_json()
    assert hits and "10,240" in hits[0]["value"], [h["value"] for h in hits]
    hits = lookup(conn, "lambda memory default", limit=3).to_json()
    assert hits and "128" in hits[0]["value"], [h["value"] for h in hits]


def test_a_plural_ends_the_noun_a_number_counts():
    lex = lexicon()
    records = {stem("records")}
    assert _counted_by_number("multivalue = up to 8 healthy records returned", records, lex)
    assert _counted_by_number("100 Lambda function invocations", {stem("invocations")}, lex)
    assert not _counted_by_number("100 Lambda function invocations", {stem("functions")}, lex)


RETRIES = """\
# lambda cheat sheet

## Lambda
- max event age for async invocations: 6 h
- ESM on Kinesis/DDB error = whole batch retried until success or record expires
- Lambda async retries = 2 (so 3 tries total), then DLQ or on-failure destination
- SNS and EventBridge invoke Lambda asynchronously
"""


def test_how_many_beside_a_mode_wants_a_number(tmp_path):
    conn = _db(tmp_path, RETRIES)
    hits = lookup(conn, "how many times does lambda retry async invocations", limit=3).to_json()
    assert hits and "retries = 2" in hits[0]["value"], [h["value"] for h in hits]


PREFIX = """\
# s3 cheat sheet

## S3
- S3 prefix perf: 3,500 PUT/COPY/POST/DELETE and 5,500 GET/HEAD per sec per prefix
- 100 buckets per account by default
"""


def test_requests_are_counted_by_their_method(tmp_path):
    conn = _db(tmp_path, PREFIX)
    hits = lookup(conn, "s3 requests per prefix", limit=3).to_json()
    values = [h["value"] for h in hits]
    # (the parser reads the two rates since attrib12: "5500 GET/HEAD requests/s" and "3500
    # PUT/COPY/POST/DELETE requests/s" answer, each named by its methods, before the line)
    assert values and ("3,500" in values[0] or "GET/HEAD requests/s" in values[0]), values
    assert any("3,500" in v or v.startswith("3500 PUT") for v in values[:2]), values


def test_wait_for_asks_what_waits_not_how_long():
    lex = lexicon()
    assert not understand("step functions wait for human approval", lex).dimensions
    assert "s" in understand("sqs long polling max wait time", lex).dimensions


VPC = """\
# dva cram sheet

## Lambda
- Lambda in VPC needs NAT gw for internet, no public IP ever
- Lambda timeout 3s def / 15m max

## VPC
| Quota | Value |
|---|---|
| Internet gateways per VPC | 1 |
"""


def test_access_asked_is_said_by_what_gives_it(tmp_path):
    conn = _db(tmp_path, VPC)
    hits = lookup(conn, "lambda in vpc internet access", limit=3).to_json()
    assert hits and "NAT" in hits[0]["value"], [h["value"] for h in hits]


PLANS = """\
# support plans

## Support plans
- Developer - business hours email access to cloud support associates
- Business - from $100/month, 24/7 phone, email, chat
"""


def test_a_price_asked_is_answered_by_money_only(tmp_path):
    conn = _db(tmp_path, PLANS)
    assert lookup(conn, "developer support plan price", limit=3).to_json() == []
    hits = lookup(conn, "business support plan price", limit=3).to_json()
    assert hits and "$100" in hits[0]["value"], [h["value"] for h in hits]


XRAY = """\
# misc dva

## X-Ray
- X-Ray on ECS: run daemon as sidecar container
- X-Ray API to send segments: PutTraceSegments (daemon batches them)
- X-Ray: daemon listens UDP 2000. enable active tracing on Lambda
"""


def test_a_port_asked_is_answered_by_a_number(tmp_path):
    conn = _db(tmp_path, XRAY)
    hits = lookup(conn, "xray daemon port", limit=3).to_json()
    assert hits and "2000" in hits[0]["value"], [h["value"] for h in hits]


def _filed(service: str, subject: str, value: str) -> dict:
    return {"service": service, "subject": subject, "value": value}


def test_a_variant_asked_is_not_answered_by_another_variant():
    lex = lexicon()
    q = understand("deep archive min storage days", lex)
    assert _other_subject(_filed("S3", "S3 Glacier", "90 days"), q, lex)
    assert not _other_subject(_filed("S3", "S3 Glacier Deep Archive", "180 days"), q, lex)
    # A subject in the notes' own words is no variant: "Write (PutRecord)" for a shard's
    # write throughput.
    shard = understand("kinesis shard write limit", lex)
    assert not _other_subject(_filed("Kinesis Data Streams", "Write (PutRecord)", "1 MB/s"),
                              shard, lex)


RATES = """\
# s3

## S3 request rate per prefix
- 5,500 GET/HEAD per second per prefix
- 3,500 PUT/COPY/POST/DELETE per second per prefix
"""


def test_a_method_typed_is_not_answered_by_the_rate_of_others(tmp_path):
    conn = _db(tmp_path, RATES)
    hits = lookup(conn, "s3 put rps prefix", limit=3).to_json()
    assert hits and "3,500" in hits[0]["value"], [h["value"] for h in hits]
    hits = lookup(conn, "s3 get rps prefix", limit=3).to_json()
    assert hits and "5,500" in hits[0]["value"], [h["value"] for h in hits]
