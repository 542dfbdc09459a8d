"""A new user's lookups (session 32, rank32): a limit on the thing a service's name typed
ends with counts it ("s3 bucket limit"); a statement's bound is read in the clause that says
what is asked ("minimum object size" is not answered by "max object size 5TB, ... > 100MB");
a word of a cue phrase typed outside the phrase is asked ("region" of "how many azs in a
region" is no "per region" cue)."""

from __future__ import annotations

import json

from .helpers import REPO, ingest_text, run_here

REF = {"STUDYCLI_REFERENCE": str(REPO / "data" / "reference"), "COLUMNS": "200"}

NOTES = (
    "S3 NOTES (wk1)\n==============\n"
    "- max object size 5TB, single PUT max 5GB -> use multipart upload > 100MB (recommended)\n"
    "- S3 IA min storage duration 30 days, Glacier flexible 90 days, deep archive 180 days\n"
    "- bucket names globally unique, 3-63 chars\n"
    "- 100 buckets per account default (soft limit)\n\n"
    "DATABASES\n=========\n- Aurora: 6 copies across 3 AZs\n\n"
    "CLF stuff\n=========\nRegions have min 3 AZs\n")


def _lookup(db, query: str) -> tuple[int, list[str]]:
    result = run_here("lookup", query, "--json", "--limit", "3", db=db, env=REF)
    return result.returncode, [h["value"] for h in json.loads(result.stdout)]


def test_a_limit_on_the_thing_a_service_name_ends_with_counts_it(tmp_path):
    _, db, _ = ingest_text(tmp_path, NOTES, columns="200")
    code, values = _lookup(db, "s3 bucket limit")
    assert code == 0 and "100 buckets" in values[0], values


def test_a_limit_on_the_thing_keeps_the_limit_stated_where_no_count_is(tmp_path):
    # "ebs volume limit" on notes that count no volumes: the volume's size limit answers
    _, db, _ = ingest_text(tmp_path, (
        "## EBS\n- EBS volume size limit 16 TiB for gp2\n- snapshot limit 100000 per region\n"),
        columns="200")
    code, values = _lookup(db, "ebs volume limit")
    assert code == 0 and "16 TiB" in values[0], values


def test_the_thing_limit_is_read_only_where_nothing_else_is_asked():
    from studycli.lookup.lexicon import lexicon
    from studycli.lookup.query import understand

    lex = lexicon()
    assert understand("s3 bucket limit", lex).thing_limit == "bucket"
    assert not understand("s3 bucket size limit", lex).thing_limit
    assert not understand("s3 limit", lex).thing_limit
    assert not understand("s3 max buckets", lex).thing_limit


def test_a_statement_bounding_the_measure_asked_the_other_way_is_no_answer(tmp_path):
    _, db, _ = ingest_text(tmp_path, NOTES, columns="200")
    code, values = _lookup(db, "s3 standard ia minimum object size")
    assert not any(v.startswith("max object size") for v in values[:1]), values
    code, values = _lookup(db, "s3 max object size")
    assert code == 0 and "5" in values[0], values


def test_a_cue_phrase_word_typed_alone_is_asked(tmp_path):
    _, db, _ = ingest_text(tmp_path, NOTES, columns="200")
    code, values = _lookup(db, "how many azs in a region")
    assert code == 0 and values[0].startswith("Regions have min 3"), values


def test_a_cue_phrase_word_in_its_phrase_stays_a_cue():
    from studycli.lookup.lexicon import lexicon
    from studycli.lookup.query import understand
    from studycli.lookup.text import stem

    lex = lexicon()
    assert stem("region") in understand("how many azs in a region", lex).plain_cues
    assert stem("region") not in understand("max vpcs per region", lex).plain_cues


def test_how_much_with_no_unit_asked_is_no_word_the_answer_must_say(tmp_path):
    # "how much" brings "size"/"amount" only as related words: a duration that says all that
    # was typed ("12 months history") answers
    _, db, _ = ingest_text(tmp_path, (
        "# Billing\n\n- Cost Explorer: visualize past costs, up to 12 months history\n"
        "- Budgets: alerts on actual or forecast spend\n"), columns="200")
    code, values = _lookup(db, "cost explorer how much history")
    assert code == 0 and "12 months" in values[0], values


def test_a_count_per_the_thing_a_service_name_ends_with_is_per_that_thing(tmp_path):
    from studycli.lookup.lexicon import lexicon
    from studycli.lookup.query import understand

    lex = lexicon()
    assert understand("max tags per s3 bucket", lex).denominators == {"bucket"}
    assert understand("max tags on an s3 bucket", lex).denominators == {"bucket"}
    assert not understand("s3 max tags", lex).denominators
    _, db, _ = ingest_text(tmp_path, (
        "# S3\n\n- tags: max 10 tags per object\n- max object size 5 TB\n"), columns="200")
    assert _lookup(db, "max tags on an s3 bucket") == (1, [])
    code, values = _lookup(db, "max tags per s3 object")
    assert code == 0 and "10" in values[0], values



def test_a_scope_typed_alone_is_what_the_count_is_per(tmp_path):
    # "can an account have" asks per account: "100 buckets per account" says all of it; and a
    # line with no number that names the region by its code still answers "which region"
    _, db, _ = ingest_text(tmp_path, (
        "# S3\n\n- Up to 100 buckets per account (soft limit)\n- max object size 5 TB\n\n"
        "# Cognito\n\n| Setting | Note |\n|---|---|\n"
        "| Hosted UI custom domain | ACM cert must be in us-east-1 |\n"), columns="200")
    code, values = _lookup(db, "how many s3 buckets can an account have")
    assert code == 0 and "100" in values[0], values
    code, values = _lookup(db, "acm cert region for cloudfront")
    assert code == 0 and any("us-east-1" in v for v in values), values


def test_only_a_scope_is_read_as_a_word_typed_alone():
    from studycli.lookup.lexicon import lexicon
    from studycli.lookup.query import understand
    from studycli.lookup.text import stem

    lex = lexicon()
    assert stem("account") in understand("max accounts in an organization", lex).denominators
    assert not understand("how many times does lambda retry async", lex).plain_cues & {
        stem("times"), stem("time")}
    assert stem("many") not in understand("s3 error when too many requests", lex).plain_cues
    assert stem("event") not in understand("eventbridge max rules per event bus",
                                           lex).plain_cues
