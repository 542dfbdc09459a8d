"""The refdata12 reference additions (SNS FIFO topics also deliver to SQS standard queues in the
"SQS (FIFO)" wording; the old 100-bucket default in words; Fargate runs Windows containers;
CloudWatch's old 10 dimensions in words; RDS for SQL Server's old 16 TiB; quota-table rows,
piped, tabbed or in HTML cells, that give the old 256 KB / 1 MB ceilings as not adjustable;
Route 53 geoproximity records no longer need Traffic Flow; Aurora Serverless v2 scales to 0 ACUs;
a Kinesis record's size under any subject; Lambda's VPC ENIs are not created per container;
CloudFront's 600+ points of presence; FIFO queues take no per-message timers; identity pools
do not issue user pool tokens; EBS snapshots live in S3 and copy across Regions;
SNS FIFO topics take 3,000 messages/s and 20 MB/s;
CodeDeploy deploys Lambda blue/green only; a WebSocket connection lasts at most 2 hours;
Object Lock on existing buckets; SnapStart is not Java-only)
through the real CLI and the shipped reference: a stale line is flagged under the entry that
states today's fact, a right one never."""

from __future__ import annotations

import pytest

from .helpers import check_findings, stale_flags, two_note_folder

# Lines as students write them in the development notes, reworded.
STALE = """# SNS

- SNS FIFO topics only deliver to SQS (FIFO) queues

# S3

- S3 buckets per account: default 100 (soft limit)

# Fargate

- Fargate = Linux containers only, Windows needs the EC2 launch type

# CloudWatch

- custom metrics: up to 10 dimensions per metric

# RDS

- RDS max storage 64 TiB (SQL Server 16 TiB)

# SNS quotas

<table>
<tr><th>Resource</th><th>Default</th><th>Notes</th></tr>
<tr><td>Message size</td><td>256 KB</td><td>hard</td></tr>
</table>

# Quotas

Service\tQuota\tDefault\tMax\tAdjustable
SQS\tMessage size\t-\t256 KB\tno
Kinesis\tRecord size\t-\t1 MB\tno

# Route 53

- geoproximity = bias to shift traffic, needs Traffic Flow
- routing policies: simple, weighted, geoproximity (traffic flow), multivalue

# Aurora

- Aurora Serverless v2 scales in 0.5 ACU increments, min 0.5 ACU

# Kinesis

## Shards & throughput

- 1 shard = 1 MB/s or 1,000 records/s in, 2 MB/s out
- max record size 1 MB

# Lambda

- cold start in VPC adds ~10 s because an ENI gets created for each new container

# CloudFront

- CDN with 400 edge locations (points of presence)

# SQS timers

- Message timers (per-message DelaySeconds) work on standard AND FIFO queues

# Cognito

- identity pools issue JWT tokens used by API GW

# EBS

- EBS snapshots stored in the same AZ as the volume
- you can't copy snapshots to another region

# SNS FIFO

- FIFO topics: 300 publishes/s (or 10 MB/s)
- SNS FIFO topic limit: 300 publishes per second

# Deployments

- Lambda supports in-place and blue/green deployment types

# API Gateway

- WebSocket: connection max 24 hours, idle timeout 10 min

# S3 Object Lock

- Object Lock can only be turned on when the bucket is created

# SQS extended client

- used for messages larger than 256 KB (SQS Max)

# Lambda SnapStart

- SnapStart = cheaper cold start fix but Java runtimes only

# DynamoDB transactions

- TransactWriteItems: up to 25 actions
"""

RIGHT = """# SNS

- SNS FIFO topics deliver to SQS FIFO queues and to SQS standard queues

# S3

- S3 buckets per account: default 10,000 general purpose buckets
- buckets per account: 100 was the old default, now 10,000

# Fargate

- Fargate Spot: Linux only, no Windows tasks
- Fargate runs Linux and Windows containers

# CloudWatch

- up to 30 dimensions per metric

# RDS

- RDS for SQL Server: 64 TiB per volume, up to 256 TiB with additional volumes
- RDS Custom for SQL Server: gp3 volumes up to 16 TiB

# Quotas

Service\tQuota\tDefault\tMax\tAdjustable
SNS\tMessage size\t256 KB\t1 MiB\tyes
Kinesis\tRecord size\t1 MiB\t10 MiB\tyes

# Route 53

- geoproximity records: bias, Traffic Flow optional
- geolocation = by user location, geoproximity = bias

# Aurora

- Aurora Serverless v2 scales in 0.5 ACU increments
- Aurora Serverless v2: min 0.5 ACU on older versions, now can scale to 0 (auto-pause)

# Kinesis

## Shards & throughput

- 1 shard = 1 MB/s or 1,000 records/s in, 2 MB/s out
- max record size 10 MiB (default 1 MiB)

# Lambda

- in a VPC: Hyperplane ENIs, one per subnet + security group combination, shared
- up to 5 security groups per ENI

# CloudFront

- 600+ points of presence and 13 regional edge caches
- CDN; Global Accelerator uses 100+ edge locations too
- CDN, 400+ PoPs, caches at edge (a lower bound 600+ still meets)

# SQS timers

- message timers: standard queues only, FIFO queues don't support per-message timers
- delay queues work on standard and FIFO queues

# Cognito

- user pools issue JWT tokens (ID, access, refresh); identity pools give temporary AWS credentials

# EBS

- EBS volume is locked to one AZ; to move it, snapshot -> restore in the other AZ
- snapshots are incremental and stored in S3; copy a snapshot to another region for DR

# SNS FIFO

- FIFO topics: 3,000 messages/s or 20 MB/s per topic (was 300 publishes/s)

# Deployments

- CodeDeploy: in-place (EC2 only) vs blue/green; Lambda always blue/green (canary, linear)

# API Gateway

- WebSocket: connection max 2 hours, idle timeout 10 min

# S3 Object Lock

- Object Lock needs versioning; once enabled it cannot be disabled
- Object Lock can be enabled on existing buckets too

# SQS extended client

- for messages larger than 1 MiB (SQS max, was 256 KB), up to 2 GB in S3

# Lambda SnapStart

- SnapStart: Java (also Python & .NET now), reduces cold start by snapshotting init
- SnapStart cuts cold starts; provisioned concurrency keeps environments warm

# DynamoDB transactions

- BatchWriteItem: 25 items / 16 MB, not atomic; TransactWriteItems is atomic
- TransactWriteItems: up to 100 actions (was 25), 4 MB
"""


@pytest.fixture
def notes(tmp_path):
    return two_note_folder(tmp_path, STALE, RIGHT)


def test_each_stale_line_is_flagged_under_the_entry_that_states_todays_fact(notes, tmp_path):
    assert stale_flags(notes, tmp_path / "s.db") == {
        3: {("sns.fifo-topic.sqs-subscribers", "outdated")},
        7: {("s3.buckets.default", "outdated")},
        11: {("fargate.windows-containers", "outdated")},
        15: {("cloudwatch.dimensions.max", "outdated")},
        19: {("rds.sqlserver.storage", "outdated")},
        25: {("sns.message-size.max", "outdated")},
        31: {("sqs.message-size.max", "outdated")},
        32: {("kinesis.record-size.max", "outdated")},
        36: {("route53.geoproximity.records", "outdated")},
        37: {("route53.geoproximity.records", "outdated")},
        41: {("aurora-serverless.v2.min-capacity", "outdated")},
        # filed under the shard subject: a record's size is the stream's, whatever the subject
        48: {("kinesis.record-size.max", "outdated")},
        52: {("lambda.vpc.eni-creation", "outdated")},
        56: {("cloudfront.points-of-presence", "outdated")},
        60: {("sqs.message-timer.fifo-support", "wrong")},
        64: {("cognito.identity-pool.credentials", "wrong")},
        68: {("ebs.snapshot.storage", "wrong")},
        69: {("ebs.snapshot.cross-region-copy", "wrong")},
        73: {("sns.fifo-topic.bandwidth.max", "outdated")},
        74: {("sns.fifo-topic.message-rate.max", "outdated")},
        78: {("lambda.codedeploy-lambda.deployment-type", "wrong")},
        82: {("apigateway.websocket-api.connection-duration.max", "wrong")},
        86: {("s3.object-lock.existing-buckets", "outdated")},
        90: {("sqs.message-size.max", "outdated")},
        94: {("lambda.snapstart.runtimes", "outdated")},
        98: {("dynamodb.transaction-items.max", "outdated")},
    }


def test_right_lines_are_never_flagged(notes, tmp_path):
    result, found = check_findings(notes / "right.md", db=tmp_path / "r.db")
    assert result.returncode == 0, (result.stderr, found)
    assert found == []
