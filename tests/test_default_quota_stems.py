"""A count per account or per Region is a service quota: its question asks for the default
quota, never a fixed maximum, unless the note says it cannot be raised (reviewers: "5 is only
the default quota and can be raised; the stem needs 'default quota'")."""

from __future__ import annotations

import pytest

from studycli.extract import parse_note
from studycli.model import Kind
from studycli.questions.stems import attribute_phrase, is_default_quota, value_stem

NOTE = """## VPC
- 5 VPCs per region
## IAM
| Resource | Default | Adjustable |
|---|---|---|
| Groups per account | 300 | Yes |
| Roles per account | 1,000 | hard limit |
## Lambda
- memory max 10,240 MB
"""


@pytest.fixture(scope="module")
def limits():
    note = parse_note(NOTE, "n.md")
    return {f.attribute: f for f in note.facts if f.kind is Kind.LIMIT}


def test_a_count_per_region_or_account_is_asked_as_a_default_quota(limits):
    vpcs = limits["vpcs (per region)"]
    assert value_stem(vpcs) == "What is the default quota of VPCs per region for Amazon VPC?"
    groups = limits["groups (per account)"]
    assert attribute_phrase(groups).startswith("default ") and is_default_quota(groups)


def test_a_quota_the_note_calls_hard_and_other_limits_stay_maxima(limits):
    roles = limits["roles (per account)"]
    assert not is_default_quota(roles) and "default" not in value_stem(roles)
    memory = next(f for f in limits.values() if f.service == "Lambda")
    assert not is_default_quota(memory) and "maximum" in value_stem(memory)


def test_hard_said_of_another_value_on_the_line_leaves_this_one_a_default_quota():
    note = parse_note("## IAM\n- IAM users per account: 5000 users (hard limit); "
                      "300 groups per account\n", "n.md")
    by_attribute = {f.attribute: f for f in note.facts if f.kind is Kind.LIMIT}
    assert not is_default_quota(by_attribute["users (per account)"])
    assert is_default_quota(by_attribute["groups (per account)"])
