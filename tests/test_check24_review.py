"""Review of the any-line claims of check24: a topic named by a bare common noun ("region")
took EKS's and MSK's lines, "no more than" read as "no more eventual", two claim entries of
one measure told a line twice, MediaStore's end matched "a media store", Secrets Manager's
365-day ceiling was read off any rotation line, and a yearly KMS rotation was called "fixed"."""

from __future__ import annotations

from studycli.reference.schema import validate_entry

from .helpers import check_findings, stale_ids, two_note_folder


def _flagged(found) -> list:
    return [(x["line"], x["reference"]["id"]) for x in found
            if x["status"] in ("outdated", "wrong")]


def test_a_deployments_two_azs_in_the_region_is_not_the_region_count(tmp_path):
    stale = ("# Infra\n\n"
             "- Regions: 30+. Each region has at least 2 Availability Zones. Edge locations "
             "serve CloudFront and Route 53\n")
    right = ("# Infra\n\n"
             "- EKS: control plane needs at least 2 AZs in the region\n"
             "- MSK brokers: minimum 2 availability zones per region\n"
             "- OpenSearch domain in a region: at least 2 AZs for zone awareness\n"
             "- Route 53 health checks from at least 3 regions; EKS needs at least 2 AZs\n")
    notes = two_note_folder(tmp_path, stale, right)
    assert "ec2.region.availability-zones.min" in stale_ids(notes, tmp_path / "s.db").get(3, set())
    _, found = check_findings(notes / "right.md", db=tmp_path / "r.db")
    assert _flagged(found) == [], found


def test_claim_names_never_a_common_noun_alone():
    base = {"id": "x.y", "service": "EC2", "subject": "", "attribute": "a", "qualifier": "",
            "kind": "fact", "value": "v", "unit": "", "statement": "s",
            "url": "https://docs.aws.amazon.com/x", "checked": "2026-12-03", "verified": True,
            "contradicted_by": ["foo"], "claim_any_line": True}
    problems = validate_entry({**base, "claim_names": [r"\bregions?\b"]})
    assert any("common word" in p for p in problems), problems
    assert not validate_entry({**base, "claim_names": [r"\beach\s+regions?\s+has\b"]})


def test_eventual_consistency_bounded_by_no_more_than_is_still_stale(tmp_path):
    stale = ("# S3\n\n"
             "- S3 overwrite PUTs and DELETEs are eventually consistent, usually no more than "
             "a second\n"
             "- overwrite PUTs: eventual consistency (lag no more than a few seconds)\n")
    right = ("# S3\n\n"
             "- strong read-after-write since Dec 2020 (no more eventual consistency for "
             "overwrite PUTs)\n")
    notes = two_note_folder(tmp_path, stale, right)
    ids = stale_ids(notes, tmp_path / "s.db")
    assert "s3.consistency" in ids.get(3, set()), ids
    assert "s3.consistency" in ids.get(4, set()), ids
    _, found = check_findings(notes / "right.md", db=tmp_path / "r.db")
    assert _flagged(found) == [], found


def test_one_measure_told_once_per_line_among_claim_entries(tmp_path):
    stale = ("# DynamoDB\n\n"
             "- switch provisioned <-> on-demand: once per 24 hours\n"
             "- DynamoDB: provisioned to on-demand switch: once every 24h\n")
    notes = two_note_folder(tmp_path, stale, "# x\n\nnothing\n")
    _, found = check_findings(notes / "stale.md", db=tmp_path / "s.db")
    told = _flagged(found)
    assert sorted(line for line, _ in told) == [3, 4], told


def test_restated_claims_keep_the_most_severe_of_one_measure():
    from studycli.restated_claims import without_restated

    # (line, quantity, keyed, severity, name)
    found = [(1, "q", False, 1, "a"), (1, "q", False, 2, "b"), (1, "q", False, 2, "c"),
             (1, "r", False, 1, "d"), (2, "q", False, 1, "e")]
    kept = without_restated(found, place=lambda x: (x[0],), quantity=lambda x: x[1],
                            keyed=lambda x: x[2], severity=lambda x: x[3])
    assert [x[4] for x in kept] == ["b", "d", "e"]


def test_mediastore_retired_by_name_not_a_media_store(tmp_path):
    stale = ("# CloudFront\n\n"
             "- origins: S3 bucket, S3 website, custom origin (ALB, EC2), MediaStore\n"
             "- AWS Elemental MediaStore: low-latency storage for live video\n")
    right = ("# Media\n\n"
             "- use S3 as a cheap media store for images and video\n"
             "- origins: S3, ALB, EC2 (MediaStore was discontinued in 2025)\n")
    notes = two_note_folder(tmp_path, stale, right)
    ids = stale_ids(notes, tmp_path / "s.db")
    assert "mediastore.end-of-support" in ids.get(3, set()), ids
    assert "mediastore.end-of-support" in ids.get(4, set()), ids
    _, found = check_findings(notes / "right.md", db=tmp_path / "r.db")
    assert _flagged(found) == [], found


def test_secret_rotation_ceiling_only_on_a_secrets_line(tmp_path):
    stale = ("# Security\n\n"
             "- Secrets Manager: rotation every 1 to 365 days, or a cron expression down to "
             "every 4 hours\n")
    right = ("# Ops\n\n"
             "- log rotation policy for app servers: rotate files, keep 1-365 days\n")
    notes = two_note_folder(tmp_path, stale, right)
    _, found = check_findings(notes / "stale.md", db=tmp_path / "s.db")
    # the ceiling is told, as wrong; the hourly note (about the minimum) is not
    assert _flagged(found) == [(3, "secretsmanager.rotation-schedule.max-days")], found
    assert [x["status"] for x in found if x["line"] == 3] == ["wrong"], found
    _, found = check_findings(notes / "right.md", db=tmp_path / "r.db")
    assert _flagged(found) == [], found


def test_read_replica_claim_leaves_oracle_beside_mariadb_alone(tmp_path):
    right = ("# RDS\n\n"
             "- Read replicas for RDS MariaDB: 15; up to 5 read replicas per database for "
             "Oracle\n")
    notes = two_note_folder(tmp_path, "# x\n\nnothing\n", right)
    _, found = check_findings(notes / "right.md", db=tmp_path / "r.db")
    assert _flagged(found) == [], found


def test_yearly_cmk_rotation_is_told_the_default_and_aws_managed_in_japanese(tmp_path):
    stale = ("# KMS\n\n"
             "- CMK rotation: every 1 year only\n"
             "- AWS管理キー: 3年ごとにローテーション\n")
    notes = two_note_folder(tmp_path, stale, "# x\n\nnothing\n")
    _, found = check_findings(notes / "stale.md", db=tmp_path / "s.db")
    by_line = {x["line"]: x for x in found if x["status"] in ("outdated", "wrong")}
    assert by_line[3]["reference"]["id"] == "kms.rotation-period.yearly-only", found
    assert "default" in by_line[3]["current_value"], found
    assert by_line[4]["reference"]["id"] == "kms.rotation.aws-managed", found
