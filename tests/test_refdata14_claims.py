"""The refdata14 reference additions through the real CLI and the shipped reference: stale
claims in the wordings students use on notes nobody tuned on (reworded from the development
notes), each next to a right wording that must not be flagged; and a contradicted claim flags
the number it is about, not another number on its line."""

from __future__ import annotations

import sqlite3

import pytest

from .helpers import check_findings, stale_flags, two_note_folder

STALE = """# Serverless

- API GW integration timeout => 50 ms to 29 sec (hard)
- CodeBuild: timeout default 60 min, max 8 hours (480 min)
- X-Ray sampling default: first request each second + 10% of additional

# Messaging

- SQS: right answer, max is 256 KB -> SQS Extended Client (S3 pointer)
- SNS FIFO: ordering by message group ID + dedup, subscribers: SQS FIFO only
- Firehose destinations: S3, Redshift (via S3 COPY), OpenSearch, DynamoDB, Splunk

# Storage and security

- S3 buckets per account: 100 default (soft)
- DynamoDB tables per region: 256
- NLB has no security groups, so filter at the targets' security groups
- KMS keys never leave KMS unencrypted (FIPS 140-2 level 3 HSMs)
"""

RIGHT = """# Serverless

- API Gateway integration timeout 50 ms to 29 s by default; Regional REST APIs can raise it
- CodeBuild timeout: default 60 minutes, max 36 hours
- X-Ray sampling default: first request each second + 5% of additional requests

# Messaging

- SQS max message size 1 MiB; Extended Client Library for bigger payloads (up to 2 GB)
- SNS FIFO topics deliver to SQS FIFO and SQS standard queues
- Firehose destinations: S3, Redshift (via S3 COPY), OpenSearch, Splunk, HTTP. NOT DynamoDB

# Storage and security

- S3: 10,000 general purpose buckets per account by default
- DynamoDB: 2,500 tables per region (soft quota)
- NLB supports security groups now: attach them when you create the load balancer
"""


@pytest.fixture(scope="module")
def notes(tmp_path_factory):
    return two_note_folder(tmp_path_factory.mktemp("rd14"), STALE, RIGHT)


@pytest.fixture(scope="module")
def stale(notes, tmp_path_factory):
    return stale_flags(notes, tmp_path_factory.mktemp("s") / "s.db")


@pytest.mark.parametrize(("line", "entry", "status"), [
    (3, "apigateway.integration-timeout.raisable", "outdated"),
    (4, "codebuild.build-timeout.max", "outdated"),
    (5, "xray.sampling.fixed-rate.default", "wrong"),
    (9, "sqs.message-size.max", "outdated"),
    (10, "sns.fifo-topic.sqs-subscribers", "outdated"),
    (11, "firehose.destinations.no-dynamodb", "wrong"),
    (15, "s3.buckets.default", "outdated"),
    (16, "dynamodb.tables.default", "outdated"),
    (17, "elb.nlb.security-groups", "outdated"),
    (18, "kms.hsm.fips-validation", "outdated"),
])
def test_each_stale_line_is_flagged_under_the_entry_that_states_todays_fact(stale, line, entry,
                                                                            status):
    assert (entry, status) in stale.get(line, set()), stale.get(line)


def test_only_the_stale_lines_are_flagged(stale):
    assert set(stale) == {3, 4, 5, 9, 10, 11, 15, 16, 17, 18}


def test_right_lines_are_never_flagged(notes, tmp_path):
    result, found = check_findings(notes / "right.md", db=tmp_path / "r.db")
    assert result.returncode == 0, (result.stderr, found)
    assert found == []


def test_a_contradicted_claim_flags_its_own_number_not_another_on_the_line(tmp_path):
    # "max 8 hours" is the stale claim; the 60-minute default beside it is right (each fact's
    # status is read from the database: `check` shows one finding a line)
    note = tmp_path / "cb.md"
    note.write_text("# CodeBuild\n\n- CodeBuild timeout default 60 min, max 8 hours\n",
                    encoding="utf-8")
    db = tmp_path / "c.db"
    result, _ = check_findings(note, db=db)
    assert result.returncode == 1, result.stderr
    with sqlite3.connect(db) as conn:
        status = dict(conn.execute("SELECT f.value, c.status FROM facts f JOIN fact_currency c "
                                   "ON c.fact_id = f.id WHERE f.line = 3"))
    assert status.get("8 h") == "outdated"
    assert status.get("60 min") == "current"


DX_STALE = """# Hybrid connectivity

- Direct Connect: dedicated 1 / 10 / 100 Gbps, hosted 50 Mbps - 10 Gbps
- DX = private dedicated line, 1, 10 or 100 Gbps dedicated, weeks to set up
"""

DX_RIGHT = """# Hybrid connectivity

- Direct Connect: dedicated 1, 10, 100 or 400 Gbps; hosted 50 Mbps up to 25 Gbps
- DX is not encrypted by default: run a VPN over it or use MACsec
"""


def test_old_direct_connect_port_speeds_are_flagged_and_todays_are_not(tmp_path):
    notes = two_note_folder(tmp_path, DX_STALE, DX_RIGHT)
    assert stale_flags(notes, tmp_path / "s.db") == {
        3: {("directconnect.dedicated.port-speeds", "outdated"),
            ("directconnect.hosted.bandwidth", "outdated")},
        4: {("directconnect.dedicated.port-speeds", "outdated")},
    }
    result, found = check_findings(notes / "right.md", db=tmp_path / "r.db")
    assert result.returncode == 0, (result.stderr, found)


def test_a_claim_does_not_flag_a_number_on_its_line_outside_what_it_matched(tmp_path):
    # the Direct Connect claim is about "1/10/100 Gbps", not the VPN's 1.25 Gbps before it;
    # `check` shows one finding a line, so each fact's status is read from its database
    note = tmp_path / "hybrid.md"
    note.write_text("# Hybrid\n\n- Direct Connect vs VPN: VPN 1.25 Gbps per tunnel, "
                    "DX dedicated 1/10/100 Gbps\n", encoding="utf-8")
    db = tmp_path / "h.db"
    result, _ = check_findings(note, db=db)
    assert result.returncode == 1, result.stderr
    with sqlite3.connect(db) as conn:
        status = dict(conn.execute("SELECT f.value, c.status FROM facts f JOIN fact_currency c "
                                   "ON c.fact_id = f.id WHERE f.line = 3"))
    assert status.get("1.25 Gbps") not in ("outdated", "wrong")
    assert "outdated" in status.values()


MORE_STALE = """# Deploy and edge

- CodeDeploy: check minimum healthy hosts (default HALF_AT_A_TIME = 50%)
- CloudFront origin must be public: ALB in private subnet can't be an origin
- EBS gp2 -> gp3 change: have to detach volume + stop instance first
"""

MORE_RIGHT = """# Deploy and edge

- CodeDeploy EC2 configs: AllAtOnce, HalfAtATime, OneAtATime (default = OneAtATime)
- CodeDeploy Lambda: Canary10Percent5Minutes, Linear10PercentEvery1Minute, AllAtOnce
- CloudFront VPC origins: a private ALB can be the origin, no public ALB needed
- EBS gp2 -> gp3: Elastic Volumes, modify in place with no downtime
"""


def test_codedeploy_default_config_private_origins_and_elastic_volumes(tmp_path):
    notes = two_note_folder(tmp_path, MORE_STALE, MORE_RIGHT)
    assert stale_flags(notes, tmp_path / "s.db") == {
        3: {("codedeploy.deployment-config.default", "wrong")},
        4: {("cloudfront.vpc-origins", "outdated")},
        5: {("ebs.elastic-volumes.in-place", "wrong")},
    }
    result, found = check_findings(notes / "right.md", db=tmp_path / "r.db")
    assert result.returncode == 0, (result.stderr, found)
