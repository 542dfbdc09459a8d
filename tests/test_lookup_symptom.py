"""A reason or remedy asked anywhere in the query ("lambda in a vpc cant reach internet
why") asks for a statement, and the failure words are how the student says it, not what
the answer says (query._asks_anywhere, query._symptom_stems)."""

from __future__ import annotations

import pytest

from studycli.lookup import lookup
from studycli.lookup.lexicon import lexicon
from studycli.lookup.query import understand
from tests.helpers import note_conn

NOTE = """# DVA-C02 cram sheet — serverless

- Lambda timeout 3 sec default / 15 min max
- alias cant point to another alias
- Lambda in VPC -> needs NAT GW for internet, no public IP ever
"""


@pytest.fixture(scope="module")
def conn(tmp_path_factory):
    yield from note_conn(tmp_path_factory.mktemp("symptom"), NOTE, "cram.md")


def test_a_why_at_the_end_asks_for_a_statement_without_the_symptom():
    q = understand("lambda in a vpc cant reach internet why", lexicon())
    said = {w for c in q.topic for w in c}
    assert q.concept and "internet" in said and not said & {"cant", "reach"}
    # no "why": a failure typed as it is met asks for its remedy all the same
    q = understand("lambda cant reach internet", lexicon())
    said = {w for c in q.topic for w in c}
    assert "internet" in said and not said & {"cant", "reach"}
    q = understand("lambda reach internet", lexicon())  # no failure said: a word as typed
    assert any("reach" in c for c in q.topic)


def test_the_cause_is_answered(conn):
    hits = lookup(conn, "lambda in a vpc cant reach internet why").hits
    assert hits and "NAT" in hits[0]["value"]


def test_a_symptom_that_is_all_the_query_says_stays_its_topic(conn):
    q = understand("lambda cant connect to rds why", lexicon())
    assert any("connect" in c for c in q.topic)
    assert lookup(conn, "lambda cant connect to rds why").hits == []
