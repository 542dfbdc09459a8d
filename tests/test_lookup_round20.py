"""Lookup on notes nobody tuned on (issue 10, round twenty): a bare "X vs Y" is answered by
the line that states how the sides differ (a word and its opposite, one side defined under
the notes' own comparison heading, a side's definition that names its service first), not
by a line that only names the comparison; "w/o" in a query or a note means "without".
"""

from __future__ import annotations

import re

from studycli.lookup.features import _states_opposites
from studycli.lookup.lexicon import lexicon
from studycli.lookup.query import understand
from studycli.lookup.text import normalize
from tests.helpers import first_value, notes_conn

RDS_TABLE = """\
# RDS

## Multi-AZ vs Read Replica

| | Multi-AZ | Read Replica |
|---|---|---|
| max count | 1 standby (2 readable with a Multi-AZ cluster) | 15 |
| replication | sync | async |
| readable | no | yes |
"""


def test_the_row_stating_opposites_answers_a_bare_comparison(tmp_path):
    conn = notes_conn(tmp_path, RDS_TABLE, "rds.md")
    first = first_value(conn, "rds multi az vs read replica").lower()
    assert "async" in first, first


def test_a_word_and_its_opposite():
    assert _states_opposites("replication | sync | async")
    assert _states_opposites("state | stateful (return traffic allowed) | stateless")
    assert _states_opposites("managed or unmanaged compute environment")
    assert not _states_opposites("max count | 1 standby | 15")
    assert not _states_opposites("readable | no | yes")  # yes/no is no difference in kind
    assert not _states_opposites("an ALB in a VPC")  # "a" + three letters is no word pair


STEP_FUNCTIONS = """\
# Step Functions

- Standard vs Express is the #1 exam thing here
- Express workflows support callbacks too
- note: Standard = up to 1 year, exactly-once. Express = up to 5 minutes, at-least-once
"""


def test_a_line_that_only_names_the_comparison_is_no_answer(tmp_path):
    conn = notes_conn(tmp_path, STEP_FUNCTIONS, "sfn.md")
    first = first_value(conn, "step functions standard vs express")
    assert "exactly-once" in first, first


def test_a_service_typed_before_parallel_sides_leaves_them_sides():
    q = understand("rds multi az vs read replica", lexicon())
    assert q.phrase_sides and len(q.compared) == 2
    assert {"multi", "az"} <= set(q.compared[0]) and "replica" in q.compared[1]
    q = understand("cognito user pool vs identity pool", lexicon())
    assert q.phrase_sides and "pool" in q.sides_share
    # a first side whose start is a guess ("object lock governance" or "governance"?) is
    # left to the words
    assert not understand("s3 object lock governance vs compliance", lexicon()).phrase_sides


COGNITO = """\
# Cognito (tags: dva anki)

- Cognito + ALB: the ALB authenticates users against a user pool, no identity pool needed
- Cognito Identity Pool: exchange tokens for temporary AWS creds (STS)
- Cognito User Pool: sign up / sign in, returns JWT tokens
"""


def test_a_side_defined_with_its_service_name_first(tmp_path):
    conn = notes_conn(tmp_path, COGNITO, "cognito.md")
    first = first_value(conn, "user pool vs identity pool")
    assert first.startswith("Cognito Identity Pool") or first.startswith("Cognito User Pool"), \
        first


NACL_OUTLINE = """\
# VPC

## Security Groups vs NACLs

- block one bad IP -> NACL deny (SG can't deny)
- default NACL allows all in/out; a new custom NACL denies all until you add rules
- NACL = subnet level, STATELESS, allow and deny rules, evaluated in number order
- up to 5 SGs per ENI
"""


def test_one_side_defined_under_the_notes_comparison_heading(tmp_path):
    conn = notes_conn(tmp_path, NACL_OUTLINE, "vpc.md")
    first = first_value(conn, "security group vs nacl")
    assert "STATELESS" in first, first


FIFO = """\
# SQS

## FIFO queue
- throughput: 300 msg/s w/o batching, 3,000 msg/s w/ batching
"""


def test_without_written_short():
    assert normalize("fifo throughput w/o batching").split() == ["fifo", "throughput",
                                                                 "without", "batching"]
    assert normalize("Multi-AZ w/ auto failover").split() == ["multi-az", "with", "auto",
                                                              "failover"]
    assert normalize("s3 bucket policy") == "s3 bucket policy"


def test_without_asked_short_is_not_answered_by_the_with_rate(tmp_path):
    conn = notes_conn(tmp_path, FIFO, "sqs.md")
    first = first_value(conn, "sqs fifo throughput w/o batching")
    assert re.match(r"\D*300\b", first), first  # not "3000 messages/s"


def test_a_hedged_note_line_says_the_answer_is_the_notes_guess():
    # a new user's "48 h ... (maybe a few days?)" came back as a firm limit
    from studycli.ui.lookup_plain import hedged

    for line in ("TTL deletes within 48 h (maybe a few days?)", "5000 tasks, not sure",
                 "retention 7 days?", "max 10 (?)", "iirc 15 min"):
        assert hedged(line), line
    for line in ("max item size 400 KB", "Q12: what is the max item size?",
                 "How does S3 invoke Lambda?", "Q: max retention 14 days? A: 14 days",
                 "max retention 14 days? -> 365 days now"):
        assert not hedged(line), line
