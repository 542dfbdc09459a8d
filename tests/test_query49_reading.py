"""Session 49 (query49): how a lookup typed as a question is read.

A measure asked by its unit ("how many days does sqs keep messages", "how many kb") asks that
unit's dimension, stated in any of its units ("how many gb": "10,240 MB"), no count, and a
qualifier typed beside it is the one asked (lookup/unit_asked.py); "how many times does
lambda retry" counts retries or attempts too, not what a bare count of another thing counts;
a possessive ("sqs's", "sqs’s") is the word it is of (lookup/possessive.py); and a verb a
quantity is asked by ("hold", "stay"; not "survive", "remain") need not be said by the line
stating it (lookup/measure_verbs.py); a percent sign typed alone ("availability %") asks a
share, as "percent" does (lookup/unit_asked.py).
"""

from __future__ import annotations

import pytest

from studycli.lookup.core import lexicon
from studycli.lookup.possessive import without_possessives
from studycli.lookup.query import understand
from studycli.lookup.unit_asked import percent_spelled, unit_after_how
from tests.helpers import lookup_values, notes_fixture

NOTES = """# Lambda

- timeout default 3 seconds, max 15 minutes
- /tmp ephemeral storage 512 MB default, up to 10 GB
- async invocation: on error Lambda retries 2 more times (3 attempts in all)
- max 5 layers per function

# SQS

- max message size 256 KB
- retention default 4 days, max 14 days

# IAM

- a user can be in 10 groups max
- 5000 users per account

# EC2

- hibernate: RAM under 150 GB, root volume EBS encrypted, up to 60 days

# S3

- free tier: 5 GB Standard for 12 months
- Intelligent-Tiering: objects under 128 KB are not monitored

# DynamoDB

- 1 RCU = 1 strongly consistent read per second for an item up to 4 KB
- max item size 400 KB
"""

notes = notes_fixture(NOTES)


def test_a_measure_asked_by_its_unit(notes):
    # read as a count of days, "4 days" was of another shape than asked, and the line
    # giving both figures came first
    assert lookup_values(notes, "how many days does sqs keep messages by default")[0] == "4 days"
    values = lookup_values(notes, "1 rcu strongly consistent read covers how many kb")
    assert values and "4 KB" in values[0]  # was abstained


def test_how_many_unit_asks_no_count_and_keeps_the_qualifier_typed():
    q = understand("how many seconds is the lambda default timeout", lexicon())
    assert q.dimensions == {"s"}  # no count
    assert q.qualifier == "default"  # typed, before the maximum "how many" reads as
    assert not q.counted  # no thing counted
    assert {"second", "minut", "ms", "day"} <= q.unit_words  # stated in any duration
    q = understand("how many layers can a lambda have", lexicon())  # no unit: a count
    assert "count" in q.dimensions and q.qualifier == "max"


@pytest.mark.parametrize("tokens, found", [
    (["how", "many", "days"], (0, "s")),
    (["1", "rcu", "how", "many", "kb"], (2, "B")),
    (["how", "much", "percent"], (0, "%")),
    (["how", "many", "iops"], None),  # a unit that counts things of its own
    (["how", "many", "layers"], None),
])
def test_unit_after_how(tokens, found):
    assert unit_after_how(tokens) == found


def test_how_many_times_counts_what_occurs(notes):
    q = understand("how many times does lambda retry async events", lexicon())
    assert {"retri", "attempt"} <= q.counted  # "2 retries", "3 attempts" count it
    values = lookup_values(notes, "how many times does lambda retry async events")
    assert values and "2" in values[0]


@pytest.mark.parametrize("text, read", [
    ("sqs's max message size", "sqs max message size"),
    ("lambda’s max memory", "lambda max memory"),
    ("what's lambda's max timeout", "what's lambda max timeout"),
    ("it's", "it's"),
    ("the queue's retention", "the queue retention"),
])
def test_possessives_dropped(text, read):
    assert without_possessives(text) == read


@pytest.mark.parametrize("query, said", [
    ("sqs's max message size", "256"),
    ("sqs’s max message size", "256"),
])
def test_a_possessive_names_its_service(notes, query, said):
    values = lookup_values(notes, query)
    assert values and said in values[0]


@pytest.mark.parametrize("query, said", [
    ("how many gb can lambda tmp hold", "10"),
    ("how long can an instance stay hibernated", "60"),
])
def test_a_verb_the_quantity_is_asked_by_need_not_be_said(notes, query, said):
    values = lookup_values(notes, query)
    assert values and said in values[0]


def test_a_unit_asked_asks_its_dimension_not_its_word():
    # the unit typed says the dimension asked (a duration), no count of days; the unit word
    # is no word the line must say: "10,240 MB" answers "how many gb", "16 TiB" "how many tb"
    q = understand("intelligent tiering archive access tier after how many days", lexicon())
    assert q.dimensions == {"s"} and "count" not in q.dimensions
    assert {"day", "month", "yr"} <= q.unit_words  # any unit of a duration, not "days" alone
    assert {"mb", "tib", "gb"} <= understand("how many gb of memory can lambda have",
                                             lexicon()).unit_words


unit_notes = notes_fixture("""# Lambda

- memory 128 MB - 10240 MB

# EBS

- io2 volume size up to 16 TiB

# Savings Plans

- Savings plan 1 or 3 yr term

# S3

- max object size 5TB, single PUT up to 5 GB

# CloudFront

- max file size served 30 GB
""")


@pytest.mark.parametrize("query, first", [
    ("how many gb of memory can lambda have", "10,240 MB"),  # abstained: "gb" unsaid
    ("how many tb io2 volume", "16 TiB"),
    ("how many gb io2 volume max", "16 TiB"),
    ("how many gb is the max s3 object", "5 TB"),  # CloudFront's 30 GB came second
])
def test_a_unit_asked_is_answered_in_another_unit_of_its_dimension(unit_notes, query, first):
    values = lookup_values(unit_notes, query)
    assert values and values[0] == first
    assert not any("30 GB" in v for v in values[:2])  # no other service's figure


def test_a_unit_asked_is_answered_by_its_short_spelling(unit_notes):
    values = lookup_values(unit_notes, "how many years savings plan term")
    assert values and "3 yr" in values[0]  # abstained: "years" unsaid by "yr"


verb_notes = notes_fixture("""# Aurora

- Aurora storage: 6 copies across 3 AZs, 128 TiB max

# CloudWatch Logs

- CloudWatch Logs retention: never expire by default
""")


def test_a_verb_that_is_the_relation_asked_stays_a_topic_word(verb_notes):
    # "survive" asks a tolerance: the 3 AZs storage spans is no answer ("3 AZs" was given)
    assert lookup_values(verb_notes, "how many azs can aurora survive") == []
    # "remain" left weak, the retention line was refused
    values = lookup_values(verb_notes, "how long do cloudwatch logs remain by default")
    assert values and "never expire" in values[0]


percent_notes = notes_fixture("""# S3

- Standard-IA: min storage 30 days, min billable object size 128 KB
- One Zone-IA availability 99.5%
- Glacier Instant Retrieval: min storage 90 days, millisecond retrieval
""")


@pytest.mark.parametrize("text, read", [
    ("s3 standard-ia availability %", ("s3 standard-ia availability percent ", 1)),
    ("business support % of monthly spend", ("business support percent  of monthly spend", 1)),
    ("x-ray sampling 5% default", ("x-ray sampling 5% default", 0)),  # a number's unit
])
def test_percent_sign_spelled(text, read):
    assert percent_spelled(text) == read


def test_a_percent_sign_asks_a_share(percent_notes):
    # the sign was dropped: a line of the class giving another figure answered
    assert lookup_values(percent_notes, "s3 standard-ia availability %") == []
    assert lookup_values(percent_notes, "glacier instant retrieval availability %") == []
    assert lookup_values(percent_notes, "one zone-ia availability %")[0] == "99.5%"
