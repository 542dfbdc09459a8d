"""Ranking features that tell an answer from a restatement of the question: a question line,
a statement that is only its own heading, a limit whose value holds no number, a statement
without a number when a limit is asked, and the word after "per" (a denominator)."""

from __future__ import annotations

import pytest

from studycli.lookup import lookup
from tests.lookup_facts import fact, stored


@pytest.fixture(scope="module")
def conn(tmp_path_factory):
    facts = [
        # A heading kept as a statement, and the answers under it.
        fact("S3", "presigned url expiry", "fact", "presigned URL expiry", 1),
        fact("S3", "presigned url expiry", "fact", "default: 3600 seconds (1 h) with CLI/SDK", 2),
        fact("S3", "presigned url expiry", "fact", "max with IAM user creds: 7 days", 3),
        # A practice question and its answer.
        fact("VPC", "practice", "fact", "Q13. VPC CIDR block size allowed?", 10),
        fact("VPC", "q13. vpc cidr block size allowed?", "fact", "✓ between /16 and /28", 11),
        # A default the parser read without its number, beside the statement that has it.
        fact("Step Functions", "retry behaviour", "default", "IntervalSeconds", 20,
             "Retry fields: IntervalSeconds (default 1), MaxAttempts (default 3)",
             qualifier="default"),
        fact("Step Functions", "error handling", "fact",
             "Retry fields: IntervalSeconds (default 1), MaxAttempts (default 3)", 20),
        # "per": subscriptions per topic, topics per account.
        fact("SNS", "topics", "default", "100,000 topics", 30,
             "SNS: 100,000 topics per account, 12,500,000 subscriptions per topic",
             100000, "count", "default"),
        fact("SNS", "subscriptions", "limit", "12,500,000 subscriptions", 30,
             "SNS: 100,000 topics per account, 12,500,000 subscriptions per topic",
             12500000, "count", "max"),
        # A limit asked: the statement with the number, not the one without.
        fact("DynamoDB", "gsi", "fact", "a GSI can be added to a table at any time", 40,
             subject="GSI"),
        fact("DynamoDB", "gsi", "fact", "GSI quota: 20 per table", 41, subject="GSI"),
    ]
    c = stored(tmp_path_factory.mktemp("echo") / "t.db", facts)
    yield c
    c.close()


def first(conn, query) -> str:
    hits = lookup(conn, query, limit=3).hits
    assert hits, query
    return hits[0]["value"]


@pytest.mark.parametrize("query, want", [
    ("s3 presigned url default expiry", "3600"),
    ("presigned url max expiry", "7 days"),
    ("vpc cidr block size allowed", "/16"),
    ("sfn retry IntervalSeconds default", "default 1"),
    ("sns subscriptions per topic", "12,500,000"),
    ("dynamodb gsi limit", "20"),
])
def test_the_answer_outranks_a_restatement_of_the_question(conn, query, want):
    assert want in first(conn, query)


def test_a_question_line_is_still_found_when_nothing_else_matches(conn):
    result = lookup(conn, "vpc cidr block size allowed", limit=5)
    # A question restates what was asked: never an answer, but still shown as related.
    assert not (result.hits and result.hits[0]["value"].endswith("?"))
    assert any(h["value"].endswith("?") for h in result.hits + result.related)



def test_a_word_after_per_is_the_denominator_not_the_attribute():
    from studycli.lookup.lexicon import lexicon
    from studycli.lookup.query import understand
    from studycli.lookup.rank import score

    lex = lexicon()
    q = understand("sns subscriptions per topic", lex)
    assert q.denominators == {"topic"}
    line = "SNS: 12,500,000 subscriptions per topic, 100,000 topics per account"

    def limit(attribute: str, value: str) -> dict:
        return {"service": "SNS", "subject": "", "attribute": attribute, "kind": "limit",
                "qualifier": "", "value": value, "number": 1.0, "unit": "count",
                "low": None, "high": None, "snippet": line}

    subs = score(limit("subscriptions", "12,500,000"), q, lex.stopwords)
    topics = score(limit("topics", "100,000"), q, lex.stopwords)
    assert subs > topics
    # An attribute that is itself "per topic" is not penalised for it.
    per_topic = score(limit("subscriptions per topic", "12,500,000"), q, lex.stopwords)
    assert per_topic >= subs - 1e-9
