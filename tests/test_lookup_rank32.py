"""A new user's lookups (session 32, rank32): a limit on the thing a service's name typed
ends with counts it ("s3 bucket limit"); a statement's bound is read in the clause that says
what is asked ("minimum object size" is not answered by "max object size 5TB, ... > 100MB");
a word of a cue phrase typed outside the phrase is asked ("region" of "how many azs in a
region" is no "per region" cue)."""

from __future__ import annotations

import json

from .helpers import ingest_text, lookup_top, run_here, shipped_reference

REF = shipped_reference(200)

NOTES = (
    "S3 NOTES (wk1)\n==============\n"
    "- max object size 5TB, single PUT max 5GB -> use multipart upload > 100MB (recommended)\n"
    "- S3 IA min storage duration 30 days, Glacier flexible 90 days, deep archive 180 days\n"
    "- bucket names globally unique, 3-63 chars\n"
    "- 100 buckets per account default (soft limit)\n\n"
    "DATABASES\n=========\n- Aurora: 6 copies across 3 AZs\n\n"
    "CLF stuff\n=========\nRegions have min 3 AZs\n")



def test_a_limit_on_the_thing_a_service_name_ends_with_counts_it(tmp_path):
    _, db, _ = ingest_text(tmp_path, NOTES, columns="200")
    code, values = lookup_top(db, "s3 bucket limit")
    assert code == 0 and "100 buckets" in values[0], values


def test_a_limit_on_the_thing_keeps_the_limit_stated_where_no_count_is(tmp_path):
    # "ebs volume limit" on notes that count no volumes: the volume's size limit answers
    _, db, _ = ingest_text(tmp_path, (
        "## EBS\n- EBS volume size limit 16 TiB for gp2\n- snapshot limit 100000 per region\n"),
        columns="200")
    code, values = lookup_top(db, "ebs volume limit")
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
    code, values = lookup_top(db, "s3 standard ia minimum object size")
    assert code == 1 and not values, values  # the notes state no minimum object size
    code, values = lookup_top(db, "s3 max object size")
    assert code == 0 and "5" in values[0], values


def test_a_cue_phrase_word_typed_alone_is_asked(tmp_path):
    _, db, _ = ingest_text(tmp_path, NOTES, columns="200")
    code, values = lookup_top(db, "how many azs in a region")
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
    code, values = lookup_top(db, "cost explorer how much history")
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
    assert lookup_top(db, "max tags on an s3 bucket") == (1, [])
    code, values = lookup_top(db, "max tags per s3 object")
    assert code == 0 and "10" in values[0], values



def test_a_scope_typed_alone_is_what_the_count_is_per(tmp_path):
    # "can an account have" asks per account: "100 buckets per account" says all of it; and a
    # line with no number that names the region by its code still answers "which region"
    _, db, _ = ingest_text(tmp_path, (
        "# S3\n\n- Up to 100 buckets per account (soft limit)\n- max object size 5 TB\n\n"
        "# Cognito\n\n| Setting | Note |\n|---|---|\n"
        "| Hosted UI custom domain | ACM cert must be in us-east-1 |\n"), columns="200")
    code, values = lookup_top(db, "how many s3 buckets can an account have")
    assert code == 0 and "100" in values[0], values
    code, values = lookup_top(db, "acm cert region for cloudfront")
    assert code == 0 and any("us-east-1" in v for v in values), values


def test_a_scope_typed_without_per_is_a_denominator():
    # what the scope rule changes: "can an account have" counts per account, as "per
    # account" would (the lookup above answers "100 buckets per account" either way)
    from studycli.lookup.lexicon import lexicon
    from studycli.lookup.query import understand

    lex = lexicon()
    assert understand("how many iam groups can an account have", lex).denominators == {
        "account"}


def test_a_region_code_says_which_region(tmp_path):
    # "acm cert region" never finds the word "region" on the line: "us-east-1" says it
    _, db, _ = ingest_text(tmp_path, (
        "## ACM\n- ACM cert for CloudFront must be in us-east-1\n"
        "- ACM certs renew automatically 60 days before expiry\n- ACM public certs are free\n"),
        columns="200")
    for query in ("acm cert region", "acm region"):
        code, values = lookup_top(db, query)
        assert code == 0 and "us-east-1" in values[0], (query, values)


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


def test_the_digit_of_a_service_name_counts_nothing(tmp_path):
    # "S3 bucket", "gp3 volume" name a thing, they count none; "27 EBS volumes" counts one
    _, db, _ = ingest_text(tmp_path, (
        "## S3\n- S3 bucket policy max size 20 KB\n- max object size 5TB\n\n"
        "## EBS\n- gp3 volume max 16 TiB\n- max 27 EBS volumes per Nitro instance\n"),
        columns="200")
    code, values = lookup_top(db, "s3 bucket limit")
    assert code == 0 and not values[0].startswith("S3 bucket policy"), values
    code, values = lookup_top(db, "ebs volume limit")
    assert code == 0 and "27 EBS volumes" in values[0], values


def test_a_count_with_a_name_before_the_thing_counts_it():
    from studycli.lookup.features import counted_words

    assert "bucket" in counted_words("100 S3 buckets per account")
    assert "volum" in counted_words("max 27 EBS volumes per Nitro instance")
    assert not counted_words("S3 bucket policy max size 20 KB")
    assert not counted_words("gp3 volume max 16 TiB")
    assert not counted_words("c5 instance, 2.5 volumes")


_BOUNDS = (
    "## SQS\n- visibility timeout min 0 sec, can be raised up to 12 hours\n\n"
    "## Lambda\n- Lambda memory 128 MB min, max 10,240 MB\n\n"
    "## RDS\n- RDS storage min 20 GiB, max 64 TiB\n")


def test_other_matches_of_a_max_query_show_no_min(tmp_path):
    _, db, _ = ingest_text(tmp_path, _BOUNDS, columns="200")
    # each line's min is a further bound of the answer's own line, not asked
    for query in ("sqs max visibility timeout", "lambda max memory", "rds max storage"):
        result = run_here("lookup", query, db=db, env=REF)
        assert result.returncode == 0, result.stdout
        assert "(min)" not in result.stdout, (query, result.stdout)


_COMPARED = (
    "## SQS vs SNS\n- SQS = queue, pull based, consumers poll, messages kept until deleted\n"
    "- SNS = pub/sub, push based, no persistence\n\n"
    "SQS details:\n- SQS message retention 4 days default, max 14 days\n\n"
    "## ALB vs NLB\n- ALB = layer 7, HTTP/HTTPS, path routing\n"
    "- NLB = layer 4, TCP/UDP, static IP per AZ\n\n"
    "ALB details:\n- ALB supports WebSocket and HTTP/2\n")


def test_a_comparison_asked_on_an_aspect_is_answered_by_the_aspect(tmp_path):
    # (review of rank32: a boost for the lines under an "X vs Y" heading put the sides'
    # definitions over the line saying the aspect asked; the boost was reverted)
    _, db, _ = ingest_text(tmp_path, _COMPARED, columns="200")
    code, values = lookup_top(db, "alb vs nlb websocket")
    assert code == 0 and values[0].startswith("ALB supports WebSocket"), values
    code, values = lookup_top(db, "sqs vs sns retention")
    assert code == 0 and "days" in values[0] and "until deleted" not in values[0], values



def test_a_thing_limit_given_as_a_bare_number_counts_the_thing(tmp_path):
    # a final user check: "S3 bucket limit 100 per account" names no "100 buckets", and
    # "s3 bucket limit" answered the object size's 5 TB above it
    _, db, _ = ingest_text(tmp_path, (
        "## S3\n- S3 max object size 5 TB, single PUT 5 GB\n"
        "- S3 bucket limit 100 per account (soft)\n"), columns="200")
    result = run_here("lookup", "s3 bucket limit", "--json", "--limit", "3", db=db, env=REF)
    hits = json.loads(result.stdout)
    assert "bucket limit 100" in hits[0]["snippet"], [h["snippet"] for h in hits]


def test_a_size_limit_counts_nothing():
    from studycli.lookup.features import counted_words

    assert counted_words("S3 bucket limit 100 per account (soft)") >= {"bucket"}
    assert counted_words("bucket limit: 100") == {"bucket"}
    assert counted_words("max object size limit 5 TB") == set()
    assert counted_words("timeout limit 15 min") == set()
    assert counted_words("ENI limit 2.5") == set()


def test_a_thing_limit_is_answered_only_by_a_line_saying_the_thing(tmp_path):
    # a last read: "sqs queue limit" answered the message size, "lambda function limit" the
    # execution timeout; neither line says the thing the limit is on
    _, db, _ = ingest_text(tmp_path, (
        "## SQS\n- max message size 256 KB\n\n## Lambda\n- max timeout 15 min\n"),
        columns="200")
    assert lookup_top(db, "sqs queue limit") == (1, [])
    assert lookup_top(db, "lambda function limit") == (1, [])


def test_a_closing_choice_alone_is_not_answered_by_one_side(tmp_path):
    # a last read: "sqs standard or fifo" answered a line that says only "standard"
    _, db, _ = ingest_text(tmp_path, (
        "## SQS\n- 120,000 inflight messages standard\n"), columns="200")
    assert lookup_top(db, "sqs standard or fifo") == (1, [])
