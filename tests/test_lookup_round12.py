"""Lookup on the failure shapes of issue 10's round nine: a number a note states for one
named mode ("On-demand mode: 4 MB/s write default") is a special case, and does not answer
a query that names no mode ("kinesis shard write throughput": a shard's own 1 MB/s) while
it still answers one that names the mode.
"""

from __future__ import annotations

from studycli.kinds import Kind
from studycli.lookup import lookup
from studycli.lookup.lexicon import lexicon
from studycli.lookup.query import understand
from studycli.lookup.rank import explain
from tests.helpers import notes_conn

STREAMS = """\
# streaming

## Kinesis Data Streams
- On-demand mode: 4 MB/s write default, scales automatically
- shard write throughput: 1000 records/s
"""


def _db(tmp_path, text: str):
    return notes_conn(tmp_path, text, "cram.md")


def test_a_mode_not_asked_is_a_special_case(tmp_path):
    conn = _db(tmp_path, STREAMS)
    hits = lookup(conn, "kinesis shard write throughput", limit=3).to_json()
    assert hits and "1000" in hits[0]["value"], [h["value"] for h in hits]


def test_a_mode_asked_is_still_answered(tmp_path):
    conn = _db(tmp_path, STREAMS)
    hits = lookup(conn, "kinesis on-demand write throughput", limit=3).to_json()
    assert hits and "4 MB/s" in hits[0]["value"], [h["value"] for h in hits]


BATCHES = """\
# DynamoDB cheat sheet

## DynamoDB
- BatchWriteItem: 25 items / 16 MB. BatchGetItem: 100 items / 16 MB
"""


def test_a_bound_count_asked_is_not_answered_by_a_size(tmp_path):
    # "max items" names what is counted right after "max": the 16 MB the parser files as
    # the items limit is a size, no near answer to a count
    conn = _db(tmp_path, BATCHES)
    hits = lookup(conn, "batchwriteitem max items", limit=3).to_json()
    assert hits and "25" in hits[0]["value"], [h["value"] for h in hits]
    assert not any(h["value"].strip() == "16 MB" for h in hits[:1])


ENDPOINTS = """\
# networking lecture

## VPC endpoints
gateway endpoints are one of two kinds of VPC endpoint.
Interface endpoints are PrivateLink, an ENI in your subnet that gateway endpoints are not.
gateway endpoints only for S3 and DynamoDB, free, added to the route table.
"""


def test_which_services_is_answered_by_the_services_named(tmp_path):
    conn = _db(tmp_path, ENDPOINTS)
    hits = lookup(conn, "which services have gateway endpoints", limit=3).to_json()
    assert hits and "S3 and DynamoDB" in hits[0]["value"], [h["value"] for h in hits]


def _statement(value: str, service: str = "SQS") -> dict:
    return {"service": service, "subject": "", "attribute": "cram sheet", "kind": Kind.FACT,
            "qualifier": "", "value": value, "number": None, "unit": "", "low": None,
            "high": None, "snippet": value}


def test_a_statement_defining_each_side_compares_them():
    # no "vs" in the line: "SQS = pull. SNS = push." still says how they differ, which a
    # line that only names both does not
    lex = lexicon()
    q = understand("sqs vs sns", lex)
    defines = explain(_statement("SQS = pull. SNS = push."), q, lex.stopwords)
    names = explain(_statement("SNS FIFO -> only SQS FIFO can subscribe"), q, lex.stopwords)
    one_side = explain(_statement("SQS = pull, consumers poll SNS"), q, lex.stopwords)
    assert defines.get("comparison statement")
    assert not names.get("comparison statement")
    assert not one_side.get("comparison statement")
    q = understand("alb vs nlb", lex)
    assert explain(_statement("-> NLB is layer 4, can't look at paths. ALB = layer 7", "ELB"),
                   q, lex.stopwords).get("comparison statement")


def test_an_unfiled_line_about_another_service_answers_nothing_asked():
    # a line the parser filed under no service, but which names another's subject ("gp3"),
    # does not answer a question about Snowball; one that names nothing may still
    from studycli.lookup.answer import THRESHOLD, answer_features, confidence

    lex = lexicon()
    q = understand("snowball edge storage capacity", lex)
    other = _statement("gp3 vs gp2: gp3 lets you set storage capacity and IOPS apart", "")
    plain = _statement("edge storage capacity up to 80 TB usable", "")
    assert confidence(answer_features(other, q, lex)) < THRESHOLD
    assert answer_features(plain, q, lex)["service"] > answer_features(other, q, lex)["service"]
