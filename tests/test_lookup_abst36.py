"""Lookups the notes cannot answer (session 36, abst36): lines that share the question's
words but do not hold the kind of value it asks. One of the thing a maximum counts, written
as one side of a relation, is no bound on how many there may be; a unit of a rate typed
("mb/s") asks no size; a count asked per a scope is not answered by a number that belongs to
other words, nor a quota by none of the thing; a retention is not answered by a figure its
line calls a resolution or a timeout. The review of the branch added the lines that must
still answer: a maximum of 1 with no relation beside it, a "keep ... open" timeout, a
setting's default 0.

A Kinesis data stream's shard quota is per account and Region (the default is 500 or 200
shards depending on the Region), and one shard is processed by at most one KCL worker
(https://docs.aws.amazon.com/streams/latest/dev/service-sizes-and-limits.html,
https://docs.aws.amazon.com/streams/latest/dev/kcl-concepts.html). A subnet is associated
with exactly one route table, and an internet gateway is attached to one VPC at a time
(https://docs.aws.amazon.com/vpc/latest/userguide/VPC_Route_Tables.html).
"""

from __future__ import annotations

import pytest

from .helpers import lookup_values, notes_conn

RELATIONS = [
    "- KCL: 1 shard ↔ 1 worker",
    "- KCL: 1 shard can be read by only 1 KCL worker at a time",
    "- ALB: 1 listener → many rules",
    # the arrow ends the statement "KCL: 1 shard"; the relation is read from the line
    "25. Kinesis KCL: 1 shard -> max 1 KCL worker instance at a time; checkpoints in DynamoDB",
]


def test_one_shard_read_by_one_worker_in_words_stays_refused(tmp_path):
    # a guard (passes without one_of_relation): "one" in words is read by other rules
    conn = notes_conn(tmp_path, "# Kinesis Data Streams\n\n- KCL: one shard is read by max one"
                      " KCL worker; checkpoints in DynamoDB\n")
    assert lookup_values(conn, "kinesis max shards per stream") == []


@pytest.mark.parametrize("line", RELATIONS)
def test_one_of_the_thing_in_a_relation_is_no_maximum(tmp_path, line):
    # "kinesis max shards per stream" on notes that give only what one shard is read by
    # (unseen sets of sessions 29 to 34): "1 shard" is one side of a relation, not a quota
    if "ALB" in line:
        conn = notes_conn(tmp_path, f"# ELB\n\n{line}\n")
        assert lookup_values(conn, "max listeners per alb") == []
        return
    conn = notes_conn(tmp_path, f"# Kinesis Data Streams\n\n{line}\n")
    assert lookup_values(conn, "kinesis max shards per stream") == []


# A subnet is associated with one route table; an instance profile holds one role; a CLB
# without SNI serves one certificate; an Aurora cluster has one writer; a Lambda execution
# environment handles one request at a time and a function has one DLQ
# (https://docs.aws.amazon.com/IAM/latest/UserGuide/id_roles_use_switch-role-ec2_instance-profiles.html,
# https://docs.aws.amazon.com/lambda/latest/dg/lambda-runtime-environment.html).
@pytest.mark.parametrize("section, line, query", [
    ("VPC", "a subnet can be associated with 1 route table", "max route tables per subnet"),
    ("IAM", "instance profile: holds 1 IAM role", "max roles per instance profile"),
    ("EC2", "An EC2 instance can have 1 IAM role at a time (via instance profile)",
     "max iam roles per ec2 instance"),
    ("ELB", "CLB: 1 SSL certificate only w/o SNI", "clb max certificates"),
    ("ELB", "CLB: 1 SSL certificate only w/o SNI", "max ssl certificates per clb"),
    ("Aurora", "Aurora cluster: 1 writer instance, readers scale out",
     "aurora max writers per cluster"),
    ("Aurora", "Aurora cluster: 1 writer instance, readers scale out",
     "aurora max writer instances"),
    ("Lambda", "each execution environment handles 1 request at a time",
     "max requests per execution environment"),
    ("Lambda", "Lambda function: 1 DLQ (SQS or SNS)", "lambda max dlq per function"),
])
def test_a_maximum_of_one_with_no_relation_still_answers(tmp_path, section, line, query):
    # review of abst36: a 1 with no relation sign nor a second 1 beside it is the maximum
    conn = notes_conn(tmp_path, f"# {section}\n\n- {line}\n")
    found = lookup_values(conn, query)
    assert found and "1" in found[0], found


@pytest.mark.parametrize("line, query", [
    ("- a subnet has exactly 1 route table", "max route tables per subnet"),
    ("- each subnet: 1 route table per subnet", "max route tables per subnet"),
    ("- KCL: 1 shard ↔ 1 worker", "how many shards can one kcl worker read"),
])
def test_a_bounded_or_scoped_one_still_answers(tmp_path, line, query):
    # a 1 a bound word comes before ("only", "exactly"), a scope after ("per subnet"), or a
    # count asked by "how many" rather than a maximum: one is the number asked
    conn = notes_conn(tmp_path, f"# VPC\n\n{line}\n" if "KCL" not in line
                      else f"# Kinesis Data Streams\n\n{line}\n")
    found = lookup_values(conn, query)
    assert found and "1" in found[0], found


# An io2 Block Express volume: up to 64 TiB, 256,000 IOPS and 4,000 MiB/s
# (https://docs.aws.amazon.com/ebs/latest/userguide/provisioned-iops.html).
def test_a_rate_unit_typed_asks_no_size(tmp_path):
    # "io2 block express max throughput mb/s" (unseen sets of sessions 30 and 31): "mb/s"
    # typed is a unit of throughput, and "64 TiB" of storage no answer to it
    conn = notes_conn(tmp_path, "# EBS\n\n- io2 Block Express: max size 64 TiB\n")
    assert lookup_values(conn, "io2 block express max throughput mb/s") == []
    conn = notes_conn(tmp_path / "rate", "# EBS\n\n- io2 Block Express: max throughput 4,000 MiB/s,"
                      " max size 64 TiB\n")
    found = lookup_values(conn, "io2 block express max throughput mb/s")
    assert found and "4000" in found[0].replace(",", ""), found
    sized = lookup_values(conn, "io2 block express max size tb")
    assert sized and "64" in sized[0], sized


# VPC quotas: 200 subnets per VPC, 5 VPCs per Region; SNS: 12,500,000 subscriptions per
# topic (https://docs.aws.amazon.com/vpc/latest/userguide/amazon-vpc-limits.html,
# https://docs.aws.amazon.com/general/latest/gr/sns.html). AWS Config rules are evaluated on
# a change or periodically, every 1, 3, 6, 12 or 24 hours
# (https://docs.aws.amazon.com/config/latest/developerguide/evaluate-config-rules.html).
@pytest.mark.parametrize("line, query", [
    ("# VPC\n\n- bastion host: pub subnet, SG allow 22 from corp IP", "max subnets per vpc"),
    # a maximum typed outright is never none of the thing: "0" bounds a delay here
    ("# SQS\n\n- delay queue: 0 → 15 min max (default 0)", "sqs max queues per account"),
])
def test_a_number_among_other_words_is_no_count_per_scope(tmp_path, line, query):
    # a count asked per a scope (unseen sets of sessions 29 to 35), and a line that names
    # the noun but whose only bare number belongs to something else: a port, a period
    conn = notes_conn(tmp_path, f"{line}\n")
    assert lookup_values(conn, query) == []


def test_a_period_list_is_refused_by_other_rules(tmp_path):
    # a guard (passes without _number_tied): a list of periods counts no rules
    conn = notes_conn(tmp_path, "# Config\n\n- Rules eval trigger: configuration changes OR"
                      " periodic (1, 3, 6, 12, 24 h)\n")
    assert lookup_values(conn, "aws config max rules per account") == []


@pytest.mark.parametrize("line, query, value", [
    ("# VPC\n\n- VPCs per region | 5 | yes", "vpcs per region default", "5"),
    ("# SNS\n\n- subscribers per topic NOT 10,000 -> 12,500,000 ; topics per account 100,000",
     "sns subscribers per topic", "12,500,000"),
    ("# Lambda\n\n- concurrency 1000 per region default (soft limit)",
     "lambda concurrency limit per region", "1000"),
    ("# IAM\n\n- Q: users max per account?\n- A: 5,000. Groups can't be nested.",
     "max iam users per account", "5,000"),
    ("# DynamoDB\n\n- GSI = any partition + sort key, add anytime, max 20 per table (default)",
     "max gsi per table", "20"),
    ("# VPC\n\n- And remember AWS reserves five IP addresses in every subnet",
     "how many ips does aws reserve per subnet", "five"),
])
def test_a_number_tied_to_the_count_or_scope_still_answers(tmp_path, line, query, value):
    conn = notes_conn(tmp_path, f"{line}\n")
    found = lookup_values(conn, query)
    assert found and value in found[0], found


def test_a_default_maximum_is_no_relation_of_one(tmp_path):
    # "kinesis max shards per stream default" (unseen sets of sessions 30 and 34)
    conn = notes_conn(tmp_path, "# Kinesis Data Streams\n\n- Kinesis KCL: 1 shard ↔ 1 worker\n")
    assert lookup_values(conn, "kinesis max shards per stream default") == []


@pytest.mark.parametrize("line, query, value", [
    ("# S3\n\n- request rate per prefix: 5,500 GET/HEAD per second per prefix",
     "s3 get requests per sec per prefix", "5,500"),
    ("# SNS\n\n- 100,000 topics/acct, 12,500,000 subs/topic", "sns subscriptions per topic",
     "12,500,000"),
])
def test_a_count_per_scope_written_with_a_slash_still_answers(tmp_path, line, query, value):
    conn = notes_conn(tmp_path, f"{line}\n")
    found = lookup_values(conn, query)
    assert found and value in found[0], found


# CloudWatch keeps data points of under 60 s for 3 hours, of 1 minute for 15 days
# (https://docs.aws.amazon.com/AmazonCloudWatch/latest/monitoring/cloudwatch_concepts.html).
@pytest.mark.parametrize("query", ["how long does cloudwatch keep metric data",
                                   "how long does cloudwatch keep 1 minute metrics",
                                   "cloudwatch metric retention"])
def test_a_resolution_is_no_retention(tmp_path, query):
    # three sets of sessions 26 to 36: the 1 s resolution answered how long metrics are kept
    conn = notes_conn(tmp_path, "# CloudWatch\n\n- high-resolution custom metrics: 1 s\n")
    assert lookup_values(conn, query) == []
    kept = notes_conn(tmp_path / "kept", "# CloudWatch\n\n- metrics kept 15 months;"
                      " high-resolution custom metrics: 1 s\n")
    found = lookup_values(kept, query)
    assert found and "15" in found[0], found


def test_a_keep_alive_timeout_of_seconds_still_answers(tmp_path):
    conn = notes_conn(tmp_path, "# CloudFront\n\n- origin keep-alive timeout: default 5 s\n")
    found = lookup_values(conn, "cloudfront origin keep alive timeout default")
    assert found and "5" in found[0], found


# Step Functions: a Map state's MaxConcurrency of 0 (the default) places no limit on
# parallel iterations (https://docs.aws.amazon.com/step-functions/latest/dg/amazon-states-language-map-state.html).
@pytest.mark.parametrize("query", ["map state max concurrency default",
                                   "step functions map max concurrency default"])
def test_a_default_maximum_of_zero_that_means_something_still_answers(tmp_path, query):
    conn = notes_conn(tmp_path, "# Step Functions\n\n- Map state: MaxConcurrency default 0 ="
                      " unlimited parallel iterations\n")
    found = lookup_values(conn, query)
    assert found and "0" in found[0], found


# SQS long polling waits up to 20 s; API Gateway's integration timeout is 29 s; the default
# visibility timeout is 30 s (https://docs.aws.amazon.com/AWSSimpleQueueService/latest/
# SQSDeveloperGuide/sqs-visibility-timeout.html).
@pytest.mark.parametrize("section, line, query, value", [
    ("SQS", "long polling keeps the connection open up to 20 s",
     "how long does long polling keep the connection open", "20"),
    ("API Gateway", "API Gateway: integration timeout 29 s",
     "how long does api gateway keep a request open", "29"),
    ("SQS", "visibility timeout default 30 s",
     "how long does sqs keep a message hidden by default", "30"),
])
def test_a_timeout_asked_by_keep_still_answers(tmp_path, section, line, query, value):
    # "keep ... open", "keep ... hidden" ask a timeout, not a retention of data
    conn = notes_conn(tmp_path, f"# {section}\n\n- {line}\n")
    found = lookup_values(conn, query)
    assert found and value in found[0], found


def test_a_resolution_in_a_table_is_no_retention(tmp_path):
    # a resolution's 60 s is no retention, however long: the line calls it a resolution
    conn = notes_conn(tmp_path, "# CloudWatch\n\n| metric | resolution |\n|---|---|\n"
                      "| standard resolution | 60 s |\n| high-resolution metrics | 1 s |\n")
    found = lookup_values(conn, "how long does cloudwatch keep high resolution metrics")
    assert found == [], found


def test_a_rate_unit_typed_in_full_asks_no_size(tmp_path):
    # "mb per seconds" is a unit of throughput as "mb/s" is ("seconds" was missing)
    conn = notes_conn(tmp_path, "# EBS\n\n- io2 Block Express: max size 64 TiB\n")
    assert lookup_values(conn, "io2 block express max throughput mb per seconds") == []


# The fix review's cases: an arrow or "=" that joins no two counts is no relation; a storage
# "period" is a retention (S3 minimum storage durations: https://docs.aws.amazon.com/AmazonS3/
# latest/userguide/storage-class-intro.html; Kinesis Data Streams keeps data 24 hours by
# default, up to 365 days: https://docs.aws.amazon.com/streams/latest/dev/kinesis-extended-retention.html).
@pytest.mark.parametrize("section, line, query", [
    ("VPC", "subnet => 1 route table (can be shared)", "max route tables per subnet"),
    ("IAM", "instance profile = container for 1 IAM role", "max roles per instance profile"),
    ("Lambda", "Lambda fn: 1 DLQ (SQS or SNS) -> failed async events go there",
     "lambda max dlq per function"),
])
def test_an_arrow_joining_no_two_counts_is_no_relation(tmp_path, section, line, query):
    conn = notes_conn(tmp_path, f"# {section}\n\n- {line}\n")
    found = lookup_values(conn, query)
    assert found and "1" in found[0], found


@pytest.mark.parametrize("section, line, query, value", [
    ("S3", "Deep Archive: min storage period 180 days", "glacier deep archive minimum retention",
     "180"),
    ("S3", "Standard-IA: min storage period 30 days, min billable obj 128 KB",
     "s3 standard ia minimum storage retention", "30"),
    ("Kinesis Data Streams", "data stays 24 h default period, extendable to 365 d",
     "how long does kinesis keep data by default", "24"),
])
def test_a_storage_period_is_a_retention(tmp_path, section, line, query, value):
    conn = notes_conn(tmp_path, f"# {section}\n\n- {line}\n")
    found = lookup_values(conn, query)
    assert found and value in found[0], found


def test_gb_seconds_typed_is_no_rate(tmp_path):
    # Lambda's free tier counts compute in GB-seconds (400,000 a month:
    # https://aws.amazon.com/lambda/pricing/); "gb seconds" typed asks that, not a throughput
    conn = notes_conn(tmp_path, "# Free tier\n\nAlways free:\n- Lambda: 1 million requests +"
                      " 400,000 GB-seconds per month\n")
    found = lookup_values(conn, "lambda free tier gb seconds")
    assert found and "400,000" in found[0], found


# The second fix review's cases: a relation to the thing asked per is that maximum; a default
# of 0 the line states answers a default asked (reserved concurrency 0 throttles a function:
# https://docs.aws.amazon.com/lambda/latest/dg/configuration-concurrency.html).
@pytest.mark.parametrize("section, line, query", [
    ("VPC", "1 VPC <-> 1 internet gateway", "max internet gateways per vpc"),
    ("Route 53", "1 hosted zone <-> 1 domain", "max domains per hosted zone"),
    ("Lambda", "reserved concurrency per function: default 0 reserved (uses unreserved pool)",
     "lambda max reserved concurrency per function default"),
])
def test_a_relation_to_the_scope_asked_is_its_maximum(tmp_path, section, line, query):
    conn = notes_conn(tmp_path, f"# {section}\n\n- {line}\n")
    assert lookup_values(conn, query), query


# The last read of session 36: the other side of "1 X -> 1 Y" named by a longer or shorter
# name than the query's "per" thing is still the thing asked per
@pytest.mark.parametrize("section, line, query", [
    ("Lambda", "1 function -> 1 execution role", "max execution roles per lambda function"),
    ("SQS", "1 SQS queue -> 1 DLQ (redrive policy)", "max dlqs per queue"),
    ("Kinesis Data Streams", "1 Kinesis shard -> 1 KCL worker", "max workers per shard"),
    ("Kinesis Data Streams", "1 shard <-> 1 KCL worker", "max shards per worker"),
])
def test_a_relation_to_the_scope_by_another_name_is_its_maximum(tmp_path, section, line, query):
    conn = notes_conn(tmp_path, f"# {section}\n\n- {line}\n")
    assert lookup_values(conn, query), query
