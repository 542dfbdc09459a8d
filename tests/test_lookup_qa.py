"""A practice journal's answer line answers the question written above it (lookup/qa.py),
though the query's words read like a quantity; not when a bound is asked that it does not
give, and not when the query asks what the question does not."""

from __future__ import annotations

import pytest

from studycli.lookup import lookup
from tests.helpers import note_conn

NOTE = """# Practice exam journal — DVA

Q19. Elastic Beanstalk — deploy with zero downtime, keep capacity, cheapest?
✗ Immutable
✓ Rolling with additional batch

Q2. Three instances in the same AZ need shared block storage?
✓ EBS Multi-Attach with io2
"""


@pytest.fixture(scope="module")
def conn(tmp_path_factory):
    yield from note_conn(tmp_path_factory.mktemp("qa"), NOTE, "journal.md")


def test_the_answer_under_the_question_answers_it(conn):
    hits = lookup(conn, "beanstalk deploy keep capacity cheapest").hits
    assert hits and hits[0]["value"] == "✓ Rolling with additional batch"


def test_a_bound_asked_is_not_answered_by_a_neighbouring_question(conn):
    assert lookup(conn, "ebs multi attach max instances").hits == []


def test_a_question_the_notes_do_not_ask_is_not_answered(conn):
    assert lookup(conn, "beanstalk immutable deployment duration").hits == []
