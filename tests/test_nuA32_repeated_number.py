"""A number a line states twice ("5 VPCs per region (soft), AWS reserves 5 IPs per subnet"): the
words around each value are the ones at its own place, not at the first place the number is
written (a new user's exam asked "the default quota of IP addresses AWS reserves in each
subnet": the VPCs' "soft" was read as the reserved IPs')."""

from __future__ import annotations

import pytest

from studycli.extract import parse_note
from studycli.model import Kind
from studycli.questions.stems import is_default_quota, value_stem

SHAPES = [
    "- 5 VPCs per region (soft), AWS reserves 5 IPs per subnet",
    "- 5 VPCs per region (soft); 5 IPs reserved in each subnet",
    "- VPC: 5 VPCs per region (soft). 5 IP addresses reserved in every subnet",
    "- 5 VPCs per region (soft), reserved IPs per subnet: 5",
    "- AWS reserves 5 IPs per subnet, 5 VPCs per region (soft)",
    "- 5 IPs reserved per subnet; 5 VPCs per region (soft limit)",
]


@pytest.mark.parametrize("line", SHAPES)
def test_a_reserved_count_is_no_quota_though_a_quota_on_its_line_says_the_same_number(line):
    facts = [f for f in parse_note(f"## VPC\n{line}\n", "n.md").facts if f.kind is Kind.LIMIT]
    reserved = [f for f in facts if f.attribute == "reserved IP addresses"]
    vpcs = [f for f in facts if f.attribute.startswith("vpcs")]
    assert reserved and vpcs, facts
    assert not is_default_quota(reserved[0])
    assert "default quota" not in value_stem(reserved[0])
    # the quota the line calls soft is still asked as one
    assert is_default_quota(vpcs[0])
    assert value_stem(vpcs[0]) == "What is the default quota of VPCs per region for Amazon VPC?"


def test_a_hard_limit_stated_with_the_same_number_as_a_soft_one_keeps_its_own_words():
    note = parse_note("## IAM\n- 10 groups per user (hard); 10 roles per account (soft)\n",
                      "n.md")
    by_attribute = {f.attribute: f for f in note.facts if f.kind is Kind.LIMIT}
    groups = next(f for a, f in by_attribute.items() if a.startswith("groups"))
    roles = next(f for a, f in by_attribute.items() if a.startswith("roles"))
    assert not is_default_quota(groups)
    assert is_default_quota(roles)


def test_a_duration_said_twice_keeps_the_words_of_its_own_measure():
    # after a measure's unit comes no noun of it ("1 hour when switching roles"): the words
    # around each place decide, and the console session's hour stays the console session's
    from studycli.questions.stems import _words_around_value

    note = parse_note("## IAM\n- console session max 1 hour when switching roles, "
                      "role chaining 1 hour\n", "n.md")
    hours = [f for f in note.facts if f.number == 3600]
    assert hours, note.facts
    before, _after = _words_around_value(hours[0])
    assert "console session" in before and "chaining" not in before
