"""Answer-or-abstain mechanisms of issue 10, round three: a topic word many facts of the notes
say tells less, left unsaid, than a rare one; a name that continues a word ("lambda@edge")
is not a form of that word."""

from __future__ import annotations

import pytest

from studycli.lookup import lookup
from studycli.lookup.words import _near
from studycli.store.db import connect
from tests.helpers import note_db

# Many lines say "access" (a word of most notes); one says how a Lambda function in a VPC
# reaches the internet without it; none says "backtrack".
NOTE = "\n".join([
    "# Lambda", "",
    "- Lambda in VPC needs NAT GW for internet (no public IP ever)",
    "- Lambda execution role grants access to other services", "",
    "# S3", "",
    *(f"- S3 access point {n} gives access to bucket prefix {n}" for n in range(1, 13)), "",
    "# Aurora", "",
    "- Aurora global database replicates in under 1 s",
    "- Aurora Replicas: up to 15 per cluster", "",
    "# IAM", "",
    *(f"- IAM policy {n} allows access to service {n}" for n in range(1, 13)), "",
])


@pytest.fixture(scope="module")
def conn(tmp_path_factory):
    path = note_db(tmp_path_factory.mktemp("round6"), NOTE)
    c = connect(path, readonly=True).conn
    yield c
    c.close()


def test_a_common_word_left_unsaid_still_lets_a_fact_answer(conn):
    result = lookup(conn, "lambda in vpc internet access", limit=3)
    assert result.hits and "NAT" in result.hits[0]["value"], [h["value"] for h in result.hits]
    assert "access" in result.understood.common


def test_a_rare_word_left_unsaid_means_the_notes_do_not_answer(conn):
    result = lookup(conn, "aurora backtrack window max", limit=3)
    assert result.hits == [], [h["value"] for h in result.hits]


def test_a_name_that_continues_a_word_is_not_a_form_of_it():
    assert not _near("lambda", "lambda@edge")
    assert _near("concurrency", "concurrent")  # a form of the word still is
