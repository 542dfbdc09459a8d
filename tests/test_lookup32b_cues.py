"""Words of a query that look like cues but are not: "per min" is a minute, not a minimum;
"rate based rule" names a kind of rule, it asks no rate; and "1 ACU ≈ 2 GiB" says what one
ACU is, no bound on how many ACUs."""

from __future__ import annotations

import json

from studycli.lookup.lexicon import lexicon
from studycli.lookup.query import understand

from .helpers import ingest_text, run_here, shipped_reference

REF = shipped_reference(200)


def test_min_after_per_is_a_minute_and_a_dimension_word_before_based_is_a_name():
    lex = lexicon()
    assert understand("lambda sqs scale up rate per min", lex).qualifier != "min"
    assert understand("rds storage min", lex).qualifier == "min"
    assert not understand("waf rate based rule lowest limit", lex).dimensions
    assert understand("api gateway rate limit", lex).dimensions


def _hits(db, query: str) -> list[dict]:
    return json.loads(run_here("lookup", query, "--json", "--limit", "3", db=db,
                               env=REF).stdout)


def test_the_size_of_one_unit_is_no_bound_on_how_many(tmp_path):
    _, db, _ = ingest_text(tmp_path, (
        "## Aurora\n- **Aurora Serverless v2**: capacity in ACUs, scales in 0.5 ACU "
        "increments; 1 ACU ≈ 2 GiB RAM\n"
        "## WAF\n- rate-based rule: count requests per IP over a 5 minute window, lowest "
        "limit you can set is 100\n"), "notes.md", columns="200")
    assert all("2 GiB" != h["value"] for h in _hits(db, "aurora serverless v2 max acus"))
    hits = _hits(db, "waf rate based rule lowest limit")
    assert hits and "100" in hits[0]["value"], hits


def test_a_short_label_before_an_arrow_names_each_clause_of_its_line(tmp_path):
    # "v2" is said by the label only: the clause "max 128 ACU" is the label's
    _, db, _ = ingest_text(tmp_path, (
        "## Aurora\n- Aurora Serverless v2 → scales in ACUs, min 0.5 ACU max 128 ACU "
        "(1 ACU ≈ 2 GiB RAM)\n"
        "## KMS\n- customer managed key: automatic rotation off by default; when enabled, "
        "rotation period default 365 days\n"), "notes.md", columns="200")
    hits = _hits(db, "aurora serverless v2 max acu")
    assert hits and "128" in hits[0]["value"], hits
    hits = _hits(db, "kms cmk auto rotation default period")  # a CMK is a KMS key
    assert hits and "365" in hits[0]["value"], hits


def test_a_min_asks_a_minimum_and_one_thing_counting_things_is_a_limit(tmp_path):
    # "whats a min timeout" asks a minimum (only "per/each/every min" is a minute); "1 ENI: 5
    # security groups" counts things, a real limit, unlike "1 ACU ≈ 2 GiB" (a measure)
    lex = lexicon()
    assert understand("whats a min timeout for lambda", lex).qualifier == "min"
    _, db, _ = ingest_text(tmp_path, (
        "## Lambda\n- timeout max 15 min, minimum 1 sec\n- memory min 128 MB, max 10 GB\n"
        "## VPC\n- 1 ENI: 5 security groups max\n"
        "## SQS\n- 1 batch = 10 messages max\n"), "notes.md", columns="200")
    hits = _hits(db, "whats a min memory for lambda")
    assert hits and "128" in hits[0]["value"], hits
    hits = _hits(db, "max security groups per eni")
    assert hits and hits[0]["value"].startswith("5"), hits
    hits = _hits(db, "sqs max messages per batch")
    assert hits and hits[0]["value"].startswith("10"), hits
