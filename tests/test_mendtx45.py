"""Review of session 45 (tester 4 and 5): a terse "max N def M" line keeps its default, and a
transposed table's figure-only row is its column's thing's."""

from __future__ import annotations

import pytest

from studycli.extract import parse_note
from tests.helpers import first_value, notes_fixture

TERSE = """\
lambda timeout max 15m default 3s
sqs vis timeout max 12h def 30s
kinesis ret max 365d def 24h
retention mx 14d dflt 4d
"""


@pytest.mark.parametrize("line, bound, default", [
    ("lambda timeout max 15m default 3s", "15 min", "3 s"),
    ("sqs vis timeout max 12h def 30s", "12 h", "30 s"),
    ("kinesis ret max 365d def 24h", "365 days", "24 h"),
    ("sqs retention mx 14d dflt 4d", "14 days", "4 days"),
])
def test_a_default_after_a_bound_and_its_figure_is_the_default(line, bound, default):
    facts = {(f.qualifier, f.value) for f in parse_note(line + "\n", "a.txt").facts}
    assert ("max", bound) in facts
    assert ("default", default) in facts


def test_a_bounds_own_default_is_still_no_default():
    # "the maximum TTL defaults to 1 year": words, not a figure, between the bound and "default"
    facts = parse_note("CloudFront: the maximum TTL defaults to 1 year\n", "c.txt").facts
    assert not [f for f in facts if f.qualifier == "default"]


terse = notes_fixture(TERSE, "a.txt")


def test_terse_defaults_answer(terse):
    assert first_value(terse, "sqs visibility timeout default") == "30 s"
    assert first_value(terse, "lambda default timeout") == "3 s"

