"""Notes written as formal specifications (session 48, issue 10): a requirement's wording
states a limit ("MUST NOT exceed 15 minutes" is a maximum, "SHALL NOT be less than 1 day" a
minimum, "is limited to 5 TB" a maximum), where a threshold word alone ("objects over 100 MB")
says when something applies. Lines written for the test, in wording the development notes do
not use."""

from __future__ import annotations

import pytest

from studycli.extract import parse_note
from studycli.model import Kind

from .helpers import first_value, lookup_values, notes_fixture


def _bounds(text: str) -> set[tuple[str, str]]:
    """(qualifier, value) of every limit or default read from `text`."""
    return {(f.qualifier, f.value) for f in parse_note(text, "spec.md").facts
            if f.kind is not Kind.FACT}


@pytest.mark.parametrize("line, bound", [
    ("Visibility timeout MUST NOT exceed 12 hours.", ("max", "12 h")),
    ("The visibility timeout shall not be greater than 12 hours.", ("max", "12 h")),
    ("Visibility timeout: not to exceed 12 hours.", ("max", "12 h")),
    ("The visibility timeout can't be longer than 12 hours.", ("max", "12 h")),
    ("In no case shall the visibility timeout exceed 12 hours.", ("max", "12 h")),
    ("Visibility timeout is limited to 12 hours.", ("max", "12 h")),
    ("Visibility timeout: no longer than 12 hours.", ("max", "12 h")),
    ("Visibility timeout: up to and including 12 hours.", ("max", "12 h")),
    ("Retention period SHALL NOT be less than 1 minute.", ("min", "1 min")),
    ("Retention period: not shorter than 1 minute.", ("min", "1 min")),
    ("Retention period: no fewer than 60 seconds.", ("min", "60 s")),
])
def test_a_requirement_negating_a_threshold_states_a_bound(line, bound):
    assert bound in _bounds(f"# SQS\n- {line}\n")


@pytest.mark.parametrize("line", [
    "Use long polling when a queue receives more than 10 messages per second.",
    "Messages retained over 4 days are charged.",
])
def test_a_threshold_not_negated_states_no_bound(line):
    assert not {q for q, _ in _bounds(f"# SQS\n- {line}\n")} & {"max", "min"}


def test_not_less_than_is_a_minimum_though_less_than_ends_at_the_same_number():
    # both markers end where the number starts: the one starting first says it
    assert _bounds("# SQS\n- Retention: not less than 1 minute.\n") == {("min", "1 min")}


SPEC = """# LAMBDA

- Function timeout: default 3 seconds, MUST NOT exceed 15 minutes.
- A container image SHALL NOT be larger than 10 GB.
"""
spec = notes_fixture(SPEC)


@pytest.mark.parametrize("query, value", [
    ("lambda timeout max", "15 min"),
    ("lambda container image max size", "10 GB"),
])
def test_lookup_answers_a_limit_a_requirement_states(spec, query, value):
    assert first_value(spec, query) == value


@pytest.mark.parametrize("line", [
    "A visibility timeout of 6 minutes is RECOMMENDED for this workload.",
    "RECOMMENDED visibility timeout: 6 minutes.",
    "Visibility timeout: 6 minutes (recommended).",
])
def test_a_recommended_value_is_no_limit(line):
    # what a specification advises is no setting's limit nor its default
    assert _bounds(f"# SQS\n- {line}\n") == set()


def test_a_bound_said_beside_a_recommendation_is_still_the_bound():
    assert ("max", "10 messages") in _bounds("# SQS\n- Recommended max batch size 10 messages.\n")


RANGE_ONLY = """# SQS

- maxReceiveCount: after that many receives a message moves to the DLQ (allowed 1-1000).
"""
range_only = notes_fixture(RANGE_ONLY)


def test_a_default_asked_with_no_unit_is_not_answered_by_a_range(range_only):
    # "(allowed 1-1000)" says what it may be set to, not what it is by default
    assert lookup_values(range_only, "sqs maxreceivecount default") == []
    assert lookup_values(range_only, "sqs maxreceivecount range")
