"""A value a later line of the same note corrects ("8 hours, not 2 hours like I wrote in v2",
"= 500 (v1 said 200)") is not the first answer: the student reads the value the note settled
on (session 19's changelog note, tests/data/unseen57_notes, answered the values its "Fixed"
entries had corrected)."""

from __future__ import annotations

import pytest

from tests.helpers import first_value, notes_conn

CHANGELOG = """# Changelog - CodeBuild notes

## v3

- CodeBuild max build timeout is **8 hours**, not 2 hours like I wrote in v2. default 60 min.

## v2

- CodeBuild max build timeout 2 hours
"""

ONLY_DENIES = """# Lambda

- Lambda max timeout 15 min
- Lambda is not for jobs over 15 min (no other number here)
"""


def test_the_corrected_value_gives_way_to_the_correction(tmp_path):
    conn = notes_conn(tmp_path, CHANGELOG)
    assert first_value(conn, "codebuild max build timeout") == "8 h"


def test_a_line_that_only_denies_corrects_nothing(tmp_path):
    conn = notes_conn(tmp_path, ONLY_DENIES)
    assert first_value(conn, "lambda max timeout") == "15 min"


# "X, not Y (that's Z)", "not Y like SQS", "rather than Y": the denied value is another
# thing's, and right; a line about another key ("event age", the async payload) corrects
# nothing of this one's; "must not exceed" denies nothing
CONTRASTS = [
    ("# S3\n- S3 Glacier Flexible min storage duration 90 days\n- S3 Standard-IA min storage "
     "duration 30 days, not 90 days (that's Glacier Flexible)\n",
     "glacier flexible minimum storage duration", "90 days"),
    ("# Queues\n- SQS message retention default 4 days, max 14 days\n- Kinesis retention max "
     "365 days, not 14 days like SQS\n", "sqs max retention", "14 days"),
    ("# SQS\n- SQS FIFO throughput 300 msg/s\n- FIFO: 3,000 msg/s with batching, rather than "
     "300\n", "sqs fifo throughput", "300 messages/s"),
    ("# Lambda\n- Lambda sync invocation payload max 6 MB\n- Lambda async payload max 256 KB "
     "(was 6 MB? no - that's sync)\n", "lambda sync payload max", "6 MB"),
    ("# Lambda\n- Lambda default timeout 3 s, max timeout 15 min\n- async invoke: event age max "
     "6 hours, not 15 min\n", "lambda max timeout", "15 min"),
]


@pytest.mark.parametrize(("note", "query", "answer"), CONTRASTS)
def test_a_contrast_or_another_keys_denial_corrects_nothing(tmp_path, note, query, answer):
    conn = notes_conn(tmp_path, note)
    assert first_value(conn, query) == answer


def test_must_not_denies_nothing(tmp_path):
    # "must not exceed 256 KB" is the limit itself, not a value the line takes back
    conn = notes_conn(tmp_path, "# SQS\n- SQS max message size 256 KB\n- SQS messages must not "
                                "exceed 256 KB, extended client library max 2 GB (I had this "
                                "wrong)\n")
    assert first_value(conn, "sqs max message size") == "256 KB"


def test_what_the_answer_was_is_no_denied_value():
    # "the correct answer was 14 days" gives the right value (as features._WAS reads it): it
    # was read as denied, so the note's old "4 days" line kept ranking first
    from studycli.lookup.corrections import _denials

    denied, stated = _denials("the correct answer was 14 days, not 4 days like I wrote")
    assert denied == [(4 * 86400.0, "s")] and stated == [(14 * 86400.0, "s")]
