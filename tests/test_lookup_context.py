"""Ranking features that read a fact's place in its note: the clause of the line that states
its number, a prose statement's previous sentence, the service of a statement's neighbours."""

from __future__ import annotations

import pytest

from studycli.lookup import lookup
from studycli.lookup.text import clause_of_number, clauses
from tests.lookup_facts import fact, stored

MB = 1024 ** 2


def test_clause_of_number_is_the_part_of_the_line_that_states_it():
    line = "Lambda pkg 50MB zip / 250MB unzip"
    assert clause_of_number(line, 250 * MB) == "250MB unzip"
    assert clause_of_number(line, 50 * MB) == "Lambda pkg 50MB zip"
    # A thousands separator is not a clause break; "and" and a range's dash are not either.
    gp3 = "gp3: baseline 3,000 IOPS and 125 MB/s, up to 16,000 IOPS and 1,000 MB/s"
    assert clause_of_number(gp3, 3000) == "gp3: baseline 3,000 IOPS and 125 MB/s"
    assert clause_of_number(gp3, 16000) == " up to 16,000 IOPS and 1,000 MB/s"
    assert clause_of_number("timeout is 50 ms – 29 seconds", None, 0.05, 29) == (
        "timeout is 50 ms – 29 seconds")
    assert clause_of_number("a, b", 7) is None  # the line does not say it
    assert [c.strip() for c in clauses("One. Two; three")] == ["One", "Two", "three"]


@pytest.fixture()
def conn(tmp_path):
    pkg = "Lambda pkg 50MB zip / 250MB unzip"
    facts = [
        fact("Lambda", "deployment package size", "limit", "50 MB", 1, pkg, 50 * MB, "B"),
        fact("Lambda", "deployment package size", "limit", "250 MB", 1, pkg, 250 * MB, "B"),
        # A transcript: the parser gave the first sentence a service, not the second.
        fact("CloudFront", "default TTL", "default", "24 h", 5,
             "The CloudFront default TTL is 24 hours.", 86400, "s", "default"),
        fact("", "lecture notes", "fact",
             "The origin response timeout defaults to 30 seconds.", 6,
             "The origin response timeout defaults to 30 seconds."),
        fact("CloudFront", "origin shield", "fact", "Origin Shield caches the origin response",
             12, "Origin Shield caches the origin response"),
    ]
    c = stored(tmp_path / "t.db", facts)
    yield c
    c.close()


def test_the_word_next_to_a_number_picks_that_number(conn):
    assert lookup(conn, "lambda unzipped package size").to_json()[0]["value"] == "250 MB"
    assert lookup(conn, "lambda zip package size").to_json()[0]["value"] == "50 MB"


def test_a_statement_without_service_takes_its_neighbours(conn):
    hits = lookup(conn, "cloudfront origin response timeout").to_json()
    assert hits[0]["value"].startswith("The origin response timeout")
    assert hits[0]["service"] == ""  # shown as the notes have it
