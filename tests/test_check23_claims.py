"""check23: claims whose entries existed but were kept from the lines that state them (a
heading or diagram line holding no fact, a line filed under another service, a unit in a cell
of its own, emphasis or another language around the number, a line's own denial read as
support, a bare size two measures shared), and new entries for claims the development
fact-checks grade stale in several notes (OAI taught as the way, an Elastic IP free while
attached, Redshift single-AZ, WAF's old minimum rate, Secrets Manager's one-day rotation).
One stale note and one right note hold every case, so the CLI runs twice, not once a case."""

from __future__ import annotations

from .helpers import check_findings, stale_flags, two_note_folder

# (line of the stale note, entry that must flag it)
_STALE = [
    ("## spot: 2 min warning. spot blocks if you need guaranteed 1-6 hours",
     "ec2.spot-blocks.retired"),
    ("- use OAI (origin access identity) so only CloudFront can read the S3 bucket",
     "cloudfront.s3-origin.oac-recommended"),
    ("| IAM managed policies per role/user | 10 attached, hard limit (can't raise) |",
     "iam.managed-policies-per-role.claim"),
    ("    APP -->|PutMetricData, max 10 dimensions| CW[CloudWatch Metrics]",
     "cloudwatch.dimensions.max"),
    ("- Aurora Serverless v2: min 0.5 ACU, can't pause / go to zero",
     "aurora-serverless.v2.min-capacity"),
    ("  - GSI: max **5** per table, can add anytime, has its own RCU/WCU",
     "dynamodb.gsi.gsis-per-table.max"),
    ("## Elastic IP: free while attached to a running instance, you pay when idle",
     "ec2.public-ipv4.charged"),
    ("- Redshift is single-AZ only; for DR copy snapshots to another region.",
     "redshift.multi-az"),
    ("- S3: new objects are NOT encrypted by default -> must turn on default encryption",
     "s3.default-encryption"),
    ("- S3 default encryption is off, must turn on SSE-S3 or SSE-KMS per bucket",
     "s3.default-encryption"),
    ("- WAF rate-based rule (min 100 requests per 5 minutes per IP)",
     "waf.rate-based.limit.min"),
    ("- Secrets Manager rotation via lambda fn, min rotation interval 1 day",
     "secretsmanager.rotation-schedule.hours"),
    ("- IAM: 10 managed policies per role is a hard limit", "iam.managed-policies-per-role.claim"),
    ("- IAM: 10 managed policies per role (hard limit)", "iam.managed-policies-per-role.claim"),
    ("- Redshift doesn't support Multi-AZ", "redshift.multi-az"),
    ("- Redshift runs in a single Availability Zone; for DR copy snapshots", "redshift.multi-az"),
    ("- Elastic IPs (5 per region default; free while attached to a running instance)",
     "ec2.public-ipv4.charged"),
    ("- rotation | automatic via Lambda fn, min every 1 day; native for RDS, Aurora",
     "secretsmanager.rotation-schedule.hours"),
]

# Lines that must stay unflagged: today's values, and the old words put in the past.
_RIGHT = [
    "- Spot instance: 2 min interruption notice; spot block discontinued",
    "- OAC (origin access control) replaces OAI for S3 origins",
    "- OAI. The default TTL is 24 hours, that's 86,400 seconds",
    "- IAM: 10 managed policies per role by default, can raise to 20",
    "- Aurora Serverless v2 scales in 0.5 ACU steps",
    "- GSI max 20 per table (default), LSI max 5",
    "- released the EIP (an EIP not attached = charged)",
    "- Elastic IP: free while attached? -> NO, since Feb 2024 every public IPv4 costs",
    "- Redshift RA3 clusters support Multi-AZ deployments",
    "- Redshift: copy snapshots to another region for DR",
    "- S3: default encryption SSE-S3 on all new objects since Jan 2023",
    "- WAF = layer 7 (SQL injection, XSS, rate-based rules)",
    # a pause stated as possible beside the 0.5 ACU step
    "- Aurora Serverless v2: min 0.5 ACU, but it can pause (0 ACU) since Nov 2024",
    "- Aurora Serverless v2 min 0.5 ACU; it pauses at 0 ACU after idle timeout",
    "- Aurora Serverless v2 min 0.5 ACU. Pause: set min to 0 ACU",
    # "free" denied, or said of something other than the address
    "- Elastic IP: NOT free while attached to a running instance",
    "- EIPs aren't free while attached",
    "- public IPv4 is charged hourly, even while attached; IPv6 is free when in use",
    "- gateway endpoints are free while in use; NAT GW needs an EIP",
    "- public IPv4: $0.005/hr each, even while attached. Nothing is free while in use.",
    # single-AZ as the default, convertible, or DC2's lack of Multi-AZ
    "- Single-AZ Redshift cluster can be converted to Multi-AZ",
    "- Redshift: a Single-AZ warehouse can be converted to Multi-AZ",
    "- Redshift Multi-AZ: no single-node clusters; default is single-AZ",
    "- Redshift does not support Multi-AZ for DC2 node types",
    "- Redshift cluster is in a single Availability Zone by default",
    # OAI's true limits: a website endpoint is a custom origin
    "- OAC supports S3 website endpoints too",
    "- S3 website endpoint: can't use OAI, it's a custom origin",
    "- CloudFront custom origin -> OAI won't work",
    # an answered question, another service's default, KMS as the opt-in
    "- S3 default encryption is disabled? no, it's SSE-S3 always now",
    "- default encryption is off for EBS volumes; S3 encrypts with SSE-S3",
    "- S3 default encryption: SSE-S3 (you must enable SSE-KMS if you want KMS)",
    # another service's rotation, and AutomaticallyAfterDays' own range
    "- ACM cert rotation min 1 day before expiry",
    "- Secrets Manager rotation: min 1 day, max 1000 days",
    "- Spot blocks are not a thing anymore",
]


def _flagged(found) -> list:
    return [x for x in found if x["status"] in ("outdated", "wrong")]


def test_stale_claims_are_flagged_where_they_are_written_and_right_lines_are_not(tmp_path):
    stale = "# Notes\n\n" + "".join(line + "\n" for line, _ in _STALE)
    right = "# Notes\n\n" + "".join(line + "\n" for line in _RIGHT)
    notes = two_note_folder(tmp_path, stale, right)
    flags = stale_flags(notes, tmp_path / "s.db")
    for n, (line, entry) in enumerate(_STALE, start=3):
        assert entry in {i for i, _ in flags.get(n, set())}, (line, flags.get(n))
    _, found = check_findings(notes / "right.md", "--all", db=tmp_path / "r.db")
    assert _flagged(found) == [], found
    said = {(x["line"], x["reference"]["id"], x["status"]) for x in found}
    # a wrong line about OAC is not vouched for; KMS as an opt-in does not deny SSE-S3's default
    website = _RIGHT.index("- OAC supports S3 website endpoints too") + 3
    assert (website, "cloudfront.s3-origin.oac-recommended", "current") not in said, said
    kms = _RIGHT.index(
        "- S3 default encryption: SSE-S3 (you must enable SSE-KMS if you want KMS)") + 3
    assert (kms, "s3.default-encryption", "current") in said, said


def test_a_bare_size_two_measures_shared_is_told(tmp_path):
    """SQS's message and request payload were both 256 KB and are both 1 MiB now: a bare
    "size" of 256 KB is the old value whichever it means."""
    notes = two_note_folder(tmp_path, "# SQS\n\n- size: 256 KB\n", "# SQS\n\n- size: 1 MiB\n")
    flags = stale_flags(notes, tmp_path / "s.db")
    assert {i for i, _ in flags.get(3, set())} & {"sqs.message-size.max",
                                                  "sqs.request-payload-size.max"}, flags
    _, found = check_findings(notes / "right.md", db=tmp_path / "r.db")
    assert _flagged(found) == [], found
