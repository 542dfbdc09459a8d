"""More refdata9 entries through the real CLI and the shipped reference: limits AWS raised since
the courses students copied (Aurora global database Regions, RDS read replicas, Logs Insights
timeout) are flagged outdated, wrong statements (ElastiCache without IAM auth, Global
Accelerator without NLB) are flagged wrong, and the right wordings are confirmed."""

from __future__ import annotations

import pytest

from .helpers import check_findings, two_note_folder

STALE = """# Databases

- Aurora Global Database: up to 5 secondary regions
- RDS MySQL max 5 read replicas
- ElastiCache doesn't support IAM auth at all, Redis AUTH token only

# Monitoring

- CloudWatch Logs Insights query timeout is 15 min

# Edge

- Global Accelerator: NLB not supported as an endpoint

# EC2

- Spot blocks (defined duration): 1-6 hours without interruption
"""

RIGHT = """# Databases

- Aurora Global Database: up to 10 secondary regions
- RDS backups retention 0-35 days
- ElastiCache IAM auth for Redis 7+ and Valkey

# Monitoring

- CloudWatch Logs Insights query timeout 60 min
- CloudWatch alarm states: OK, ALARM, INSUFFICIENT_DATA
- CloudWatch metrics: 1-min points 15 days, 5-min 63 days, 1-hour 455 days

# Deployments

- Beanstalk: all at once, rolling, rolling with additional batch, immutable, traffic splitting

# Edge

- WAF on ALB, CloudFront, API Gateway, AppSync - not on NLB
"""


@pytest.fixture
def notes(tmp_path):
    return two_note_folder(tmp_path, STALE, RIGHT)


check = check_findings


def test_raised_limits_are_outdated_and_wrong_statements_wrong(notes, tmp_path):
    result, found = check(notes / "stale.md", db=tmp_path / "s.db")
    assert result.returncode == 1, result.stderr
    by_line: dict[int, set] = {}
    for x in found:
        by_line.setdefault(x["line"], set()).add((x["reference"]["id"], x["status"]))
    # the claim, or (since the parser reads "up to 5 secondary regions" as a limit, session 19)
    # the number itself meeting aurora.global-database.secondaries.max: outdated
    assert {s for i, s in by_line[3] if i.startswith("aurora.global-database.secondaries")} \
        == {"outdated"}
    # the claim, or (since check9) the number itself meeting rds.read-replicas.max: outdated
    assert {s for i, s in by_line[4] if i.startswith("rds.read-replicas")} == {"outdated"}
    assert ("elasticache.iam-auth", "outdated") in by_line[5]
    assert by_line[9] == {("cloudwatch-logs.insights-query-timeout", "outdated")}
    assert by_line[13] == {("globalaccelerator.endpoint-types", "wrong")}
    # a retired purchasing option: outdated, whatever the line says of it
    assert by_line[17] == {("ec2.spot-blocks.retired", "outdated")}


def test_the_current_wordings_are_confirmed_and_never_flagged(notes, tmp_path):
    result, found = check(notes / "right.md", db=tmp_path / "r.db")
    assert result.returncode == 0, (result.stderr, found)
    _, every = check(notes / "right.md", "--all", db=tmp_path / "r.db")
    confirmed = {x["reference"]["id"] for x in every if x["status"] == "current"}
    # (the Aurora line: its claim, or its number read as a limit meeting the entry's maximum)
    assert confirmed & {"aurora.global-database.secondaries.claim",
                        "aurora.global-database.secondaries.max"}
    assert {"rds.backup-retention.range-claim", "elasticache.iam-auth",
            "cloudwatch-logs.insights-query-timeout", "cloudwatch.alarm-states",
            "elasticbeanstalk.deployment-policies", "waf.protected-resources"} <= confirmed
    # one line, one retention schedule: whichever of its three entries answers first
    assert confirmed & {"cloudwatch.retention.1min.claim", "cloudwatch.retention.5min.claim",
                        "cloudwatch.retention.1hour.claim"}
