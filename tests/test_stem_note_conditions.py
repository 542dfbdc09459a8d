"""A stem keeps what the note says a value holds for: an independent AWS-certified reviewer
judged ambiguous "What is the default URL expiry for Amazon S3 (presigned URL)?" keyed 1 hour
from a note's "default 3600 s via CLI" (the SDKs' defaults differ), and "What is the maximum
number of accounts for AWS Organizations?" from "default max 10 accounts (can request more)"
(a default quota asked as a hard cap)."""

from __future__ import annotations

import pytest

from studycli.model import Fact, Kind
from studycli.questions.stems import is_default_quota, note_condition, value_stem


def _limit(snippet: str, number: float, value: str, unit: str = "count",
           qualifier: str = "max", kind: Kind = Kind.LIMIT, attribute: str = "widgets",
           service: str = "SNS") -> Fact:
    return Fact(service, "", attribute, kind, qualifier, value, number=number, unit=unit,
                source="n.md", line=1, snippet=snippet)


@pytest.mark.parametrize("snippet,number,expected", [
    ("- default limit of 25 widgets per account; ask support for more", 25, True),
    ("- widgets: 200 per region (soft)", 200, True),
    ("- widgets per topic 12,500, adjustable in Service Quotas", 12500, True),
    ("- widgets: 50 per account (can be raised via a ticket)", 50, True),
    # the value a window can be raised TO is the maximum, not a default
    ("- window can be increased to a max of 400 widgets (extra cost)", 400, False),
    ("- widgets: 30 max, hard limit", 30, False),
    # the adjustable word belongs to the other number of the line
    ("- widgets: 10 by default (soft), up to 60", 60, False),
])
def test_a_maximum_the_note_calls_default_or_adjustable_is_a_default_quota(snippet, number,
                                                                           expected):
    assert is_default_quota(_limit(snippet, number, f"{number:g} widgets")) is expected


def test_a_default_quota_is_asked_as_one():
    stem = value_stem(_limit("- default quota: 25 widgets per account (request more)", 25,
                             "25 widgets"))
    assert "default maximum number of widgets" in stem, stem


@pytest.mark.parametrize("snippet,number,said", [
    ("Signed link lifetime — 900 s by default when made using the console · max 2 days",
     900, "in the AWS Management Console"),
    ("- signed link lifetime 900 s via SDK; max 2 days", 900, "with an AWS SDK"),
    ("A link signed with the AWS CLI lives 900 seconds unless you pass --expires-in", 900,
     "with the AWS CLI"),
    # the tool belongs to the other value of the line
    ("- signed link lifetime 900 s via SDK; max 2 days", 172800, ""),
    ("- signed link lifetime 900 s; max 2 days", 900, ""),
    # "API Gateway" is no tool a value holds for
    ("- signed link lifetime 900 s via API Gateway", 900, ""),
])
def test_the_tool_the_note_says_a_value_holds_for_is_kept(snippet, number, said):
    fact = _limit(snippet, number, "900 s", unit="s", qualifier="default", kind=Kind.DEFAULT,
                  attribute="link lifetime", service="S3")
    assert note_condition(fact) == (f" ({said})" if said else "")
    if said:
        assert said in value_stem(fact)


@pytest.mark.parametrize("snippet,number,said", [
    ("- widgets per account 300, a user can be in max 10 widgets", 10, " (per user)"),
    ("- each role may have up to 20 widgets", 20, " (per role)"),
    ("- widgets per account 300, a user can be in max 10 widgets", 300, ""),
])
def test_whose_count_the_note_says_is_kept(snippet, number, said):
    """A blind reviewer judged "What is the maximum number of groups for AWS IAM?" keyed 10
    ambiguous: the note said "user can be in max 10 groups" (the account has 300)."""
    fact = _limit(snippet, number, f"{number} widgets", service="IAM")
    assert note_condition(fact) == said


def test_a_value_said_again_in_other_units_keeps_the_tool_after_it():
    """"default 3600 sec (1 h) with CLI": the stem dropped "with the AWS CLI" (a blind
    reviewer), the words after the value having been read up to its restatement only."""
    fact = _limit("presigned URL: default 3600 sec (1 h) with CLI, max 7 days", 3600, "3600 s",
                  unit="s", qualifier="default", kind=Kind.DEFAULT,
                  attribute="link lifetime", service="S3")
    assert note_condition(fact) == " (with the AWS CLI)"
