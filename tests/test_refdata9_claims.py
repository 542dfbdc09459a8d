"""The refdata9 reference entries meet the wordings students use, through the real CLI and the
shipped reference: a stale or wrong claim is flagged under the entry that states the current
fact, a right one is confirmed, and a right note is never flagged."""

from __future__ import annotations

import pytest

from .helpers import check_findings, two_note_folder

# Each line states one claim; the lines are what students wrote in the development notes, reworded.
STALE = """# VPC

- NAT gateway: managed, one per AZ, 5 Gbps bursting to 45 Gbps
- VPC peering works cross-account but both VPCs must be in the same region

# CloudTrail

- Event history keeps 30 days of management events for free

# Snow Family

- Snowcone 8 TB, Snowball Edge 80 TB, Snowmobile 100 PB
"""

RIGHT = """# VPC

- VPC CIDR block between /16 and /28
- AWS reserves 5 IP addresses per subnet (first 4 + last 1), so a /24 has 251 usable
- VPC peering is not transitive, no overlapping CIDRs, inter-region peering is supported
- NAT gateway scales from 5 Gbps up to 100 Gbps

# EC2

- Spot instances get a 2 minute interruption notice
- EC2 basic monitoring every 5 minutes, detailed monitoring 1 minute

# CloudTrail

- CloudTrail event history keeps 90 days of management events, free
- Data events are off by default, management events are logged

# Organizations

- An SCP can be up to 5,120 characters
- SCPs never grant permissions, they set the maximum permissions
"""


@pytest.fixture
def notes(tmp_path):
    return two_note_folder(tmp_path, STALE, RIGHT)


check = check_findings


def test_each_stale_claim_is_flagged_under_the_entry_that_states_the_current_fact(notes, tmp_path):
    result, found = check(notes / "stale.md", db=tmp_path / "s.db")
    assert result.returncode == 1, result.stderr
    by_line = {}
    for x in found:
        by_line.setdefault(x["line"], set()).add((x["reference"]["id"], x["status"]))
    assert by_line[3] == {("vpc.nat-gateway.bandwidth", "outdated")}
    assert by_line[4] == {("vpc.peering.inter-region", "outdated")}  # both once so (check23c)
    assert by_line[8] == {("cloudtrail.event-history.retention", "wrong")}
    # Snowcone is retired, so the line is outdated (not wrong): it was true when written. The
    # same line still offers Snowball Edge, closed to new customers since (a claim about
    # another measure than the Snowcone fact's, told since check18).
    assert by_line[12] == {("snowfamily.snowcone.discontinued", "outdated"),
                           ("snowfamily.snowball-edge.availability", "outdated")}
    snow = next(x for x in found if x["line"] == 12
                and x["reference"]["id"] == "snowfamily.snowcone.discontinued")
    assert snow["reference"]["changed"] == "2024-11-12"


def test_right_claims_are_confirmed_and_never_flagged(notes, tmp_path):
    result, found = check(notes / "right.md", db=tmp_path / "r.db")
    assert result.returncode == 0, (result.stderr, found)
    assert found == []
    _, every = check(notes / "right.md", "--all", db=tmp_path / "r.db")
    confirmed = {x["reference"]["id"] for x in every if x["status"] == "current"}
    assert {"vpc.cidr-block-size.range", "vpc.subnet.reserved-ips", "vpc.peering.transitive",
            "vpc.nat-gateway.bandwidth", "ec2.spot-interruption-notice.claim",
            "cloudtrail.event-history.retention", "cloudtrail.data-events.default",
            "organizations.scp-size.max", "organizations.scp.grants-nothing"} <= confirmed
    assert {x["status"] for x in every} <= {"current", "unknown"}
