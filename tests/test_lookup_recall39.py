"""Lookups the notes answer that lookup missed (session 39, recall39, issue 10): a French
note's days and minutes ("défaut 4 j, min 1 mn, max 14 j") and its "défaut"; a special
case's bound past a service's own limit ("Extended Client Library ... up to 2 GB" beside
"SQS msg? 256KB"); a journal line asking the state a yes/no question asks ("nacl
stateful?? I said yes") over the line saying it.

SQS keeps a message 4 days by default, from 1 minute to 14 days; a message is at most 256
KB, and the Extended Client Library stores larger payloads (up to 2 GB) in S3
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


def test_french_days_and_minutes_are_durations():
    # "j" (jour) and "mn" (minute) were read as bare numbers: no duration asked was found
    assert numbers_with_units("défaut 4 j, min 1 mn") == [(4 * 86400.0, "s", "4 j"),
                                                          (60.0, "s", "1 mn")]
    assert numbers_with_units("1 Mo/s")[0][1] == "B/s"  # a rate, as "1 MB/s" is
    assert numbers_with_units("3 json, 2 jobs, 5 mnt") == [
        (3.0, None, "3"), (2.0, None, "2"), (5.0, None, "5")]  # words, no units


@pytest.mark.parametrize("query", ["sqs retention max", "sqs default retention"])
def test_a_french_line_answers_a_retention(french, query):
    # abstained: no duration read in "14 j", and "défaut" read as no default
    assert first_value(french, query) == "retention : défaut 4 j, min 1 mn, max 14 j"


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


def test_a_side_said_away_from_the_figures_is_not_theirs(backups):
    # "manual" in the last sentence, which states no figure, made the line and its 35 days
    # the manual side's: "automated" asked, the lookup abstained
    assert first_value(backups, "rds automated backup retention max days") == "35 days"


SIDES = ("# VPC\n\n- SGs per ENI -> 5 default (max 16), inbound rules per SG -> 50, outbound 50\n"
         "\n# Step Functions\n\n- Step Functions: standard (exactly once, 1 yr) vs express "
         "(at least once async / at most once sync, 5 min)\n")
sides = notes_fixture(SIDES)


def test_a_bare_figure_is_of_the_side_its_label_says(sides):
    # "-> 50" is the inbound rules' figure, labelled by the clause before it
    assert "50" in first_value(sides, "security group inbound rules limit")
    # no quantity asked: a statement answers in words, whichever clause holds a figure
    assert "at most once sync" in first_value(sides, "step functions express delivery sync")


EXPRESS = ("# Step Functions\n\n- Express : max 5 mn, at-least-once (async) / at-most-once "
           "(sync)\n- Standard : max 1 an\n")
express = notes_fixture(EXPRESS)


def test_a_duration_that_keeps_nothing_is_no_retention(express):
    # "5 mn" now read as a duration: how long an Express workflow runs is no retention
    assert lookup_values(express, "step functions express history retention") == []
    assert first_value(express, "step functions express max duration").startswith("Express")
