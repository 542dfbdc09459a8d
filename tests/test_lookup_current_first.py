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
