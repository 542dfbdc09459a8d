"""Round 17: `search` counts a query word the line leaves out when its note section says it
(the service its facts are filed under, its markdown headings, its file name), after the
lines that say every word themselves."""

from __future__ import annotations

from pathlib import Path

import pytest

from studycli.lookup.search import search_notes

PLAIN_HEADINGS = """06. Serverless

AWS Lambda

  • Lambda Function Configuration and Performance
    • RAM: 128MB to 10GB
    • Timeout is 3(default) – 900 seconds

Amazon SQS

  • Visibility timeout default 30 seconds
"""
MARKDOWN = """# Kinesis Data Streams
## Retention
- Records are kept for 24 hours by default, up to 365 days

# DynamoDB
- Item size max 400 KB
- Streams keep records for 24 hours
"""
GATEWAY = """# API Gateway
- 504 after 29s when the lambda integration hits its timeout
"""


@pytest.fixture()
def conn(tmp_path):
    from studycli.ingest import ingest_paths
    from studycli.store.db import connect

    folder = tmp_path / "notes"
    folder.mkdir()
    (folder / "serverless.txt").write_text(PLAIN_HEADINGS, encoding="utf-8")
    (folder / "streams.md").write_text(MARKDOWN, encoding="utf-8")
    (folder / "gateway.md").write_text(GATEWAY, encoding="utf-8")
    (folder / "cloudfront_notes.md").write_text("- Default TTL is 24 hours\n",
                                                encoding="utf-8")
    db = connect(Path(tmp_path / "s.db"))
    ingest_paths(db, [folder])
    yield db.conn
    db.conn.close()


def places(result) -> list[tuple[str, int]]:
    return [(h.source.rsplit("/", 1)[-1], h.line) for h in result.hits]


def test_a_word_the_service_heading_says_counts_after_lines_saying_every_word(conn):
    got = places(search_notes(conn, "lambda timeout", limit=4))
    assert got[0] == ("gateway.md", 2)  # says both words itself: first
    assert ("serverless.txt", 7) in got  # filed under Lambda, says "timeout"
    assert ("serverless.txt", 11) not in got  # SQS's timeout: its section is not Lambda


def test_other_wordings_markdown_headings_and_file_names(conn):
    # the heading chain: "Retention" under "Kinesis Data Streams" says "kinesis"
    assert ("streams.md", 3) in places(search_notes(conn, "kinesis records hours"))
    # a shallower heading closes the deeper one: DynamoDB's line is not Kinesis's
    assert ("streams.md", 7) not in places(search_notes(conn, "kinesis records"))
    # the note's file name names the service
    assert places(search_notes(conn, "cloudfront ttl")) == [("cloudfront_notes.md", 1)]
    # plural and singular alike, the order of the words free
    assert ("serverless.txt", 7) in places(search_notes(conn, "timeouts lambda"))


def test_the_line_must_say_a_word_itself_and_the_limit_holds(conn):
    got = places(search_notes(conn, "lambda ram", limit=1))
    assert got == [("serverless.txt", 6)]
    # no line says "quota" and no section does: only the fallback (lines with any word)
    assert search_notes(conn, "lambda quota").every_word is False
    # a line under Lambda that says neither word is never a hit
    assert ("serverless.txt", 6) not in places(search_notes(conn, "lambda timeout"))


RECOMMEND = """# SQS
- Visibility timeout default 30 seconds, max 12 hours
- Message retention default 4 days

# Lambda
- Timeout default 3 seconds, max 900 seconds
- With an SQS trigger, AWS recommends a queue visibility timeout of six times the function timeout
"""


@pytest.mark.parametrize("query", ["sqs visibility timeout recommendation for lambda",
                                   "recommended visibility timeout lambda sqs trigger",
                                   "what visibility timeout do you recommend for lambda"])
def test_a_recommendation_asked_is_answered_by_the_statement_not_the_default(tmp_path, query):
    from studycli.ingest import ingest_paths
    from studycli.lookup import lookup
    from studycli.store.db import connect

    folder = tmp_path / "notes"
    folder.mkdir()
    (folder / "n.md").write_text(RECOMMEND, encoding="utf-8")
    db = connect(Path(tmp_path / "r.db"))
    ingest_paths(db, [folder])
    try:
        hits = lookup(db.conn, query, limit=3).hits
        assert hits and "six times" in hits[0]["value"], [h["value"] for h in hits]
    finally:
        db.conn.close()


CHOOSING = """# Lambda
- Kinesis Data Streams -> Lambda: event source mapping
- SQS -> Lambda: event source mapping (poll based)

# SQS vs SNS vs Kinesis
- use Kinesis when you need replay or multiple apps reading the same data
- SNS fans one message out to many subscribers
"""


@pytest.mark.parametrize("query", ["when should I use kinesis over sqs", "kinesis vs sqs"])
def test_a_comparison_is_answered_by_when_to_choose_a_side_not_by_a_mode(tmp_path, query):
    from studycli.ingest import ingest_paths
    from studycli.lookup import lookup
    from studycli.store.db import connect

    folder = tmp_path / "notes"
    folder.mkdir()
    (folder / "n.md").write_text(CHOOSING, encoding="utf-8")
    db = connect(Path(tmp_path / "c.db"))
    ingest_paths(db, [folder])
    try:
        hits = lookup(db.conn, query, limit=3).hits
        assert hits and "replay" in hits[0]["value"], [(h["kind"], h["value"]) for h in hits]
    finally:
        db.conn.close()


ELSEWHERE = """# ELB vs vs vs
- cross-zone LB: ALB always on (free), NLB off by default (pay inter-AZ)
- ALB: X-Forwarded-For header has client IP. NLB preserves client IP

# Practice test journal
- ALB access logs = S3 bucket, ALB listener rules evaluated in priority order
- ALB = layer 7 HTTP/HTTPS, path/host/header routing, no static IP
"""


def test_a_side_defined_under_another_heading_answers_a_bare_comparison(tmp_path):
    from studycli.ingest import ingest_paths
    from studycli.lookup import lookup
    from studycli.store.db import connect

    folder = tmp_path / "notes"
    folder.mkdir()
    (folder / "n.md").write_text(ELSEWHERE, encoding="utf-8")
    db = connect(Path(tmp_path / "e.db"))
    ingest_paths(db, [folder])
    try:
        values = [h["value"] for h in lookup(db.conn, "alb vs nlb when to use", limit=3).hits]
        assert any("layer 7" in v for v in values), values
        # what the definition names must be the side alone: "ALB access logs = ..." is not
        assert not any(v.startswith("ALB access logs") for v in values), values
    finally:
        db.conn.close()
