"""Concept questions ("what happens when...", "why...") are answered by the statement that
holds the answer, not by a quantity they mention nor by a heading or label that echoes them."""

from __future__ import annotations

import pytest

from studycli.lookup import lookup
from studycli.lookup.lexicon import lexicon
from studycli.lookup.query import understand
from studycli.store.db import connect

from .helpers import note_db

NOTE = """# Amazon SQS
## Visibility timeout
- Default visibility timeout is 30 seconds, max 12 hours
- When the visibility timeout expires, the message becomes visible again for other consumers
- Use long polling because it reduces empty responses and cost

# AWS CodeDeploy
Lifecycle hook order:
- ApplicationStop, DownloadBundle, BeforeInstall, Install, AfterInstall
"""


@pytest.fixture(scope="module")
def conn(tmp_path_factory):
    c = connect(note_db(tmp_path_factory.mktemp("concepts"), NOTE), readonly=True).conn
    yield c
    c.close()


def test_what_happens_is_answered_by_the_statement_not_the_quantity(conn):
    hits = lookup(conn, "what happens when the sqs visibility timeout expires").hits
    assert hits and "becomes visible again" in hits[0]["value"]


def test_a_label_ending_in_a_colon_is_not_the_answer(conn):
    hits = lookup(conn, "codedeploy lifecycle hook order").hits
    assert hits and not hits[0]["value"].rstrip().endswith(":")


def test_quantity_questions_are_not_concept_questions():
    lex = lexicon()
    assert understand("what happens when the visibility timeout expires", lex).concept
    assert understand("why use long polling", lex).concept
    for text in ("what is the max visibility timeout", "how long is the visibility timeout",
                 "how does s3 invoke lambda", "sqs visibility timeout"):
        # ("what is 1 rcu" asks what one RCU stands for since round 13: a statement's job;
        # tests/test_lookup_round13.py)
        assert not understand(text, lex).concept, text
    assert understand("what happens when the visibility timeout expires", lex).dimensions \
        == set()
