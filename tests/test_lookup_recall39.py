"""Lookups the notes answer that lookup missed (session 39, recall39, issue 10): a French
note's "défaut 4 j, min 1 mn, max 14 j" is not answered (French "j", "mn" and "défaut" are
not read in every note: "1 mn" is an English million), and no other figure is; a special
case's bound past a service's own limit ("Extended Client Library ... up to 2 GB" beside
"SQS msg? 256KB"); a journal line asking the state a yes/no question asks ("nacl
stateful?? I said yes") over the line saying it.

SQS keeps a message 4 days by default, from 1 minute to 14 days; a message was at most 256
KB until Aug 2025 (now 1 MiB: data/reference/sqs.toml), and the Extended Client Library
stores larger payloads (up to 2 GB) in S3
(https://docs.aws.amazon.com/AWSSimpleQueueService/latest/SQSDeveloperGuide/quotas-messages.html).
Network ACLs are stateless, security groups stateful
(https://docs.aws.amazon.com/vpc/latest/userguide/infrastructure-security.html).
"""

from __future__ import annotations

import pytest

from studycli.note_numbers import numbers_with_units

from .helpers import first_value, lookup_values, notes_fixture

FRENCH = ("# SQS\n\n## Standard\n\n- retention : défaut 4 j, min 1 mn, max 14 j\n"
          "- DLQ : penser à mettre 14 j\n\n# Kinesis\n\n- shard : 1 Mo/s en entrée\n")
french = notes_fixture(FRENCH)


def test_mn_and_j_are_no_units_in_every_note():
    # "mn" is English shorthand for million and "j" no unit an English note writes: read as
    # minutes and days in every note, "1 mn requests" became a duration of 60 s
    assert numbers_with_units("free tier: 1 mn requests per month") == [(1.0, None, "1")]
    assert numbers_with_units("DAU 2 mn users, 4 j") == [(2.0, None, "2"), (4.0, None, "4")]
    assert numbers_with_units("1 Mo/s")[0][1] == "B/s"  # a rate, as "1 MB/s" is
    assert numbers_with_units("3 json, 2 jobs, 5 mnt") == [
        (3.0, None, "3"), (2.0, None, "2"), (5.0, None, "5")]  # words, no units


MILLION = ("# Lambda\n\n- free tier: 1 mn requests per month + 400,000 GB-seconds\n"
           "- max timeout 15 min\n")
million = notes_fixture(MILLION)


def test_a_million_is_no_duration(million):
    # "1 mn requests" read as 60 s answered a duration asked of the free tier
    assert not any("1 mn" in v for v in lookup_values(million, "lambda free tier duration"))
    assert first_value(million, "lambda max timeout") == "15 min"


@pytest.mark.parametrize("query", ["sqs retention max", "sqs default retention"])
def test_a_french_line_gives_no_wrong_figure(french, query):
    # "4 j", "1 mn" and "défaut" are not read in every note (they were, and "1 mn" is an
    # English million): the French line is not answered yet, and nothing else is instead
    assert all("14 j" in v or "4 j" in v for v in lookup_values(french, query))


EXTENDED = ("# SQS\n\n- 👉 SQS msg? 256KB. Done.\n"
            "- 👉 bigger payload -> use the Extended Client Library + S3 (up to 2GB)\n")
extended = notes_fixture(EXTENDED)


def test_a_way_past_the_limit_is_not_the_limit(extended):
    # "2 GB" (the Extended Client's, read as a max) came first for the queue's own limit
    assert first_value(extended, "sqs max msg size") == "256 KB"
    # asked by its name, the special case still answers
    assert first_value(extended, "sqs extended client max message size") == "2 GB"


VISIBILITY = ("# SQS\n\n- visibility timeout default 30 s\n"
              "- FIFO queue: visibility timeout up to 12 hours\n")
visibility = notes_fixture(VISIBILITY)


def test_a_default_is_no_limit_a_special_case_passes(visibility):
    # a bare figure said to be a default is what a special case's bound may raise: the
    # bound keeps its place
    assert first_value(visibility, "sqs max visibility timeout") == "12 h"


JOURNAL = ("# VPC\n\n## networking error journal\n\n"
           "Q2 (whizlabs #3) - WRONG - nacl stateful?? I said yes\n"
           "  SG = STATEFUL, allow rules only, instance level\n"
           "  NACL = STATELESS, allow + deny, subnet level\n")
journal = notes_fixture(JOURNAL)


def test_a_line_asking_the_state_is_no_answer(journal):
    # the journal's question line came first: it says "stateful" only to ask it
    assert "STATELESS" in first_value(journal, "nacl stateful?")
    assert "STATEFUL" in first_value(journal, "sg stateful?")


BACKUPS = ("# RDS\n\n- auto backups: retention default 7 days (console), 0 = disabled, max 35"
           " days. manual snapshots kept forever\n")
backups = notes_fixture(BACKUPS)


SIDES = ("# VPC\n\n- SGs per ENI -> 5 default (max 16), inbound rules per SG -> 50, outbound 50\n"
         "\n# Step Functions\n\n- Step Functions: standard (exactly once, 1 yr) vs express "
         "(at least once async / at most once sync, 5 min)\n")
sides = notes_fixture(SIDES)


LABELS = ("# Kinesis Data Streams\n\n- shard write: 1 MB/s, 1000 records/s\n"
          "- shard read: 2 MB/s, 5 GetRecords calls/s\n\n# Lambda\n\n"
          "- async invocation: 2 retries, max event age 6 h\n")
labels = notes_fixture(LABELS)


def test_a_label_is_the_side_of_every_figure_after_it(labels):
    # read per clause, "1000 records/s" lost its "write" label and answered the read side;
    # "max event age 6 h" lost "async" and answered the sync side
    assert "shard read" in first_value(labels, "kinesis shard read records per second")
    assert not any("6 h" in v or "event age" in v
                   for v in lookup_values(labels, "lambda sync max event age"))


TRAILING = ("# Lambda\n\n- payload 256 KB. async invocations\n- retries: 2. applies to async\n"
            "- max event age: 6 hours. async only\n")
trailing = notes_fixture(TRAILING)


def test_a_short_sentence_after_the_figure_still_says_its_side(trailing):
    # a fix review (recall39): with every sentence after the last figure left out, "async
    # only" said no side and the async figures answered the sync questions
    for query in ("lambda sync payload size", "lambda sync invocation retries",
                  "lambda sync max event age"):
        assert not lookup_values(trailing, query), query
    assert "256 KB" in first_value(trailing, "lambda async payload size")


def test_a_bare_figure_is_of_the_side_its_label_says(sides):
    # "-> 50" is the inbound rules' figure, labelled by the clause before it
    assert "50" in first_value(sides, "security group inbound rules limit")
    # no quantity asked: a statement answers in words, whichever clause holds a figure
    assert "at most once sync" in first_value(sides, "step functions express delivery sync")


EXPRESS = ("# Step Functions\n\n- Express : max 5 mn, at-least-once (async) / at-most-once "
           "(sync)\n- Standard : max 1 an\n\n# RDS\n\n- automated backups: 1-35 days\n\n"
           "# CloudTrail\n\n- event history = 90 days\n")
express = notes_fixture(EXPRESS)


def test_how_long_a_workflow_runs_is_no_retention(express):
    # "5 mn" is no duration read in every note: the line answers no retention
    assert lookup_values(express, "step functions express history retention") == []


@pytest.mark.parametrize("query, value", [("rds automated backup retention", "35 days"),
                                          ("cloudtrail event history retention", "90 days")])
def test_a_line_naming_what_is_kept_is_a_retention(express, query, value):
    # no word of keeping, but backups and history are what is kept: a retention asked
    assert value in first_value(express, query)
