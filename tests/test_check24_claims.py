"""check24: claims students carry in many notes: a VPN tunnel's 1.25 Gbps ceiling on a line
that also names Direct Connect or a transit gateway, MediaStore among CloudFront's origins
(the service ended: its end-of-support entry), a customer managed KMS key's rotation given as
simply "every year", two AZs per Region on a line that also names CloudFront, and Secrets
Manager's "1 to 365 days"."""

from __future__ import annotations

from studycli.reference.schema import validate_entry

from .helpers import check_findings, stale_ids, two_note_folder


def _flagged(found) -> list:
    return [(x["line"], x["reference"]["id"]) for x in found
            if x["status"] in ("outdated", "wrong")]


def test_claims_named_by_their_own_topic_beside_other_services(tmp_path):
    stale = ("# Networking\n\n"
             "- redundancy, each tunnel up to 1.25 Gbps. Direct Connect is a dedicated line\n"
             "- Site-to-Site VPN: 2 tunnels, each up to **1.25 Gbps**, uses VGW or TGW\n"
             "- origins: S3 bucket, S3 website, custom origin (ALB, EC2), MediaStore\n"
             "- Regions: 30+. Each region has at least 2 Availability Zones. Edge locations "
             "serve CloudFront and Route 53\n"
             "- jede Region hat mindestens 2 AZs (meistens 3)\n")
    right = ("# Networking\n\n"
             "- Site-to-Site VPN: 1.25 Gbps per tunnel\n"
             "- VPN on a transit gateway: large tunnels up to 5 Gbps, Direct Connect beside it\n"
             "- origins: S3, ALB, EC2 (MediaStore was discontinued in 2025)\n"
             "- each region has at least 3 AZs; CloudFront and Route 53 use edge locations\n"
             "- ALB needs at least 2 AZs\n")
    notes = two_note_folder(tmp_path, stale, right)
    ids = stale_ids(notes, tmp_path / "s.db")
    assert "vpc.site-to-site-vpn.tunnel-bandwidth" in ids.get(3, set()), ids
    assert "vpc.site-to-site-vpn.tunnel-bandwidth" in ids.get(4, set()), ids
    assert "mediastore.end-of-support" in ids.get(5, set()), ids
    assert "ec2.region.availability-zones.min" in ids.get(6, set()), ids
    assert "ec2.region.availability-zones.min" in ids.get(7, set()), ids
    _, found = check_findings(notes / "right.md", db=tmp_path / "r.db")
    assert _flagged(found) == [], found


def test_customer_managed_rotation_every_year_and_secret_rotation_to_365_days(tmp_path):
    stale = ("# KMS\n\n"
             "- Customer managed keys (CMK) $1/month, optional automatic rotation every year only\n"
             "- auto rotation only every 1 yr for customer managed\n"
             "- Secrets Manager rotation schedule: every 1 to 365 days\n")
    right = ("# KMS\n\n"
             "- customer managed keys: rotation yearly by default, custom 90-2560 days\n"
             "- customer managed keys: rotate every year; AWS managed keys rotate every year too\n"
             "- AWS managed keys: rotated every year\n"
             "- Secrets Manager rotation: every 1 to 1000 days, or every 4 hours\n"
             # one year IS the default period: right unless it is said to be the only one
             "- Customer managed keys (CMK) $1/month, optional automatic rotation every 1 year\n"
             "- auto rotation every 1 yr for customer managed\n")
    notes = two_note_folder(tmp_path, stale, right)
    ids = stale_ids(notes, tmp_path / "s.db")
    assert "kms.rotation-period.yearly-only" in ids.get(3, set()), ids
    assert "kms.rotation-period.yearly-only" in ids.get(4, set()), ids
    assert "secretsmanager.rotation-schedule.max-days" in ids.get(5, set()), ids
    _, found = check_findings(notes / "right.md", db=tmp_path / "r.db")
    assert _flagged(found) == [], found


def test_aws_managed_three_years_in_other_languages_and_web_acl_capacity(tmp_path):
    stale = ("# KMS and WAF\n\n"
             "- AWS managed key 는 3년마다 자동 로테이션 (끌 수 없음)\n"
             "- AWS managed (`aws/s3`, gratis, Rotation automatisch alle 3 Jahre)\n"
             "- Customer managed keys — optional, only every 1 year when enabled\n"
             "- Web ACL capacity: 1,500 WCU max per web ACL\n"
             # rule groups named after the web ACL's figure, not as its owner
             "- WAF: web ACL max 1,500 WCUs (rule groups count too), rate-based rule min 100 "
             "requests per 5 min\n")
    right = ("# KMS and WAF\n\n"
             "- AWS managed key 는 1년마다 자동 로테이션\n"
             "- each web ACL includes 1,500 WCU in its base price, up to 5,000\n"
             "- 每个 Web ACL 默认 capacity 1500 WCU\n"
             "- rule group capacity 1,500 WCU, set at creation\n"
             "- web ACL: a rule group capacity of 1,500 WCUs fits\n"
             "- web ACL rules: at most 1,500 WCUs per rule group\n")
    notes = two_note_folder(tmp_path, stale, right)
    ids = stale_ids(notes, tmp_path / "s.db")
    assert "kms.rotation.aws-managed" in ids.get(3, set()), ids
    assert "kms.rotation.aws-managed" in ids.get(4, set()), ids
    assert "kms.rotation-period.yearly-only" in ids.get(5, set()), ids
    assert "waf.web-acl.capacity.max" in ids.get(6, set()), ids
    assert {"waf.web-acl.capacity.max", "waf.rate-based.limit.min"} <= ids.get(7, set()), ids
    _, found = check_findings(notes / "right.md", db=tmp_path / "r.db")
    assert _flagged(found) == [], found


def test_capacity_mode_switch_once_a_day_on_a_line_with_no_dynamodb_fact(tmp_path):
    stale = ("# Lecture 7\n\n"
             "attach auto scaling, and you\n"
             "can switch between provisioned and on-demand only once every 24 hours.\n")
    right = ("# Lecture 7\n\n"
             "Kinesis streams: switch between provisioned and on-demand, once every 24 hours\n"
             "EFS throughput: provisioned vs bursting, change once every 24 hours\n"
             "DynamoDB: switch provisioned to on-demand up to 4 times per 24 hours\n")
    notes = two_note_folder(tmp_path, stale, right)
    ids = stale_ids(notes, tmp_path / "s.db")
    assert "dynamodb.capacity-mode-switch.claim" in ids.get(4, set()), ids
    _, found = check_findings(notes / "right.md", db=tmp_path / "r.db")
    assert _flagged(found) == [], found


def test_claim_names_are_patterns_on_an_any_line_entry():
    base = {"id": "x.y", "service": "CloudFront", "subject": "", "attribute": "a",
            "qualifier": "", "kind": "fact", "value": "v", "unit": "", "statement": "s",
            "url": "https://docs.aws.amazon.com/x", "checked": "2026-12-03", "verified": True,
            "contradicted_by": ["foo"]}
    assert any("claim_names" in p for p in validate_entry({**base, "claim_names": ["x"]}))
    assert any("claim_names" in p for p in validate_entry(
        {**base, "claim_any_line": True, "claim_names": ["("]}))
    assert any("claim_names" in p for p in validate_entry(
        {**base, "claim_any_line": True, "claim_names": ["x?"]}))
    assert not any("claim_names" in p for p in validate_entry(
        {**base, "claim_any_line": True, "claim_names": [r"\bmedia\s*store\b"]}))


def test_lines_that_state_todays_rule_are_not_told_they_are_stale(tmp_path):
    stale = ("# S3 and Lambda\n\n"
             "- S3: eventual consistency for overwrite PUTs and DELETEs\n"
             "- Lambda burst concurrency 500-3000 depending on region\n")
    right = ("# S3 and Lambda\n\n"
             "- S3 strong read-after-write consistency since Dec 2020 (no more eventual "
             "consistency for overwrite PUTs)\n"
             "- Lambda burst concurrency — older docs say 500-3000 depending on region; now "
             "scales 1,000 every 10 s per function\n")
    notes = two_note_folder(tmp_path, stale, right)
    ids = stale_ids(notes, tmp_path / "s.db")
    assert "s3.consistency" in ids.get(3, set()), ids
    assert "lambda.scaling-rate" in ids.get(4, set()), ids
    _, found = check_findings(notes / "right.md", db=tmp_path / "r.db")
    assert _flagged(found) == [], found


def test_five_read_replicas_per_database_and_aurora_fifteen_beside_mysql(tmp_path):
    stale = ("# Databases lecture\n\n"
             "you can have up to 5 read replicas per database, in the same AZ or another\n"
             "- read replicas = ASYNC, up to 5 per source DB for MySQL (Aurora = 15)\n")
    right = ("# Databases lecture\n\n"
             "- RDS for Oracle: up to 5 read replicas per DB instance\n"
             "- ElastiCache Redis: up to 5 read replicas per shard\n"
             "- RDS MySQL: up to 15 read replicas per source DB\n")
    notes = two_note_folder(tmp_path, stale, right)
    ids = stale_ids(notes, tmp_path / "s.db")
    # told once: by the limit entry or its any-line claim, which state one measure
    assert ids.get(3, set()) & {"rds.read-replicas.claim", "rds.read-replicas.max"}, ids
    assert "rds.read-replicas.max" in ids.get(4, set()), ids
    _, found = check_findings(notes / "right.md", db=tmp_path / "r.db")
    assert _flagged(found) == [], found


def test_stale_figures_in_cram_list_keys_latex_rows_and_polish(tmp_path):
    stale = ("# Cram\n\n"
             "cw.logs event size max = 256KB\n"
             "Kinesis & retention & 7 days max \\\\\n"
             "- retention: DDB Streams 24 h | KDS up to 7 d\n"
             "- Aurora Global Database: do 5 regionów secondary, replikacja < 1 sekunda\n")
    right = ("# Cram\n\n"
             "cw.logs event size max = 1 MB\n"
             "Kinesis & retention & 365 days max \\\\\n"
             "- Aurora Global Database: do 10 regionów secondary\n")
    notes = two_note_folder(tmp_path, stale, right)
    ids = stale_ids(notes, tmp_path / "s.db")
    # told once per quantity: by the fact's key where the parser read one ("cw" is
    # CloudWatch: line 3's 256KB is read as a fact), else the claim
    assert any(i.startswith("cloudwatch-logs.event-size") for i in ids.get(3, ())), ids
    for line in (4, 5):
        assert any(i.startswith("kinesis.retention-period") for i in ids.get(line, ())), ids
    assert "aurora.global-database.secondaries.any-line" in ids.get(6, set()), ids
    _, found = check_findings(notes / "right.md", db=tmp_path / "r.db")
    assert _flagged(found) == [], found
