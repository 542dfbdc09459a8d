"""Session 50 (rank50): of two values the parser filed under one setting's default, tied at
the top, the one whose own line writes "default" answers "... default" first
(lookup/qualifier_written.py). Hand-built facts: the tie is lookup's, whatever the parser."""

from __future__ import annotations

import pytest

from studycli.lookup import lookup
from studycli.lookup.qualifier_written import writes_qualifier
from tests.lookup_facts import fact, stored

DAY = 86400


@pytest.fixture(scope="module")
def tied(tmp_path_factory):
    facts = [
        # a line of another service filed as the setting's default: it says no "default"
        fact("Lambda", "execution timeout", "default", "90 days", 3,
             "- execution history kept 90 days", 90 * DAY, "s", "default"),
        fact("Lambda", "execution timeout", "default", "3 s", 4,
             "- default timeout is 3 s", 3, "s", "default"),
        # both lines write the default: the order stays the ranking's
        # (two APIs' defaults, both true: REST 29 s, HTTP 30 s)
        fact("API Gateway", "integration timeout", "default", "29 s", 11,
             "- REST API integration timeout default 29 s", 29, "s", "default"),
        fact("API Gateway", "integration timeout", "default", "30 s", 12,
             "- HTTP API integration timeout: default is 30 s", 30, "s", "default"),
    ]
    conn = stored(tmp_path_factory.mktemp("rank50") / "t.db", facts)
    yield conn
    conn.close()


def _values(conn, query: str) -> list[str]:
    return [h["value"] for h in lookup(conn, query, limit=3).hits]


def test_the_line_that_writes_the_default_asked_answers_first(tied):
    # Test fails without qualifier_written_first (90 days first: the tie went by line)
    assert _values(tied, "lambda default timeout")[:2] == ["3 s", "90 days"]


def test_a_tie_where_every_line_writes_the_default_keeps_its_order(tied):
    assert _values(tied, "api gateway integration timeout default")[:2] == ["29 s", "30 s"]


def test_a_qualifier_written_in_another_language_is_read_as_written():
    assert writes_qualifier("- timeout par défaut : 3 s", "default")
    assert writes_qualifier("- retention 4 d def / 14 d max", "default")
    assert not writes_qualifier("- execution history kept 90 days", "default")
    # a word that only holds the cue writes nothing; nor is a maximum read here
    assert not writes_qualifier("- defined per function", "default")
    assert not writes_qualifier("- retention max 14 days", "max")
