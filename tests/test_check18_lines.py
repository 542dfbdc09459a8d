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


@pytest.mark.parametrize("pattern, words", [
    (r"\bs3\s+object\s+lambda\b", {"object"}),
    (r"(switch|chang)\w*.{0,60}\bonce\b", {"switch", "chang"}),
    (r"^(?!.*\bwas\b)(?=.*\b(?:efs|infrequent\s+access)\b).*(?<![\d,.])7\s*,\s*14\b",
     {"efs", "infrequent"}),
    (r"(?<![\d,.])7\s*,\s*14\b", None),  # no word of 3 characters: tried on every line
])
def test_a_pattern_names_the_words_a_line_needs_before_it_is_scanned(pattern, words):
    from studycli.reference.line_claims import _required_words

    assert _required_words(pattern) == (frozenset(words) if words else None)


def test_every_line_an_any_line_entry_matches_holds_one_of_its_words():
    # the substring gate must never hide a line the patterns would match
    from studycli.reference.assess import _matches
    from studycli.reference.line_claims import _needles
    from studycli.reference.loader import load_reference

    lines = [*STALE.splitlines(), *RIGHT.splitlines(),
             "KDA (now Managed Service for Apache Flink)", "CMK rotation every 1 year",
             "TransactWriteItems: up to 25 items", "switch capacity modes once per day"]
    for entry in load_reference().index().any_line_claims:
        needles = _needles(entry)
        for line in lines:
            if needles is not None and _matches(
                    (*entry.supported_by, *entry.contradicted_by), line):
                assert any(n in line.lower() for n in needles), (entry.id, line)
