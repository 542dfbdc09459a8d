"""Lookups on notes written a thought a line (slides, sheets): a short label line speaks for
the value under it, a title that only repeats the query answers nothing, and a service's name
typed short ("lambda fn") is the service. Lines written for the test."""

from __future__ import annotations

import pytest

from studycli.lookup import lookup
from studycli.lookup.context import context_of
from studycli.lookup.lexicon import lexicon
from studycli.lookup.query import understand
from tests.helpers import note_conn

SLIDES = """Auto Scaling groups
launch templates replace launch configurations

Warm-up window
240 s by default

Scale-in protection
"""


@pytest.fixture(scope="module")
def conn(tmp_path_factory):
    yield from note_conn(tmp_path_factory.mktemp("labels"), SLIDES, "deck.txt")


def test_a_short_label_line_speaks_for_the_number_under_it():
    lines = {4: "Warm-up window", 5: "240 s by default", 6: "Scale-in protection",
             7: "3 rules at most"}
    assert context_of(lines, 5) == "Warm-up window"
    lines[6] = "the longest of all the labels here, 9 words"
    assert context_of(lines, 7) == ""  # a line with a number is no label


def test_the_label_line_over_a_value_answers_for_it(conn):
    hits = lookup(conn, "auto scaling warm-up window default").hits
    assert hits and hits[0]["value"] == "240 s"


def test_a_title_that_repeats_the_query_is_no_answer(conn):
    # the notes say nothing about scale-in protection but its title (line 7): no answer
    assert lookup(conn, "asg scale-in protection").hits == []


def test_a_service_name_typed_short_is_the_service():
    q = understand("default memory for a lambda fn", lexicon())
    assert q.services == ["Lambda"]
    assert not any("fn" in concept or "function" in concept for concept in q.topic)
    # a name the query types in full keeps its words ("aws config" is AWS Config)
    assert understand("aws config max rules", lexicon()).services == ["Config"]


def test_a_subject_name_typed_short_is_the_subject():
    q = understand("app load balancer idle timeout", lexicon())
    assert q.subjects == [("ELB", "ALB")]
    assert not any("app" in concept or "application" in concept for concept in q.topic)
