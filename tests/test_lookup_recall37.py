"""Lookups the notes answer that lookup missed (session 37, recall37, issue 10): a name of
several words typed or written by its initials ("sg", "ENI"); "per second" before a word of
billing, which says how finely time is billed, not a rate; a service's name after "per" as
the scope a count is per; a side of "X vs Y" that is a word of another service's subject
("cname vs alias": Route 53's alias record, not Lambda's alias).

A security group allows up to 60 inbound rules by default and a network interface up to 5
security groups (https://docs.aws.amazon.com/vpc/latest/userguide/amazon-vpc-limits.html);
On-Demand Linux instances are billed per second with a 60-second minimum
(https://aws.amazon.com/ec2/pricing/on-demand/); a Lambda function can use up to 5 layers
(https://docs.aws.amazon.com/lambda/latest/dg/gettingstarted-limits.html).
"""

from __future__ import annotations

import pytest

from studycli.lookup.core import lexicon, understand
from studycli.lookup.per_service import billed_per, scope_words

from .helpers import first_value, lookup_values, notes_conn

SG_LINES = "# VPC\n\n- max 5 SGs per ENI (default), 50 inbound rules per SG\n"


def test_initials_count_what_the_name_in_full_counts(tmp_path):
    # "5 SGs" counts security groups (unseen120: abstained, the count read as another thing)
    conn = notes_conn(tmp_path, SG_LINES)
    # (the line's statement may come first since session 38, its "max 5 SGs" read as a
    # bound of the groups counted too: either says the 5; never the 50 rules first)
    found = lookup_values(conn, "how many security groups per eni")
    assert found and found[0] in ("5 SGs", SG_LINES.split("- ", 1)[1].strip()), found


def test_a_scope_typed_by_initials_is_the_scope_written_in_full(tmp_path):
    # "per sg" is "per security group" (unseen123: abstained, read as per another thing)
    conn = notes_conn(tmp_path, "# VPC\n\n- You can have up to 50 inbound and 50 outbound"
                      " rules per security group, and up to 5 security groups per network"
                      " interface.\n")
    assert first_value(conn, "max inbound rules per sg") == "50 inbound rules"


def test_a_service_after_per_is_the_scope_asked(tmp_path):
    # "per vpc": "5 SGs per ENI" is per another thing (the two rules above answered it
    # before the scope was read from the service's name)
    conn = notes_conn(tmp_path, SG_LINES)
    assert lookup_values(conn, "max security groups per vpc") == []


def test_a_service_that_is_no_resource_asks_no_scope(tmp_path):
    # "per lambda" names no one thing its counts are per: "max 5 per function" answers
    conn = notes_conn(tmp_path, "# Lambda\n\n- layers: max 5 per function\n")
    assert first_value(conn, "how many layers per lambda") == "5 layers"


@pytest.mark.parametrize("query", ["ec2 per second billing minimum",
                                   "ec2 linux per-second billing min charge"])
def test_per_second_billing_asks_no_rate(query):
    q = understand(query, lexicon())
    assert "per_s" not in q.dimensions and not q.denominators


def test_a_rate_per_second_is_still_a_rate():
    q = understand("sqs fifo max messages per second", lexicon())
    assert "per_s" in q.dimensions


def test_per_second_billing_minimum_answered(tmp_path):
    # seven development sets abstained: "60 s" read as no rate per second
    conn = notes_conn(tmp_path, "# EC2\n\n- EC2 per-second billing for Linux / Windows,"
                      " 60 second minimum\n")
    assert first_value(conn, "ec2 per second billing minimum") == "60 s"


# A CNAME record cannot be created at the zone apex; an alias record can
# (https://docs.aws.amazon.com/Route53/latest/DeveloperGuide/resource-record-sets-choosing-alias-non-alias.html)
CNAME_NOTES = ("# Lambda\n\n- Lambda max 15min\n- alias: pointer to a version, can split traffic 2"
               " versions weighted\n\n# Route 53\n\n* Alias record works at apex\n")


def test_a_word_of_another_named_services_subject_is_that_subject():
    # "alias" beside "cname" is Route 53's alias record, not Lambda's alias
    q = understand("cname vs alias", lexicon())
    assert q.subjects == [("Route 53", "alias record")]
    assert q.compared == [{"cnam": 1.0}, {"alia": 1.0}]
    # alone, or beside a word of Lambda's, it stays Lambda's
    assert understand("lambda alias vs version", lexicon()).subjects == [("Lambda", "alias")]
    assert understand("alias routing weight", lexicon()).subjects[:1] == [("Lambda", "alias")]


def test_cname_vs_alias_answered_by_route_53(tmp_path):
    # unseen114, unseen118: "Lambda max 15min" answered at full confidence
    conn = notes_conn(tmp_path, CNAME_NOTES)
    # (the Lambda alias line was first before: its "2 versions" a figure of "alias")
    assert "apex" in first_value(conn, "cname vs alias")


@pytest.mark.parametrize("query, scope", [
    ("max security groups per vpc", {"vpc"}),
    ("subnets per vpc limit", {"vpc"}),  # a cue after the name names no thing (unseen88)
    ("max lsi per dynamodb table", {"tabl"}),  # the thing after the name
])
def test_the_scope_read_after_a_service_name(query, scope):
    assert understand(query, lexicon()).denominators == scope


def test_a_count_per_the_service_typed_still_answers(tmp_path):
    # unseen88: "200 subnets per VPC" answers "subnets per vpc limit" ("limit" was read
    # as the scope asked, and the line's "per VPC" as per another thing)
    conn = notes_conn(tmp_path, "# VPC\n\n- vpc: 5 VPCs per region default, 200 subnets per"
                      " VPC\n")
    assert first_value(conn, "subnets per vpc limit") == "200 subnets"


def test_reserved_vs_provisioned_concurrency_sides_are_lambdas():
    # "reserved" beside "provisioned concurrency" is Lambda's reserved concurrency, and
    # neither side is said by Lambda's name (every Lambda line said the "reserved" side)
    q = understand("reserved vs provisioned concurrency", lexicon())
    assert q.subjects == [("Lambda", "reserved concurrency"), ("Lambda", "provisioned concurrency")]
    assert q.compared == [{"reserv": 1.0}, {"provision": 1.0}]


# A service that is no resource a count is per: its counts are per the things in it, or per
# region or account; all of these were answered before recall37 and refused by its first cut
SERVICE_NOTES = ("# DynamoDB\n\n- 2500 tables per region (default quota)\n- max 20 GSIs per table"
                 "\n\n# CloudFormation\n\n- 500 resources per stack\n- 2000 stacks per account"
                 "\n\n# Lambda\n\n- 75 GB code storage per region\n\n# ECS\n\n"
                 "- max 10 containers per task definition\n")


@pytest.mark.parametrize("query, value", [
    ("how many gsi per dynamodb", "20 GSIs"),
    ("max tables per dynamodb", "2500 tables"),
    ("max resources per cloudformation", "500 resources per stack"),
    ("max stacks per cloudformation", "2000 stacks per account"),
    ("code storage per lambda", "75 GB"),
    ("max containers per ecs", "10 containers"),
])
def test_a_count_per_a_service_that_is_no_resource_still_answers(tmp_path, query, value):
    conn = notes_conn(tmp_path, SERVICE_NOTES)
    assert first_value(conn, query) == value


@pytest.mark.parametrize("query, scope", [
    ("how many gsi per dynamodb", set()),
    ("max resources per cloudformation", set()),
    ("max targets per alb", {"alb"}),
])
def test_only_a_service_that_is_a_resource_is_a_scope(query, scope):
    assert understand(query, lexicon()).denominators == scope


def test_a_resource_service_is_said_by_its_own_names_not_per_region(tmp_path):
    # "per alb" is said by "per load balancer"; a quota per Region is none per the resource:
    # target groups are 3,000 per Region but 100 per Application Load Balancer
    # (https://docs.aws.amazon.com/elasticloadbalancing/latest/application/load-balancer-limits.html)
    conn = notes_conn(tmp_path, "# ELB\n\n- max 1000 targets per load balancer\n"
                      "- Target groups per region: 3000\n\n# VPC\n\n"
                      "- 2500 security groups per region\n- max 5 SGs per ENI\n")
    assert first_value(conn, "max targets per alb") == "1000 targets"
    assert not lookup_values(conn, "max target groups per alb")
    assert not lookup_values(conn, "max security groups per vpc")


def test_a_resource_service_is_not_said_by_a_word_other_things_names_share():
    # "network" of "network load balancer" would make "per network interface" say an ALB;
    # "gateway" is API Gateway's too, so "transit" says a transit gateway
    words = scope_words(lexicon())
    assert "network" not in words["alb"] and "classic" not in words["alb"]
    assert {"balancer", "nlb"} <= words["alb"]
    assert "transit" in words["tgw"] and "gateway" not in words["tgw"]


BILLING_NOTES = ("# EC2\n\n- EC2 per-second billing for Linux / Windows, 60 second minimum\n"
                 "- m5.large $0.096 per hour\n")


@pytest.mark.parametrize("query", ["ec2 per second billing minimum",
                                   "ec2 billing per second minimum",
                                   "ec2 minimum billing per second"])
def test_per_second_billing_either_word_order(tmp_path, query):
    conn = notes_conn(tmp_path, BILLING_NOTES)
    assert first_value(conn, query) == "60 s"


@pytest.mark.parametrize("query", ["ec2 price per hour", "ec2 pricing per hour",
                                   "ec2 $ per hour billing"])
def test_a_price_asked_per_hour_keeps_its_rate(query):
    toks = query.split()
    at = toks.index("per")
    assert not billed_per(toks, at, at + 2, frozenset({"per"}))
    assert billed_per("ec2 billing per hour".split(), 2, 4, frozenset({"per"}))
