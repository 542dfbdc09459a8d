"""Lookups the notes answer that lookup missed (session 38, recall38, issue 10): a count of a
name of several words a note writes by its initials ("max 5 SG per ENI", "Max SG per ENI:
5"), a scope of several words asked ("per security group": the note's "per SG"), and the
plural of a name's initials typed ("eips", "igws").

A network interface has up to 5 security groups and a security group up to 60 inbound rules
by default; a Region has 5 Elastic IP addresses and a VPC one internet gateway
(https://docs.aws.amazon.com/vpc/latest/userguide/amazon-vpc-limits.html).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from studycli.lookup.core import lexicon, understand

from .helpers import first_value, lookup_values, notes_conn


@pytest.mark.parametrize("line, value", [
    ("- max 5 SG per ENI", "max 5 SG per ENI"),  # unseen124: abstained (the max read as
    # bounding another thing: "SG" was not read as the security groups counted)
    ("- Max SG per ENI: **5**", "Max SG per ENI: 5"),  # unseen126: abstained (the label's
    # "SG" counted nothing asked)
])
def test_a_count_written_by_initials_answers_the_name_typed_whole(tmp_path, line, value):
    conn = notes_conn(tmp_path, f"# VPC\n\n{line}\n")
    assert first_value(conn, "how many security groups per eni") == value
    assert first_value(conn, "max security groups per eni") == value


def test_a_scope_of_several_words_is_said_by_its_initials(tmp_path):
    # "per security group" asks per the whole name: "per SG" says it (it was read as "per
    # security", which no "per SG" says: the line was refused as per another thing)
    conn = notes_conn(tmp_path, "# VPC\n\n- 60 inbound rules per SG\n")
    assert first_value(conn, "max inbound rules per security group") == "60 inbound rules"
    q = understand("max inbound rules per security group", lexicon())
    assert {"secur", "group"} <= q.denominators or {"security", "group"} <= q.denominators


def test_another_scope_stays_another(tmp_path):
    # the whole name is what is asked per: a count per another thing still answers nothing
    conn = notes_conn(tmp_path, "# VPC\n\n- 60 inbound rules per SG\n")
    assert lookup_values(conn, "max inbound rules per network acl") == []


NOTE = ("# VPC\n\n- Elastic IPs: 5 per region (soft limit)\n"
        "- one internet gateway per VPC\n")


@pytest.mark.parametrize("query, value", [
    ("max eips per region", "Elastic IPs: 5 per region (soft limit)"),
    ("how many eips per region", "Elastic IPs: 5 per region (soft limit)"),
    ("how many igws per vpc", "one internet gateway per VPC"),
])
def test_initials_typed_in_the_plural_name_the_thing(tmp_path, query, value):
    # "eips", "igws": the plural of a name's initials (abstained: the word was unknown)
    conn = notes_conn(tmp_path, NOTE)
    assert first_value(conn, query) == value


def test_plurals_are_made_for_initials_only():
    lex = lexicon()
    assert lex.abbreviations[("eips",)] == lex.abbreviations[("eip",)]
    assert ("msgss",) not in lex.abbreviations  # no plural of a plural
    from studycli.lookup.lexicon import _with_plurals

    # (review: the check of "mins" on the data passed whatever the rule did) a word short
    # for one word gets no plural made; the initials of a name of several words do
    assert _with_plurals({("min",): [("minute",)]}) == {("min",): [("minute",)]}
    assert _with_plurals({("igw",): [("internet", "gateway")]})[("igws",)] == [
        ("internet", "gateway")]
    assert ("igwss",) not in _with_plurals({("igws",): [("internet", "gateway")]})


def test_a_bound_whose_noun_is_left_to_the_words_before(tmp_path):
    # "up to 5 secondary" bounds secondary regions, the noun said before it (unseen92, 106,
    # 126: abstained, the maximum read as bounding another thing)
    conn = notes_conn(tmp_path, "# Aurora\n\n- Global Database: 1 primary region + up to 5"
                      " secondary, replication lag < 1 sec\n")
    value = first_value(conn, "aurora global database how many secondary regions")
    assert value.startswith("Global Database: 1 primary region + up to 5 secondary")


def test_a_bound_naming_its_own_noun_counts_that_noun(tmp_path):
    # the word typed before the noun counts only alone: "5 secondary indexes" are indexes
    conn = notes_conn(tmp_path, "# DynamoDB\n\n- Global tables: 1 primary region, up to 5"
                      " secondary indexes each\n")
    assert lookup_values(conn, "dynamodb how many secondary regions max") == []


SG_NACL = ("# VPC\n\n- SG is stateful: return traffic allowed automatically\n"
           "- NACL is stateless: must allow return traffic (ephemeral ports)\n")


@pytest.mark.parametrize("query", ["nacl stateful?", "is nacl stateful", "is nacl stateful?"])
def test_a_yes_no_question_is_answered_by_the_opposite_word(tmp_path, query):
    # unseen124, 127 ("nacl stateful?": the SG's line first, or nothing), unseen92
    conn = notes_conn(tmp_path, SG_NACL)
    assert first_value(conn, query).startswith("NACL is stateless")


@pytest.mark.parametrize("query", ["nacl stateful?", "is nacl stateful"])
def test_a_yes_no_question_is_answered_by_the_plural_of_the_thing_asked(tmp_path, query):
    # fix review of recall38: "NACLs" names the "nacl" asked as "NACL" does
    conn = notes_conn(tmp_path, "# VPC\n\n- NACLs = stateless (need ephemeral ports outbound)\n"
                      "- security groups = stateful\n")
    assert first_value(conn, query).startswith("NACLs = stateless")


NET = ("## VPC, Subnets, NACL\n\n- SGs = stateful\n- SGs per ENI max 5 (default), up to 16\n"
       "- SGs per VPC 2,500\n")


@pytest.mark.parametrize("query", ["security group stateful?", "security groups stateless?"])
def test_a_yes_no_question_is_answered_by_a_line_saying_the_state(tmp_path, query):
    # last read of session 38: a count line ("SGs per ENI max 5") matched the words typed
    # and was given as the answer; the name's initials ("SGs") name what is asked
    conn = notes_conn(tmp_path, NET)
    assert first_value(conn, query) == "SGs = stateful"


def test_a_name_space_said_global_answers_no_regional_question(tmp_path):
    # final read of session 38: an S3 bucket is in one Region, its name space is global
    conn = notes_conn(tmp_path, "# S3\n\n- bucket names are global (unique across all accounts)\n")
    assert lookup_values(conn, "are s3 buckets regional?") == []


def test_a_line_saying_neither_state_is_no_answer_to_a_yes_no_question(tmp_path):
    conn = notes_conn(tmp_path, "# VPC\n\n- SGs per ENI max 5 (default), up to 16\n"
                      "- SGs per VPC 2,500\n")
    assert lookup_values(conn, "are security groups stateful?") == []


def test_a_yes_no_question_on_notes_saying_neither_word_answers_nothing(tmp_path):
    conn = notes_conn(tmp_path, "# VPC\n\n- NACL: rules evaluated lowest number first\n")
    assert lookup_values(conn, "is nacl stateful") == []


# Review of recall38: the opposite word of another thing must not beat the typed word of
# the asked thing (sync/async and push/pull are no states; "can" asks a possibility).
@pytest.mark.parametrize("note, query, value", [
    ("# Lambda\n\n- async invoke returns 202\n\n# ELB\n\n"
     "- ALB Lambda target invoked synchronously\n", "is lambda async?", "async invoke returns 202"),
    ("# Lambda\n\n- async invoke returns 202\n\n# ELB\n\n"
     "- ALB Lambda target invoked synchronously\n", "lambda async?", "async invoke returns 202"),
    ("# SQS\n\n- consumers poll (pull based)\n- SNS pushes to SQS subscriptions\n",
     "does sqs pull?", "consumers poll (pull based)"),
    ("# RDS\n\n- RDS in private subnet, no internet access\n"
     "- make RDS public: set Publicly accessible = Yes and use a public subnet\n",
     "can rds be public?", "make RDS public"),
    ("# S3\n\n- new buckets are private by default\n"
     "- to make a bucket public: turn off Block Public Access and add a bucket policy\n",
     "s3 bucket public?", "make a bucket public"),
])
def test_a_yes_no_question_the_typed_word_answers_keeps_that_answer(tmp_path, note, query,
                                                                     value):
    conn = notes_conn(tmp_path, note)
    assert value in first_value(conn, query)


@pytest.mark.parametrize("text, read", [
    ("nacl stateful?", "nacl stateful or stateless"),
    ("is nacl stateful", "is nacl stateful or stateless"),
    ("nacl stateful", "nacl stateful"),  # no question: as typed
    ("is nacl stateful or stateless", "is nacl stateful or stateless"),  # a choice already
    ("sg vs nacl stateful?", "sg vs nacl stateful?"),  # a comparison
    ("is the bucket public?", "is the bucket public or private"),
    ("lambda async?", "lambda async?"),  # a service offers both: no state
    ("does sqs pull?", "does sqs pull?"),
])
def test_as_choice(text, read):
    from studycli.lookup.yes_no import as_choice

    assert as_choice(text) == read


S3_CODES = ("# S3\n\n- error 403 AccessDenied / 404 NoSuchKey / 503 SlowDown (throttling!!)\n"
            "- 301 PermanentRedirect = wrong region endpoint\n")


def test_a_redirect_status_typed_beside_error_is_the_code_asked(tmp_path):
    # unseen129: "s3 301 error" ranked the 403/404/503 codes first (301 read as a number,
    # any error code then an answer)
    conn = notes_conn(tmp_path, S3_CODES)
    assert "PermanentRedirect" in first_value(conn, "s3 301 error")
    # (review: the case above answers without the change on this small note; this one
    # gave "403: AccessDenied" first)
    assert "PermanentRedirect" in first_value(conn, "s3 301 status code")


def test_a_status_code_the_notes_do_not_give_is_no_answer(tmp_path):
    conn = notes_conn(tmp_path, "# S3\n\n- error 403 AccessDenied / 404 NoSuchKey\n")
    assert lookup_values(conn, "s3 301 error") == []


def test_statuses_typed():
    from studycli.lookup.status_typed import statuses_typed

    assert statuses_typed(["s3", "301", "error"]) == {"301"}
    assert statuses_typed(["lambda", "202", "status", "code"]) == {"202"}
    assert statuses_typed(["sqs", "200", "messages"]) == frozenset()  # a count
    assert statuses_typed(["ebs", "300", "error"]) == frozenset()  # no status AWS gives
    # "http" and "response" are no word of codes ("cloudfront 304 response" still finds no
    # code line: read no status from them rather than promise one)
    assert statuses_typed(["cloudfront", "304", "http"]) == frozenset()
    assert statuses_typed(["cloudfront", "304", "response"]) == frozenset()


@pytest.mark.parametrize("note, query, value", [
    # unseen98, 107: "repo" typed, the note's "repository"
    ("# ECR\n\n- Max images per repository: 10,000\n", "ecr max images per repo",
     "10,000 images"),
    # unseen107: "mgmt" typed, the note's "management account"
    ("# Organizations\n\n- SCPs don't apply to the management account\n",
     "do scps apply to mgmt account", "SCPs don't apply to the management account"),
    # (review: "do scps apply to mgmt account" answered without the shorthand too; these
    # were Not in your notes)
    ("# Organizations\n\n- SCPs don't apply to the management account\n", "mgmt account scp",
     "SCPs don't apply to the management account"),
    ("# ELB\n\n- Deregistration delay: 300 seconds by default (0-3600 s)\n",
     "dereg delay default", "300 s"),
    # unseen125: a note's "doc" for the query's "document"
    ("# X-Ray\n\n- segment doc max 64 KB\n", "x-ray segment document max size", "64 KB"),
])
def test_a_students_shorthand_is_the_word_in_full(tmp_path, note, query, value):
    conn = notes_conn(tmp_path, note)
    assert first_value(conn, query) == value


DATA = Path(__file__).parent / "data"


def _folder_conn(tmp_path, folder: Path):
    """A connection to a development set's notes folder ingested whole (the misses below
    show only with every note of the set: its other lines decide which words are common)."""
    from studycli.ingest import ingest_paths
    from studycli.store.db import connect

    db = connect(tmp_path / "facts.db")
    ingest_paths(db, [folder])
    db.conn.close()
    return connect(tmp_path / "facts.db", readonly=True).conn


@pytest.mark.parametrize("folder, query", [
    # unseen127: "sec" left unsaid by "req/s" (abstained)
    ("unseen127_notes", "s3 get req per sec per prefix"),
    # unseen119: "req/s" typed, "per sec" written (the right line ranked third)
    ("unseen119_notes", "s3 GET req/s per prefix"),
])
def test_a_time_unit_a_rate_is_per_is_said_by_the_rate(tmp_path, folder, query):
    values = lookup_values(_folder_conn(tmp_path, DATA / folder), query)
    assert values and ("5,500" in values[0] or "5500" in values[0]), values


def test_a_rate_typed_per_second_is_said_by_per_sec(tmp_path):
    # (review: the cases above ingest whole development folders) "req/s" typed, "per sec"
    # written: Not in your notes before
    conn = notes_conn(tmp_path, "# S3\n\n- 5500 GET/HEAD per sec per prefix\n"
                                "- 3500 PUT per sec per prefix\n- 503 SlowDown throttling\n")
    values = lookup_values(conn, "s3 GET req/s per prefix")
    assert values and values[0].startswith("5500 GET/HEAD"), values


def test_a_rate_per_another_unit_says_no_time_unit():
    from studycli.lookup.rate_said import rate_said, time_unit_of

    assert time_unit_of(["sec"]) == "s" and time_unit_of(["min"]) == "min"
    assert time_unit_of(["prefix"]) is None
    assert rate_said("5,500 req/s", "s") and rate_said("3000 TPS", "s")
    assert not rate_said("100 req/5min", "s") and not rate_said("5,500 req/s", "min")
    assert not rate_said("timeout 30 sec", "s")  # a duration, no rate
