"""Counts whose noun the parser did not know (pass 11 of the parser, issues #10 and #8): "5
VPCs per region", "60 inbound rules per security group", "up to 10 dimensions per metric",
"a user can be in 10 groups" held no quantity, so the quota was searchable only as a sentence
and `check` could not compare it. Lines here are written for the test."""

from __future__ import annotations

import pytest

from studycli.extract.quantities import find_quantities


@pytest.mark.parametrize("line, value", [
    ("you get 5 VPCs per region unless you ask for more", "5 VPCs"),
    ("a security group takes 60 inbound rules", "60 inbound rules"),
    ("and 60 outbound rules as well", "60 outbound rules"),
    ("PutMetricData takes up to 30 dimensions per metric", "30 dimensions"),
    ("an IAM user can belong to 10 groups at most", "10 groups"),
    ("5 Elastic IPs per region by default", "5 Elastic IPs"),
    ("up to 5 security groups per network interface", "5 security groups"),
    ("5,000 alarms per region", "5,000 alarms"),
    ("a VPC holds 200 subnets", "200 subnets"),
])
def test_a_count_of_a_quota_noun_is_a_quantity(line, value):
    found = [q for q in find_quantities(line) if q.dimension == "count"]
    assert found and found[0].text.lower() == value.lower()


@pytest.mark.parametrize("line", [
    "group 3 of the study plan",        # a number after the noun is no count of it
    "rules of thumb: 2 a day",
])
def test_a_noun_before_its_number_is_no_count(line):
    assert not [q for q in find_quantities(line) if q.dimension == "count"]


def test_a_vpc_quota_line_gives_a_limit_of_its_service():
    from studycli.extract import parse_note
    from studycli.model import Kind

    facts = [(f.service, f.value) for f in parse_note(
        "## VPC\n\n- default 5 VPCs per region (soft limit)\n", "n.md").facts
        if f.kind is not Kind.FACT]
    assert ("VPC", "5 VPCs") in facts


def test_a_count_of_the_service_itself_takes_no_subject_named_before_it():
    from studycli.extract import parse_note
    from studycli.model import Kind

    line = "## VPC\n\n- each subnet loses 5 IPs to AWS; you get 5 VPCs per region by default\n"
    facts = [(f.subject, f.value) for f in parse_note(line, "n.md").facts
             if f.kind is not Kind.FACT and f.value == "5 VPCs"]
    assert facts == [("", "5 VPCs")]
