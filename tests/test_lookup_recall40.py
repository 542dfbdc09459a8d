"""Lookups the notes answer that lookup missed (session 40, recall40, issue 10): a practice
question bank's option that the bank's own key marks wrong ("A. 1536 MB" under "correct: B")
ranked first for the thing the question asks (lookup/choice_options.py).

Lambda's memory is 128 MB to 10,240 MB today (it was 3,008 MB until Dec 2020: the bank is
old, and `studycli check` says so); /tmp is 512 MB by default, up to 10,240 MB
(https://docs.aws.amazon.com/lambda/latest/dg/gettingstarted-limits.html). The lookups
below ask what the notes say, not what AWS says.
"""

from __future__ import annotations

import pytest

from studycli.lookup.choice_options import answer_key, marked_wrong, option_letter

from .helpers import first_value, lookup_values, notes_fixture

BANK = ("# Lambda practice bank\n\n"
        "2) Max memory you can give a Lambda function?\n"
        " A. 1536 MB\n B. 3008 MB\n C. 10,240 MB\n D. 512 MB\n"
        " my ans: C   correct: B\n"
        " Explanation: memory 128 MB - 3008 MB in 64 MB steps.\n\n"
        "3) Fn writes temp files, how much scratch space?\n"
        " A. /tmp 512 MB max\n B. /tmp 10 GB\n C. /var 250 MB\n D. none\n"
        " my ans: A   correct: A\n"
        " Explanation: /tmp ephemeral storage = 512 MB max, not shared between envs.\n")
bank = notes_fixture(BANK)


def test_an_option_the_key_marks_wrong_is_no_answer(bank):
    # "A. 1536 MB" ranked first for the maximum memory; "B. /tmp 10 GB" beside the right /tmp
    values = lookup_values(bank, "lambda max memory?")
    assert values and not any("1536" in v or "10,240" in v or "10240" in v for v in values)
    assert "3008" in first_value(bank, "lambda max memory?")
    assert not any("10 GB" in v for v in lookup_values(bank, "lambda /tmp size"))
    assert "512 MB" in first_value(bank, "lambda /tmp size")


UNKEYED = ("# Lambda\n\n## limits\n\n A. memory up to 10,240 MB\n B. timeout max 15 min\n")
unkeyed = notes_fixture(UNKEYED)


def test_an_option_with_no_key_under_it_is_kept(unkeyed):
    # an outline lettered A, B, C says its facts: nothing marks them wrong
    assert "10,240" in first_value(unkeyed, "lambda max memory").replace("10240", "10,240")


@pytest.mark.parametrize("line, letter", [
    ("A. 1536 MB", "A"), (" B) max 5 replicas", "B"), ("- (C) 7 days", "C"),
    ("**D.** none", "D"), ("a. trade fixed expense", None), ("Basics", None),
    ("A) 64 KB   B) 400 KB   C) 1 MB   D) 4 KB", None)])  # several options: the right one too
def test_option_letter(line, letter):
    assert option_letter(line) == letter


@pytest.mark.parametrize("below, key", [
    ([" C. 10 GB", " my ans: C   correct: B"], {"B"}),
    (["B) x", "Mine: A,C  Ans: A,C"], {"A", "C"}),
    (["[me: B]  [ans: B]"], {"B"}),
    (["", "My answer: A ❌ — Correct: **B**"], {"B"}),
    (["Correct answer: C"], {"C"}),
    (["My answer: B ✅"], None),                      # the student's pick is no key
    (["right: calling a path that doesn't exist"], None),
    (["Q5 - next question?", "Ans: D"], None),       # a key under the next question
    (["Answer: Because the limit is 10"], None)])
def test_answer_key(below, key):
    assert answer_key(below) == key


def test_marked_wrong():
    assert marked_wrong("A. 15 min", ["B. 1 hour", "[me: B]  [ans: B]"])
    assert not marked_wrong("B. 1 hour", ["[me: B]  [ans: B]"])
    assert not marked_wrong("A. Benefits of the cloud", ["  1. Six advantages"])


# SQS keeps messages 4 days by default, 1 minute to 14 days; Kinesis Data Streams 24 hours by
# default, up to 365 days (7 days was the maximum before extended retention's 365)
# (https://docs.aws.amazon.com/streams/latest/dev/kinesis-extended-retention.html).
GLOSSARY = ("# Messaging + streaming glossary (SQS, SNS, Kinesis)\n\n"
            "**SQS** — managed queue, pull based.\n"
            "  - retention default 4 days, min 1 min, max 14 days\n\n"
            "**Kinesis Data Streams (KDS)** — real time stream, shards.\n"
            "  - per shard: 1 MB/s in\n  - retention default 24 hours, max 7 days\n")
glossary = notes_fixture(GLOSSARY)


@pytest.mark.parametrize("query, value", [("sqs retention max", "14 days"),
                                          ("sqs retention default", "4 days")])
def test_a_tie_goes_to_the_block_of_the_service_asked(glossary, query, value):
    # the Kinesis item is filed under SQS too, and its figure ranked first by a hair
    assert first_value(glossary, query) == value


@pytest.mark.parametrize("lines, at, service", [
    ({1: "Remember: KDS retention default 24 hrs, max 7 days"}, 1, "Kinesis Data Streams"),
    # a service named after the figure is said in passing: the line is DynamoDB's
    ({1: "max item size is 400 KB, anything bigger -> S3 and store the key"}, 1, None),
    ({1: "**Amazon SQS** — queue", 2: "  - max msg size 256 KB (bigger -> S3, up to 2 GB)",
      3: "  - retention default 4 days, max 14 days"}, 3, "SQS"),  # the parent, not a sibling
    ({1: "# Kinesis", 2: "- retention default 24 hrs"}, 2, None),   # a heading ends the block
    ({1: "time 2h30. mood: kinesis is heavy", 2: "- Kinesis Data Streams: 1 MB/s IN",
      3: "- retention default 24 hrs, max 365 days"}, 3, "Kinesis Data Streams")])
def test_block_service(lines, at, service):
    from studycli.lookup.block_service import _block_service

    assert _block_service(lines, at) == service
