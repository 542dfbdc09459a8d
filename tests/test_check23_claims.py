"""check23: claims whose entries existed but were kept from the lines that state them (a
heading or diagram line holding no fact, a line filed under another service, a unit in a cell
of its own, a bare size two measures shared), and CloudFront's OAI taught as the way to
restrict an S3 origin (AWS recommends OAC)."""

from __future__ import annotations

from .helpers import check_findings, stale_flags, two_note_folder


def _ids(flags: dict, line: int) -> set[str]:
    return {i for i, _ in flags.get(line, set())}


def test_stale_claims_are_flagged_where_they_are_written(tmp_path):
    stale = ("# Compute and storage\n\n"
             "## spot: 2 min warning. spot blocks if you need guaranteed 1-6 hours\n"
             "- use OAI (origin access identity) so only CloudFront can read the S3 bucket\n"
             "| IAM managed policies per role/user | 10 attached, hard limit (can't raise) |\n"
             "    APP -->|PutMetricData, max 10 dimensions| CW[CloudWatch Metrics]\n"
             "- Aurora Serverless v2: min 0.5 ACU, can't pause / go to zero\n")
    right = ("# Compute and storage\n\n"
             "- Spot instance: 2 min interruption notice; spot block discontinued\n"
             "- OAC (origin access control) replaces OAI for S3 origins\n"
             "- OAI. The default TTL is 24 hours, that's 86,400 seconds\n"
             "- IAM: 10 managed policies per role by default, can raise to 20\n"
             "- Aurora Serverless v2 scales in 0.5 ACU steps\n")
    notes = two_note_folder(tmp_path, stale, right)
    flags = stale_flags(notes, tmp_path / "s.db")
    assert "ec2.spot-blocks.retired" in _ids(flags, 3), flags
    assert "cloudfront.s3-origin.oac-recommended" in _ids(flags, 4), flags
    assert "iam.managed-policies-per-role.claim" in _ids(flags, 5), flags
    assert "cloudwatch.dimensions.max" in _ids(flags, 6), flags
    assert "aurora-serverless.v2.min-capacity" in _ids(flags, 7), flags
    _, found = check_findings(notes / "right.md", db=tmp_path / "r.db")
    assert [x for x in found if x["status"] in ("outdated", "wrong")] == [], found


def test_a_bare_size_two_measures_shared_is_told(tmp_path):
    """SQS's message and request payload were both 256 KB and are both 1 MiB now: a table's
    bare "size" of 256 KB is the old value whichever it means."""
    stale = "# SQS\n\n- size: 256 KB\n"
    right = "# SQS\n\n- size: 1 MiB\n"
    notes = two_note_folder(tmp_path, stale, right)
    flags = stale_flags(notes, tmp_path / "s.db")
    assert _ids(flags, 3) & {"sqs.message-size.max", "sqs.request-payload-size.max"}, flags
    _, found = check_findings(notes / "right.md", db=tmp_path / "r.db")
    assert [x for x in found if x["status"] in ("outdated", "wrong")] == [], found


def test_gsi_five_and_a_free_attached_elastic_ip_are_told(tmp_path):
    """DynamoDB's old 5 GSIs however the emphasis falls, and an Elastic IP "free while
    attached" (AWS charges every public IPv4 address), read on a card or heading with no fact."""
    stale = ("# Notes\n\n"
             "  - GSI: max **5** per table, can add anytime, has its own RCU/WCU\n"
             "## Elastic IP: free while attached to a running instance, you pay when idle\n")
    right = ("# Notes\n\n"
             "- GSI max 20 per table (default), LSI max 5\n"
             "- released the EIP (an EIP not attached = charged)\n")
    notes = two_note_folder(tmp_path, stale, right)
    flags = stale_flags(notes, tmp_path / "s.db")
    assert "dynamodb.gsi.gsis-per-table.max" in _ids(flags, 3), flags
    assert "ec2.public-ipv4.charged" in _ids(flags, 4), flags
    _, found = check_findings(notes / "right.md", db=tmp_path / "r.db")
    assert [x for x in found if x["status"] in ("outdated", "wrong")] == [], found


def test_redshift_single_az_is_told_and_multi_az_is_not(tmp_path):
    """Redshift RA3 clusters can be deployed Multi-AZ: "single-AZ only" is the old rule."""
    stale = "# Redshift\n\n- Redshift is single-AZ only; for DR copy snapshots to another region.\n"
    right = ("# Redshift\n\n- Redshift RA3 clusters support Multi-AZ deployments\n"
             "- Redshift: copy snapshots to another region for DR\n")
    notes = two_note_folder(tmp_path, stale, right)
    flags = stale_flags(notes, tmp_path / "s.db")
    assert "redshift.multi-az" in _ids(flags, 3), flags
    _, found = check_findings(notes / "right.md", db=tmp_path / "r.db")
    assert [x for x in found if x["status"] in ("outdated", "wrong")] == [], found


def test_s3_encryption_off_and_waf_minimum_rate_are_told(tmp_path):
    """A line's own denial ("NOT encrypted by default", "default encryption is off, must turn
    on SSE-S3") once also matched the support patterns; WAF's lowest rate limit is now 10."""
    stale = ("# S3 and WAF\n\n"
             "- S3: new objects are NOT encrypted by default -> must turn on default encryption\n"
             "- S3 default encryption is off, must turn on SSE-S3 or SSE-KMS per bucket\n"
             "- WAF rate-based rule (min 100 requests per 5 minutes per IP)\n"
             "- Secrets Manager rotation via lambda fn, min rotation interval 1 day\n")
    right = ("# S3 and WAF\n\n"
             "- S3: default encryption SSE-S3 on all new objects since Jan 2023\n"
             "- WAF = layer 7 (SQL injection, XSS, rate-based rules)\n"
             "- Elastic IP: free while attached? -> NO, since Feb 2024 every public IPv4 costs\n")
    notes = two_note_folder(tmp_path, stale, right)
    flags = stale_flags(notes, tmp_path / "s.db")
    assert "s3.default-encryption" in _ids(flags, 3), flags
    assert "s3.default-encryption" in _ids(flags, 4), flags
    assert "waf.rate-based.limit.min" in _ids(flags, 5), flags
    assert "secretsmanager.rotation-schedule.hours" in _ids(flags, 6), flags
    _, found = check_findings(notes / "right.md", db=tmp_path / "r.db")
    assert [x for x in found if x["status"] in ("outdated", "wrong")] == [], found
