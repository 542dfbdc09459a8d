""""X vs Y" is answered by a statement that compares them (it says "vs", or sits under a
heading that does), not by one that only names both (lookup/features.comparison_statement)."""

from __future__ import annotations

import pytest

from studycli.kinds import Kind
from studycli.lookup import lookup
from studycli.lookup.lexicon import lexicon
from studycli.lookup.query import understand
from studycli.lookup.rank import explain
from tests.helpers import note_conn

NOTE = """# Decoupling

- Fan-out = SNS topic -> multiple SQS queues (each queue gets a copy)
- SNS FIFO topic -> only SQS FIFO queues can subscribe

## SQS vs SNS vs Kinesis

- SNS = pub/sub, PUSH to subscribers (SQS, Lambda, HTTP)
- SQS = consumers poll, messages kept up to 14 days
"""


@pytest.fixture(scope="module")
def conn(tmp_path_factory):
    yield from note_conn(tmp_path_factory.mktemp("vs"), NOTE, "messaging.md")


def test_the_statement_that_compares_answers_x_vs_y(conn):
    hits = lookup(conn, "sqs vs sns").hits
    assert hits and "push" in hits[0]["value"].lower()



def _fact(value: str, attribute: str = "purchase options") -> dict:
    return {"service": "EC2", "subject": "", "attribute": attribute, "kind": Kind.FACT,
            "qualifier": "", "value": value, "number": None, "unit": "", "low": None,
            "high": None, "snippet": value}


def test_a_comparison_of_other_things_gets_no_bonus():
    lex = lexicon()
    q = understand("spot vs on demand", lex)
    own = explain(_fact("Spot vs on-demand: spot can be interrupted"), q, lex.stopwords)
    other = explain(_fact("DDB on-demand vs provisioned: on-demand for spiky traffic"), q,
                    lex.stopwords)
    assert own.get("comparison statement") and not other.get("comparison statement")
