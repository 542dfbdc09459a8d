"""Statements of numbers the parser did not read (unseen68-70's misses): two counts joined by
"+" that share one noun ("60 inbound + 60 outbound rules per SG"), counts in the notes' short
spellings ("3-63 chars", "5 IPs", "125 active peerings"), a compound unit of usage ("400,000
GB-seconds", read as a 400,000 GB size) and a billing minimum ("60 second minimum", a bare
"duration"). Each fact is checked with its service, attribute and value; the near-misses
around each mechanism stay as they were."""

from pathlib import Path

import pytest

from studycli.extract import parse_note
from studycli.model import Kind
from tests.helpers import lookup_values, notes_conn


def _limits(text: str) -> set[tuple[str, str, str, str]]:
    return {(f.service, f.attribute, f.qualifier, f.value)
            for f in parse_note(text, "n.md").facts if f.kind is not Kind.FACT}


def test_two_counts_joined_by_plus_share_the_noun_after_the_second():
    facts = _limits("# VPC\n* SG: 60 inbound + 60 outbound rules per SG (default), up to 5 SGs "
                    "per ENI\n")
    assert ("VPC", "inbound rules", "", "60 inbound rules") in facts, facts
    assert ("VPC", "outbound rules", "", "60 outbound rules") in facts, facts
    joined = _limits("# VPC\n- Each security group can have up to 50 inbound and 50 outbound "
                     "rules.\n")
    assert ("VPC", "inbound rules", "max", "50 inbound rules") in joined, joined


def test_a_count_before_plus_keeps_its_own_noun():
    # "1 primary + 10 read replicas": a read replica is no modified replica, the 1 no replica;
    # "50 inbound + 50 outbound per SG": no noun to share
    dax = _limits("# DAX\n- cluster up to 11 nodes (1 primary + 10 read replicas)\n")
    assert not any(v.startswith("1 ") for *_, v in dax), dax
    bare = _limits("# VPC\n- SG rules max 50 inbound + 50 outbound per SG\n")
    assert not any("inbound" in a for _, a, _, _ in bare), bare


def test_a_length_in_chars_is_the_length_of_what_its_sentence_names():
    bucket = _limits("# S3\n- bucket names: 3-63 chars, lowercase, no underscores\n")
    assert ("S3", "bucket name length", "range", "3–63 characters") in bucket, bucket
    assert ("S3", "bucket name length", "max", "63 characters") in bucket, bucket
    key = _limits("# Kinesis Data Streams\npartition key max 128 chars, hashed w/ MD5 to pick "
                  "shard\n")
    assert key == {("Kinesis Data Streams", "partition key length", "max", "128 characters")}, key
    password = _limits("# Cognito\n- user pool password policy min length 6–99 chars, "
                       "default 8\n")
    assert ("Cognito", "password length", "default", "8 characters") in password, password
    assert not any(a == "policy size" for _, a, _, _ in password), password
    scp = _limits("# Organizations\nSCPs: do NOT grant; max SCP size 5,120 characters\n")
    assert scp == {("Organizations", "SCP size", "max", "5120 characters")}, scp


def test_a_length_is_not_restated_by_the_next_count():
    # "3-63 chars, 100 buckets per account": the buckets were a length per account
    facts = _limits("# S3\n- bucket names globally unique, 3-63 chars, 100 buckets per account "
                    "(soft)\n")
    assert ("S3", "buckets (per account)", "", "100 buckets") in facts, facts
    assert ("S3", "bucket name length", "max", "63 characters") in facts, facts
    policy = _limits("# IAM\n- IAM policy size: managed policy max 6,144 chars\n")
    assert policy == {("IAM", "managed policy size", "max", "6144 characters")}, policy


def test_reserved_ips_are_a_count_and_other_ips_no_limit():
    facts = _limits("# VPC\n* AWS reserves 5 IPs in every subnet. e.g. subnet 10.0.1.0/24:\n"
                    "- 5 IPs reserved per subnet (first 4 + last 1)\n")
    assert facts == {("VPC", "reserved IP addresses", "", "5 IP addresses")}, facts
    # a CIDR block's addresses and a scenario's are no limit; a bound still says one
    noise = _limits("# VPC\n- so a /28 (16 IPs) only gives 11 usable\n"
                    "- if question says \"need 29 IPs\" pick /26\n")
    assert not noise, noise
    waf = _limits("# WAF\n- IP sets (up to 10,000 IPs per set)\n")
    assert ("WAF", "ips", "max", "10,000 IP addresses") in waf, waf


def test_peerings_are_counted():
    facts = _limits("# VPC\n* max 125 active peerings per VPC (default 50)\n")
    assert ("VPC", "active peerings", "max", "125 active peering connections") in facts, facts
    assert ("VPC", "active peerings", "default", "50 active peering connections") in facts, facts


def test_a_compound_unit_of_usage_is_no_size():
    facts = _limits("# Lambda\n◦ Lambda 1M requests + 400,000 GB-seconds per month, always "
                    "free\n- Fargate: pay per vCPU-hour and GB-hour\n")
    assert not any("GB" in v for *_, v in facts), facts
    assert ("Lambda", "requests", "", "1,000,000 requests") in facts, facts


def test_a_duration_said_to_be_the_billing_minimum():
    ec2 = _limits("# EC2\n- EC2 per-second billing for Linux / Windows / Ubuntu, 60 second "
                  "minimum. other OSes billed hourly\n"
                  "- On-Demand: pay per second (Linux, min 60 s), no commitment\n")
    assert ec2 == {("EC2", "billing duration", "min", "60 s")}, ec2
    glue = _limits("# Glue\n- serverless ETL (Spark); billed per DPU-hour, by the second w/ "
                   "1 min minimum\n")
    assert glue == {("Glue", "billing duration", "min", "1 min")}, glue


def test_billing_words_name_no_other_duration():
    # an increment billed is no minimum; the terms after the billing clause are not billed
    lambda_ = _limits("# Lambda\n- billed per 1 ms, timeout max 15 min\n")
    assert lambda_ == {("Lambda", "execution timeout", "max", "15 min")}, lambda_
    terms = _limits("# EC2\nEC2 billing: On-Demand Linux per-sec (min 60s), Windows per-sec too; "
                    "RI 1yr/3yr up to 72% off\n")
    assert ("EC2", "billing duration", "min", "60 s") in terms, terms
    assert not any(a == "billing duration" and v != "60 s" for _, a, _, v in terms), terms


@pytest.fixture(scope="module")
def conn(tmp_path_factory):
    folder: Path = tmp_path_factory.mktemp("attrib35")
    db = notes_conn(folder, "# VPC\n"
                            "* AWS reserves 5 IPs in every subnet.\n"
                            "* SG: 60 inbound + 60 outbound rules per SG (default), up to 5 SGs "
                            "per ENI\n"
                            "* max 125 active peerings per VPC (default 50)\n"
                            "# S3\n- bucket names: 3-63 chars, lowercase, no underscores\n"
                            "# EC2\n- EC2 per-second billing for Linux / Windows, 60 second "
                            "minimum\n")
    yield db
    db.close()


@pytest.mark.parametrize("query, value", [
    ("how many ips does aws reserve per subnet", "5 IP addresses"),
    ("sg inbound rules max", "60 inbound rules"),
    ("s3 bucket name length limits", "3–63 characters"),
    ("ec2 billing minimum", "60 s"),
])
def test_lookup_answers_the_statements(conn, query, value):
    assert value in lookup_values(conn, query), lookup_values(conn, query)
