"""A new user's notes (session 31): what lookup answered wrongly with exit 0, or hid.

Each test is one mechanism: a noun of the name typed before "limit" is what the limit counts
("s3 bucket limit": buckets, not the object size); a duration said in words ("microsecond
latency") answers how long."""

from __future__ import annotations

import json

import pytest

from .helpers import REPO, ingest_text, run_here

REF = {"STUDYCLI_REFERENCE": str(REPO / "data" / "reference"), "COLUMNS": "200"}

STORAGE = (
    "S3 NOTES (wk1)\n==============\n"
    "- max object size 5TB, single PUT max 5GB -> use multipart upload > 100MB (recommended)\n"
    "- durability 11 9s across all classes\n"
    "- S3 IA min storage duration 30 days, Glacier flexible 90 days, deep archive 180 days\n"
    "- Glacier deep archive retrieval: standard 12 hrs, bulk 48 hrs\n"
    "- bucket names globally unique, 3-63 chars\n"
    "- 100 buckets per account default (soft limit)\n")

DB_NOTES = (
    "# Databases\n\n## DynamoDB\n* max item size 400KB\n* DAX → microsecond latency\n"
    "* TTL is free\n\n## Aurora\n- up to 128 TiB storage\n- 6 copies across 3 AZs\n")


@pytest.fixture(scope="module")
def storage_db(tmp_path_factory):
    _, db, _ = ingest_text(tmp_path_factory.mktemp("storage"), STORAGE, name="storage.txt",
                           columns="200")
    return db


def _hits(db, *args: str) -> list[dict]:
    result = run_here("lookup", *args, "--json", "--limit", "3", db=db, env=REF)
    return json.loads(result.stdout) if result.stdout.strip() else []


def test_a_noun_typed_before_limit_is_what_the_limit_counts(storage_db):
    # "bucket" is a word of the name typed ("s3 bucket"), and still what is asked about
    hits = _hits(storage_db, "s3 bucket limit")
    assert hits and hits[0]["value"] == "100 buckets", hits
    assert "5 TB" in _hits(storage_db, "s3 object size limit")[0]["value"]


@pytest.fixture(scope="module")
def db_db(tmp_path_factory):
    _, db, _ = ingest_text(tmp_path_factory.mktemp("db"), DB_NOTES, name="db.md", columns="200")
    return db


def test_a_duration_said_in_words_answers_how_long(db_db):
    # "microsecond latency" states the latency by its order of magnitude, as "5 ms" would
    result = run_here("lookup", "dax latency", db=db_db, env=REF)
    assert result.returncode == 0, result.stdout
    assert result.stdout.splitlines()[0] == "DAX → microsecond latency", result.stdout
    # a statement with no duration at all still does not answer how long
    assert run_here("lookup", "ttl latency", db=db_db, env=REF).returncode == 1


CLF = (
    "CLF stuff - support plans, pricing, shared resp.\n\nSupport plans:\nBasic - free\n"
    "Business - 24/7 phone, <1hr response for prod system down, from $100/mo\n"
    "Enterprise - TAM, <15 min response for business-critical down, from $15,000/mo\n\n"
    "Well-Architected: 6 pillars (op excellence, security, reliability, perf efficiency, "
    "cost opt, sustainability)\n\nRegions have min 3 AZs\n\n"
    "## Lambda\n- timeout default 3s, max 15 min\n\n## SQS\n"
    "- visibility timeout default 30 sec, max 12 hours\n")


@pytest.fixture(scope="module")
def clf_db(tmp_path_factory):
    _, db, _ = ingest_text(tmp_path_factory.mktemp("clf"), CLF, name="clf.txt", columns="200")
    return db


def test_a_statements_own_first_words_are_no_name_over_it(clf_db):
    # the parser's key of a statement of no service is made of the line's own words: no
    # breadcrumb ("well architected pillars op"), the line under it says them all
    out = run_here("lookup", "well architected pillars", db=clf_db, env=REF).stdout.splitlines()
    assert out[0].startswith("Well-Architected: 6 pillars"), out
    assert out[1] == "[fact]", out
    out = run_here("lookup", "business support response time", db=clf_db,
                   env=REF).stdout.splitlines()
    assert out[0].startswith("Business - 24/7 phone") and out[1] == "[fact]", out


def test_a_max_in_the_clause_asked_does_not_answer_a_min(storage_db):
    # "max object size 5TB, ... multipart upload > 100MB": the "> 100MB" bounds the upload,
    # the object size's bound is a max, no answer to a minimum object size
    result = run_here("lookup", "s3 standard ia minimum object size", db=storage_db, env=REF)
    assert result.returncode == 1 and result.stdout.startswith("Not in your notes"), \
        result.stdout
    assert _hits(storage_db, "s3 max object size")[0]["value"] == "5 TB"


def test_a_class_name_says_no_measure_of_the_family_asked(storage_db):
    # "glacier retrieval time": "retrieval" of "S3 Glacier Flexible Retrieval" names the
    # class; its minimum storage duration (90 days) is no retrieval time. Deep Archive is no
    # class of the "Glacier" family, so the notes do not answer: its line is shown first
    result = run_here("lookup", "glacier retrieval time", db=storage_db, env=REF)
    assert result.returncode == 1 and "90 days" not in result.stdout.splitlines()[0], \
        result.stdout
    related = [line for line in result.stdout.splitlines() if "storage.txt:" in line]
    assert related and "Glacier deep archive retrieval" in related[0], result.stdout
    assert _hits(storage_db, "deep archive min storage days")[0]["value"] == "180 days"
    assert _hits(storage_db, "deep archive retrieval time")[0]["value"] == "12 h"
