"""An HTTP status typed with its reason phrase ("504 gateway timeout") asks about the code:
the phrase names it and is no topic a fact must say besides (query._reason_phrase_stems)."""

from __future__ import annotations

import pytest

from studycli.lookup import lookup
from studycli.lookup.lexicon import lexicon
from studycli.lookup.query import understand
from tests.helpers import note_conn

NOTE = """# Load balancing

## Application Load Balancer

Health checks default to every 30 seconds. A 502 from the ALB means the target sent back a
bad response, and a 504 from the ALB means the target did not respond before the idle timeout.

## API Gateway

- API Gateway: 429 = throttled, 504 = integration timeout
"""


@pytest.fixture(scope="module")
def conn(tmp_path_factory):
    yield from note_conn(tmp_path_factory.mktemp("reason"), NOTE, "elb.md")


def test_the_reason_phrase_is_no_topic():
    q = understand("alb 504 gateway timeout meaning", lexicon())
    said = {w for c in q.topic for w in c}
    assert "timeout" not in said and "gateway" not in said
    q = understand("alb idle timeout", lexicon())
    assert any("timeout" in c for c in q.topic)  # no code typed: a topic as ever


def test_a_code_and_its_phrase_are_answered_by_the_services_statement(conn):
    hits = lookup(conn, "alb 504 gateway timeout meaning").hits
    assert hits and "did not respond" in hits[0]["value"]
