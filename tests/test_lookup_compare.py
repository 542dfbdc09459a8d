"""Comparison lookups ("sqs vs sns", "when should i use kinesis over sqs"): the statement
that says how the two differ answers, not the heading that lists them, nor a quantity."""

from __future__ import annotations

import pytest

from studycli.lookup import lookup
from studycli.lookup.lexicon import lexicon
from studycli.lookup.query import understand
from tests.helpers import note_conn

NOTE = """# Messaging

## SQS vs SNS vs Kinesis

- SQS max message size: 256 KB
- SNS = push, pub/sub, no persistence. SQS = pull, stores messages
- Kinesis vs SQS: use Kinesis when you need replay or many consumers of one stream
- SNS topics per account: 100,000
"""


@pytest.fixture(scope="module")
def conn(tmp_path_factory):
    yield from note_conn(tmp_path_factory.mktemp("compare"), NOTE, "messaging.md")


@pytest.mark.parametrize("query,says", [
    ("sqs vs sns", "push"),
    ("sns versus sqs difference", "push"),
    ("when should i use kinesis over sqs", "replay"),
])
def test_the_statement_that_compares_answers(conn, query, says):
    hits = lookup(conn, query, limit=3).hits
    assert hits and says in hits[0]["value"], [h["value"] for h in hits]


def test_sides_are_read_only_when_they_are_names():
    lex = lexicon()
    q = understand("sqs vs sns difference", lex)
    assert q.concept and len(q.compared) == 2
    assert not any("differ" in w for c in q.topic for w in c)  # a cue, not a topic
    # "task role vs task execution role": sides of several words are not read as two names
    assert understand("ecs task role vs task execution role", lex).compared == []
