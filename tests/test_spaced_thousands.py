"""Thousands grouped by a space in a note of any language ("10 000", "900 000 ms"), and a bare
number with a magnitude after it ("40 M", "120 K"): read as the number they write, or not
as a count at all, never as the digits before the space (a review of session 35 found
"max groups: 10 000 per user pool" quizzed as 10 groups, and "delay max 900 000 ms" as 0 ms)."""

from __future__ import annotations

import pytest

from studycli.notes.spaced_thousands import join_spaced_thousands
from tests.helpers import lookup_values, notes_fixture


@pytest.mark.parametrize(("text", "read"), [
    ("max groups: 10 000 per user pool", "max groups: 10000 per user pool"),
    ("delay max 900 000 ms", "delay max 900000 ms"),
    ("1 000 000 objects", "1000000 objects"),
    ("(10\u00a0000)", "(10000)"), ("10\u2009000", "10000"), ("900\u2007000 ms", "900000 ms"),
    ("between 1 000 and 10 000", "between 1000 and 10000"),
    # a group not led by 0 may be two numbers ("Lambda 10" and 240 MB): left as written
    ("Lambda 10 240 MB", "Lambda 10 240 MB"),
    ("ports 80 443", "ports 80 443"),
    ("12 500 000", "12500000"), ("10 240 000", "10240000"),
    # a decimal, a version, a time or English thousands before: no group of this one
    ("v1.2 000", "v1.2 000"), ("at 10:30 000", "at 10:30 000"), ("1,000 000", "1,000 000"),
])
def test_only_an_unambiguous_spaced_number_is_joined(text, read):
    assert join_spaced_thousands(text) == read


NOTE = """# Cognito
- groups per user pool: 10 000
- users per pool limit 40 M
# SQS
- in-flight messages limit 120 000
- delay max 900 000 ms
# SNS
- max 12 500 000 subscriptions per topic
"""

conn = notes_fixture(NOTE)


def test_a_spaced_number_is_read_whole_and_a_magnitude_is_no_count(conn):
    assert "10,000 groups" in lookup_values(conn, "cognito max groups per user pool")
    assert "900,000 ms" in lookup_values(conn, "sqs max delay")
    values = [v for q in ("cognito max users per pool", "cognito max groups per user pool",
                          "sqs max in flight messages", "sqs max delay")
              for v in lookup_values(conn, q)]
    subscriptions = lookup_values(conn, "sns max subscriptions per topic")
    assert "12,500,000 subscriptions" in subscriptions, subscriptions
    values += subscriptions
    # never the digits before the space or after it, nor a count of "40" users
    assert not {"10 groups", "40 users", "120 in-flight messages", "0 ms",
                "0 subscriptions", "12 subscriptions"} & set(values), values
