"""check18: note lines judged by their text alone (studycli/reference/line_claims.py), and a
line's claim about another measure than the one its fact was judged by
(findings.contradicting_claims), through the real CLI and the shipped reference."""

from __future__ import annotations

import pytest

from studycli.reference.schema import validate_entry

from .helpers import check_findings, stale_flags, two_note_folder

# Lines as students write them in the development notes, reworded. Each one's stale claim
# sits on a line whose facts the parser files under another service, or on no fact at all.
STALE = """# Networking

- Site-to-Site VPN: two tunnels per connection, each tunnel max 1.25 Gbps
- Databases for the exam: ElastiCache, Neptune (graph), QLDB (ledger), Keyspaces

# Security and storage

- KMS quota for cryptographic ops: 5,500 / 10,000 / 30,000 requests per second by region
- API GW: 29 seconds max for all integration types, then it returns a 504 Gateway Timeout
- EFS lifecycle moves files to EFS-IA after 7, 14, 30, 60 or 90 days of no access
- Storage Gateway flavors: S3 File Gateway, FSx File Gateway, Volume, Tape
"""

RIGHT = """# Networking

- Site-to-Site VPN: quick to set up, 1.25 Gbps per tunnel
- VPN tunnels: standard up to 1.25 Gbps, large up to 5 Gbps (transit gateway)

# Security and storage

- KMS shared quota: 5,500 (or 10,000 or 50,000 depending on the Region) requests per second
- EFS lifecycle: files move to IA after 1, 7, 14, 30, 60, 90, 180, 270 or 365 days
- FSx File Gateway is no longer available to new customers
"""

EXPECTED = {
    3: ("vpc.site-to-site-vpn.tunnel-bandwidth", "outdated"),
    4: ("qldb.end-of-support", "outdated"),
    8: ("kms.symmetric-request-rate.default", "outdated"),
    9: ("apigateway.integration-timeout.raisable", "outdated"),
    10: ("efs.lifecycle.transition-to-ia-days", "outdated"),
    11: ("storagegateway.fsx-file-gateway.availability", "outdated"),
}


@pytest.fixture
def notes(tmp_path):
    return two_note_folder(tmp_path, STALE, RIGHT)


def test_each_stale_line_is_flagged_under_the_entry_that_states_todays_fact(notes, tmp_path):
    flags = stale_flags(notes, tmp_path / "s.db")
    for line, finding in EXPECTED.items():
        assert finding in flags.get(line, set()), (line, flags.get(line))


def test_right_lines_are_never_flagged(notes, tmp_path):
    result, found = check_findings(notes / "right.md", db=tmp_path / "r.db")
    assert result.returncode == 0, (result.stderr, found)
    assert found == []


def test_a_note_edited_only_on_a_line_without_facts_is_checked_again(tmp_path):
    # the kept check result must not outlive a change to a line no fact comes from
    notes = tmp_path / "notes"
    notes.mkdir()
    note = notes / "n.md"
    note.write_text("# Exam\n\n- Neptune (graph), DocumentDB (MongoDB)\n", encoding="utf-8")
    db = tmp_path / "k.db"
    assert check_findings(notes, db=db)[1] == []
    note.write_text("# Exam\n\n- Neptune (graph), QLDB (ledger)\n", encoding="utf-8")
    found = check_findings(notes, db=db)[1]
    assert {(x["line"], x["reference"]["id"]) for x in found} == {(3, "qldb.end-of-support")}


@pytest.mark.parametrize("extra, problem", [
    ({"claim_any_line": True}, None),
    ({"claim_any_line": "yes"}, "claim_any_line must be true or false"),
    ({"claim_any_line": True, "contradicted_by": []},
     "claim_any_line without supported_by or contradicted_by patterns"),
])
def test_the_schema_checks_claim_any_line(extra, problem):
    raw = {"id": "x.y", "service": "S3", "attribute": "a", "kind": "fact", "value": "v",
           "statement": "s", "url": "https://docs.aws.amazon.com/x", "checked": "2026-01-01",
           "verified": True, "contradicted_by": ["\\bzz\\b"], **extra}
    problems = validate_entry(raw)
    assert (problem in problems) if problem else problems == []
