"""check18b: a review of check18's line claims. A pattern read on every note line must name
its own service or subject, and a line's claim about another measure is told as that line."""

from __future__ import annotations

from .helpers import check_findings, flagged_by_line, two_note_folder

STALE = """# Databases

- DynamoDB: can switch provisioned <-> on-demand once every 24 hours
- API GW: 29 seconds max for all integration types, then 504 Gateway Timeout
"""

RIGHT = """# Storage and networking

- EFS: you can change the throughput mode (bursting <-> provisioned) once every 24 hours
- VPN on a virtual private gateway: each tunnel max 1.25 Gbps
"""


def test_a_line_about_another_service_is_not_read_as_a_dynamodb_or_large_tunnel_claim(tmp_path):
    notes = two_note_folder(tmp_path, STALE, RIGHT)
    result, found = check_findings(notes / "right.md", db=tmp_path / "r.db")
    assert result.returncode == 0, (result.stderr, found)
    assert found == []


def test_the_dynamodb_line_is_still_flagged(tmp_path):
    notes = two_note_folder(tmp_path, STALE, RIGHT)
    found = check_findings(notes / "stale.md", db=tmp_path / "s.db")[1]
    assert ("dynamodb.capacity-mode-switch", "outdated") in flagged_by_line(found)[3]


def test_a_claim_beside_a_fact_judged_by_key_is_told_as_its_line(tmp_path):
    # not as the fact's value and key ("504" = "Gateway Timeout")
    notes = two_note_folder(tmp_path, STALE, RIGHT)
    found = check_findings(notes / "stale.md", db=tmp_path / "s.db")[1]
    told = [x for x in found if x["reference"]["id"] == "apigateway.integration-timeout.raisable"]
    assert len(told) == 1, found
    x = told[0]
    assert x["line"] == 4 and x["status"] == "outdated"
    assert x["note_value"] == x["snippet"] == STALE.splitlines()[3]
    assert x["attribute"] != "504"
