"""Stale wordings the shipped reference's verified entries missed before check17, through the
real CLI: a size given for several EBS volume types at once ("gp2/gp3/io1 1 GiB - 16 TiB",
which the parser files under gp2), counts and limits the parser files under no key an entry
meets (Multi-Attach, Firehose buffering, Kinesis retention, a CSV quota row), role chaining in
an IAM section, and lines a word kept out ("old version", "Batch isn't atomic"). Each stale
wording sits next to a right one that must not be flagged. The notes are reworded, not copied,
from the development notes."""

from __future__ import annotations

import pytest

from .helpers import check_findings, stale_flags, two_note_folder

STALE = """# Study notes

## EBS
- sizes: gp2/gp3/io1 1 GiB - 16 TiB
- | gp3 | baseline 3,000 IOPS; up to 16,000 IOPS |
- Multi-Attach: io1/io2 only, up to 8 Nitro instances in one AZ

## S3
- overwrite PUTs and DELETEs: eventual consistency (you may read the old version)

## Firehose
- Firehose is near real time: its buffer waits at least 60 seconds

## Kinesis
- max retention 7 days

## IAM
- Role chaining also goes up to 12 h.

## DynamoDB
- Batch isn't atomic (UnprocessedItems). Transactions max 25 items per call.

## Lambda
- payload max 256 KB for async

## VPC
- Direct Connect: dedicated 1, 10, 100 Gbps; hosted 50 Mbps to 10 Gbps

## KMS
- AWS managed keys :: aws/service-name (aws/ebs, aws/rds), free, rotation every 3 years

## DAX
- cluster up to 10 nodes (1 primary + 9 replicas), 3 nodes min for prod

## Monitoring
CloudWatch      PutMetricData        custom metrics, dimensions max 10
- CW Logs event max size 256 KB

## Queues and tables
SQS             in-flight msgs FIFO                  20,000

## DynamoDB checklist
- [x] GSI: max 5 per table, can add any time

## Load balancing
- ELB idle timeout default = 30 sec, raise it for long polling

## SQS quotas
Batch size (Send/Delete)         10 msgs              10 msgs      total payload 256 KB
"""

# line -> the entry that must flag it
STALE_LINES = {4: "ebs.gp3.size.range", 5: "ebs.gp3.iops.max", 6: "ebs.multi-attach.max",
               9: "s3.consistency", 12: "firehose.buffer-interval.min",
               15: "kinesis.retention-period.max", 18: "sts.role-chaining-duration.max",
               21: "dynamodb.transaction-items.max",
               24: "lambda.invocation-payload-size.async.max",
               27: "directconnect.hosted.bandwidth", 30: "kms.rotation.aws-managed",
               # (line 33, DAX's 10 nodes: AWS's pages disagree, 10 or 11, so neither
               # wording is flagged; tests/test_questions19_review.py)
               36: "cloudwatch.dimensions.max", 37: "cloudwatch-logs.event-size.max",
               40: "sqs.fifo-queue.in-flight-messages.max",
               43: "dynamodb.gsi.gsis-per-table.max",
               46: "elb.alb.idle-timeout.default", 49: "sqs.request-payload-size.max"}

RIGHT = """# Study notes

## EBS
- sizes: gp2 1 GiB - 16 TiB, gp3 1 GiB - 64 TiB
- gp2 up to 16,000 IOPS; gp3 up to 80,000 IOPS
- Multi-Attach: io1/io2 only, up to 16 Nitro instances in one AZ

## S3
- strongly consistent for all PUTs and DELETEs (used to be eventual for overwrites)

## Firehose
- buffer interval 0 to 900 seconds, default 300

## Kinesis
- retention 24 h default, max 365 days

## IAM
- AssumeRole up to 12 h; role chaining max 1 hour

## DynamoDB
- BatchWriteItem: 25 items per call, not atomic

## VPC
- Direct Connect: dedicated 1, 10, 100 or 400 Gbps; hosted 50 Mbps to 25 Gbps

## KMS
- AWS managed keys :: aws/service-name (aws/ebs, aws/rds), free, rotation every year

## DAX
- cluster up to 11 nodes (1 primary + 10 replicas), 3 nodes min for prod

## RDS
- automated backups default 7 days (console) / 1 day (CLI), max 35 days

## Monitoring
CloudWatch      PutMetricData        custom metrics, dimensions max 30
- CW Logs event max size 1 MB

## Queues and tables
SQS             in-flight msgs FIFO                  120,000

## DynamoDB checklist
- [x] GSI: max 20 per table, can add any time

## Load balancing
- ELB idle timeout default = 60 sec, raise it for long polling

## SQS quotas
Batch size (Send/Delete)         10 msgs              10 msgs      total payload 1 MiB
"""


@pytest.fixture(scope="module")
def notes(tmp_path_factory):
    return two_note_folder(tmp_path_factory.mktemp("c17"), STALE, RIGHT)


def test_each_stale_wording_is_flagged_by_its_entry(notes, tmp_path):
    flags = stale_flags(notes, tmp_path / "s.db")
    for line, ref in STALE_LINES.items():
        assert ref in {r for r, _ in flags.get(line, set())}, (line, flags.get(line))
        assert all(status in ("outdated", "wrong") for _, status in flags[line])


def test_the_right_wordings_beside_them_are_not_flagged(notes, tmp_path):
    result, found = check_findings(notes / "right.md", db=tmp_path / "r.db")
    flagged = [(x["line"], x["reference"]["id"]) for x in found
               if x["status"] in ("outdated", "wrong")]
    assert flagged == [], flagged
    assert result.returncode == 0, result.stderr


def test_a_per_unit_maximum_whose_unit_the_line_never_names_stays_undecided():
    # "memory 128 MB up to 3008 MB" read as memory per vCPU: the line's only maximum, but the
    # line never speaks of vCPUs, so no "memory per vCPU is 1,769 MB" finding is shown for it
    from studycli.reference.assess import assess

    line = "- memory 128 MB up to 3008 MB, CPU scales w/ memory"
    fact = {"service": "Lambda", "subject": "", "attribute": "memory per vCPU", "kind": "limit",
            "qualifier": "max", "value": "3008 MB", "number": 3008 * 1048576, "unit": "B",
            "snippet": line}
    found = assess(fact)
    assert found is None or not found.flagged
    # the same line's maximum filed as memory itself is judged
    memory = {**fact, "attribute": "memory"}
    assert assess(memory).status == "outdated"
