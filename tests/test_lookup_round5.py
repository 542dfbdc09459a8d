"""Answer-or-abstain mechanisms of issue 10, round two, each on a small note written for it:
a count asked is not answered by a number that counts something else, a size asked not by a
count, "code" before a noun is program code, durations written in words are durations, a
typo is repaired against the notes' lines, and further matches that answer come first."""

from __future__ import annotations

import pytest

from studycli.lookup import lookup
from studycli.lookup.lexicon import lexicon
from studycli.lookup.query import understand
from studycli.model import Kind
from studycli.store.db import connect
from tests.helpers import note_db

NOTE = """# Lambda

- Lambda /tmp 512 MB default, configurable up to 10 GB

- max 5 layers per function
- concurrency 1000 per region default (soft limit, raise via support)

# EventBridge

- rules: event pattern OR schedule (cron / rate). max 5 targets per rule
- scheduler: cron/rate, one time schedules too

# DynamoDB

- DDB 1 RCU = 1 strongly consistent read/s up to 4 KB (2 eventually consistent)

# SNS

SNS topics 100,000 per acct (s), subscriptions 12,500,000 per topic

# Secrets Manager

- Secrets Manager vs Parameter Store: Secrets Manager = auto rotation w/ lambda, \
$0.40/secret/month; Parameter Store = free standard tier, no native rotation

# IAM

A customer managed policy document can be at most 6,144 characters, and you can attach up to \
10 managed policies to a user or a role by default, that one you can ask to be raised to 20.

# KMS

For AWS managed keys rotation is automatic every three years and you cannot change that.

# VPC

- ✓ NAT gateway in a public subnet + route 0.0.0.0/0 -> NAT GW in private RT

# CloudWatch Logs

CloudWatch Logs retention is forever by default, never expire, and you can set it from one day \
up to ten years.

# EC2

EC2 basic monitoring sends metrics every five minutes, detailed monitoring every one minute.

# EBS

- why: gp3 baseline 3,000 IOPS and 125 MiB/s no matter the size.
"""


@pytest.fixture(scope="module")
def conn(tmp_path_factory):
    path = note_db(tmp_path_factory.mktemp("round5"), NOTE)
    c = connect(path, readonly=True).conn
    yield c
    c.close()


@pytest.mark.parametrize("query", [
    "lambda code storage per region",    # "code storage" is not ephemeral storage
    "eventbridge max event size",        # "5 targets" counts targets: no size
    "secrets manager max secret size",   # "$0.40/secret/month" is a price
    "max iam roles per account",         # the sentence before "20" labels no role count
    "kms max keys per region",           # "every three years" counts no keys
    "max subnets per vpc",               # "0.0.0.0/0" is an address, not a count
    "eventbridge scheduler max schedules per account",  # "one time" counts nothing
    "dynamodb max rcu per partition",    # says nothing of partitions
    "max provisioned concurrency per function",  # "5 layers" counts no executions
])
def test_a_number_of_another_kind_does_not_answer(conn, query):
    result = lookup(conn, query, limit=3)
    assert result.hits == [], [h["value"] for h in result.hits]


@pytest.mark.parametrize("query, said", [
    ("cloudwatch logs default retention", "forever"),
    ("ec2 detailed monitoring interval", "1 minute"),  # "one minute": read as 1 (number_words)
    ("gp3 basline iops", "3000"),
    ("sns topics per account limit", "100000"),  # the note writes "acct"
])
def test_answers_written_in_words_or_behind_a_typo(conn, query, said):
    result = lookup(conn, query, limit=3)
    assert result.hits, f"abstained on {query!r}"
    assert said in result.hits[0]["value"].replace(",", "")


def test_a_typo_is_repaired_against_the_words_of_the_lines(conn):
    from studycli.lookup.word_repair import written_fix

    assert written_fix(conn, "configurble") == "configurable"  # in no fact's name
    assert written_fix(conn, "zzzzzzzz") is None


def test_code_before_a_noun_asks_no_error_code():
    lex = lexicon()
    assert Kind.ERROR_CODE not in understand("lambda code storage per region", lex).kinds
    assert Kind.ERROR_CODE in understand("lambda error code for throttling", lex).kinds
    assert Kind.ERROR_CODE in understand("kinesis throttling code", lex).kinds


def test_further_matches_that_answer_come_before_those_that_do_not():
    from studycli.lookup import choose

    ranked = [{"answer": 0.9, "id": 1}, {"answer": 0.1, "id": 2}, {"answer": 0.7, "id": 3}]
    assert [h["id"] for h in choose(ranked, 0.6, 3)] == [1, 3, 2]
    assert choose([{"answer": 0.1}], 0.6, 3) == []


def test_the_search_looks_for_the_short_forms_notes_write():
    words = understand("sns topics per account limit", lexicon()).search_words
    assert "account" in words and "acct" in words


def test_a_number_past_a_limit_asks_what_happens_there():
    lex = lexicon()
    beyond = understand("sqs message bigger than 256kb", lex)
    assert beyond.concept and not beyond.numbers
    plain = understand("sqs message size 256kb", lex)
    assert not plain.concept and plain.numbers
