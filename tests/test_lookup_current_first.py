"""Where a student's notes disagree on one measure and the AWS reference finds one side stale
and another current, lookup answers with the current side first (a new user's finding: "lambda
timeout max" answered "5 min" from old course notes, marked outdated, while another note said
15 min)."""

from __future__ import annotations

from studycli.lookup import current_first
from tests.helpers import first_value, notes_conn

OLD_THEN_NEW = """# Lambda (old course notes)

- lambda max timeout 5 min

# Lambda (new)

- timeout default 3 sec, max 15 min
"""


def test_the_current_side_answers_first(tmp_path):
    conn = notes_conn(tmp_path, OLD_THEN_NEW)
    assert first_value(conn, "lambda timeout max") == "15 min"


def test_sides_of_different_measures_keep_their_rank():
    stale = {"service": "Lambda", "attribute": "execution timeout", "qualifier": "max",
             "kind": "limit", "value": "5 min", "currency": {"status": "outdated"}}
    other = {"service": "Lambda", "attribute": "memory", "qualifier": "max", "kind": "limit",
             "value": "10 GB", "currency": {"status": "current"}}
    same = {**stale, "value": "15 min", "currency": {"status": "current"}}
    unknown = {**stale, "value": "3 s", "currency": None}
    assert current_first([stale, other]) == [stale, other]
    assert current_first([stale, unknown]) == [stale, unknown]  # no opinion is no "current"
    assert current_first([stale, other, same]) == [same, stale, other]


def test_two_statements_under_one_heading_are_no_sides_of_one_measure():
    # a statement's attribute is the heading over it: "max 200 resources per template"
    # (stale) and "template body max 51,200 bytes" (current) under "Template anatomy" are two
    # lines, and the second answers nothing asked of resources: the ranking stands
    stale = {"service": "CloudFormation", "subject": "", "attribute": "template anatomy",
             "qualifier": "", "kind": "fact", "value": "max 200 resources per template",
             "currency": {"status": "outdated"}}
    other = {**stale, "value": "template body in API call max 51,200 bytes",
             "currency": {"status": "current"}}
    assert current_first([stale, other]) == [stale, other]


MISTAKES_LOG = """# Kinesis

- retention can be extended to 365 days

# Mistakes log

- Kinesis max retention 7 days
"""


def test_sides_the_reference_checks_against_one_entry_put_the_current_first(tmp_path):
    # a new user's finding: the mistakes log's "max 7 days" (outdated) answered before the
    # notes' "extended to 365 days", which the parser files with no "max" qualifier: the
    # reference meets both as Kinesis' maximum retention, so they are sides of one measure
    conn = notes_conn(tmp_path, MISTAKES_LOG)
    assert first_value(conn, "kinesis max retention") == "365 days"


def test_a_statement_or_a_weaker_match_is_no_side_of_the_entry():
    # "RDS read replicas · up to 5 ..., ASYNC" (a statement, stale for its count) answers
    # "rds read replica replication sync or async"; the current "15 read replicas" the
    # reference meets as the same entry answers nothing of it and stays behind
    entry = {"status": "outdated", "reference_id": "rds.read-replicas.max"}
    stale = {"service": "RDS", "subject": "", "attribute": "rds read replicas", "qualifier": "",
             "kind": "fact", "value": "up to 5 read replicas per source, ASYNC",
             "currency": entry, "answer": 1.0}
    current = {"service": "RDS", "subject": "read replica", "attribute": "read replicas",
               "qualifier": "", "kind": "limit", "value": "15 read replicas",
               "currency": {**entry, "status": "current"}, "answer": 0.42}
    assert current_first([stale, current]) == [stale, current]
    assert current_first([{**stale, "kind": "limit"}, current]) == [{**stale, "kind": "limit"},
                                                                    current]
    assert current_first([{**stale, "kind": "limit"}, {**current, "answer": 1.0}])[0]["value"] \
        == "15 read replicas"
