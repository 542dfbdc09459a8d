"""Lines under an "A vs B" heading that name neither side (session 53, issue 10;
extract/compared_heading.py): what session 52's rule filed under no service although the
notes say whose they are.

- A line going on about the side the line or paragraph before it is of (the rest of the
  parser read it so too) is that side's, unless it says a word of the other side's name
  ("Secret size max 64 KB." after the Parameter Store lines stays the pair's).
- "EB" opening a line under "SNS vs SQS vs EventBridge" is EventBridge's: the capitals of a
  name written as one word of capitalised parts are its initials.
- A title listing services with a "vs" between two things of one of them ("Networking —
  VPC, SG vs NACL, Route 53, CloudFront, ELB") compares no services.
- A section's footnote definitions open its end matter: not the comparison's lines.

What the notes state agrees with the AWS documentation: Kinesis Data Streams keeps data 24
hours by default, and its retention can be raised (docs.aws.amazon.com/streams/latest/dev/
kinesis-extended-retention.html: up to 365 days today; these notes say 7, as the exam
material long did, and lookup answers what the notes say); a standard Parameter Store tier
holds 10,000 parameters per account and Region (docs.aws.amazon.com/systems-manager/latest/
userguide/parameter-store-advanced-parameters.html); a Secrets Manager secret is at most
64 KB (docs.aws.amazon.com/secretsmanager/latest/userguide/reference_limits.html); an
EventBridge event is at most 256 KB (docs.aws.amazon.com/eventbridge/latest/userguide/
eb-quota.html); a network interface has 5 security groups by default, 16 at most
(docs.aws.amazon.com/vpc/latest/userguide/amazon-vpc-limits.html); an S3 object is at most
5 TB (docs.aws.amazon.com/AmazonS3/latest/userguide/upload-objects.html).
"""

from __future__ import annotations

from .helpers import lookup_values, notes_conn

KINESIS_PROSE = """# Streaming

## Kinesis Data Streams vs Firehose

Kinesis Data Streams is the real-time one: each shard takes 1 MB/s in.

Retention is 24 hours by default and you can extend it to max 7 days.

Firehose vs Data Streams: Firehose is near real-time, fully managed, no replay.
"""


def _services_of_line(conn, line: int) -> set[str]:
    return {r[0] for r in conn.execute("SELECT service FROM facts WHERE line = ?", (line,))}


def test_prose_going_on_about_a_side_is_that_sides(tmp_path):
    conn = notes_conn(tmp_path, KINESIS_PROSE)
    assert _services_of_line(conn, 7) == {"Kinesis Data Streams"}
    assert lookup_values(conn, "kinesis data streams max retention")[0] == "7 days"
    assert lookup_values(conn, "kinesis retention default")[0] in ("24 h", "24 hours")
    conn.close()


PARAMS_THEN_SECRET = """# Security

## Secrets Manager vs Parameter Store
Parameter Store = free for standard params, no built in rotation.
Standard tier max 10,000 params per region.
Secret size max 64 KB.
"""


def test_a_line_saying_the_other_sides_name_does_not_go_on(tmp_path):
    conn = notes_conn(tmp_path, PARAMS_THEN_SECRET)
    assert _services_of_line(conn, 5) == {"Systems Manager Parameter Store"}
    # "secret" is a word of Secrets Manager's name: not Parameter Store's 64 KB
    assert _services_of_line(conn, 6) == {""}
    assert not [v for v in lookup_values(conn, "parameter store max size") if "64" in v]
    conn.close()


def test_a_line_after_a_pair_line_stays_the_pairs(tmp_path):
    # the line before names neither side: nothing goes on
    conn = notes_conn(tmp_path, "# Messaging\n\n## SQS vs SNS\n- both are fully managed\n"
                                "- retention default 4 days, max 14 days\n")
    assert _services_of_line(conn, 5) == {""}
    conn.close()


def test_a_one_word_names_capitals_are_its_initials(tmp_path):
    conn = notes_conn(tmp_path, "# Messaging\n\n## SNS vs SQS vs EventBridge\n"
                                "- SNS = push, SQS = pull\n- EB event size max 256 KB\n")
    assert _services_of_line(conn, 5) == {"EventBridge"}
    assert lookup_values(conn, "eventbridge max event size")[0] == "256 KB"
    conn.close()


def test_a_title_listing_services_compares_none(tmp_path):
    conn = notes_conn(tmp_path, "# Networking — VPC, SG vs NACL, Route 53, CloudFront, ELB\n\n"
                                "## Security Groups vs NACLs\n"
                                "- SG: stateful, instance (ENI) level, ALLOW rules only\n"
                                "- SGs per ENI: 5 default (max 16)\n", name="networking-vpc.md")
    assert _services_of_line(conn, 5) == {"VPC"}
    conn.close()


FOOTNOTES = """# Storage — S3, EBS, EFS

## S3 basics
- max size of a single object is big, see the footnotes

## EFS vs EBS vs FSx

EFS = NFSv4, multi-AZ, Linux only. EBS = one instance (mostly), one AZ.
EFS perf modes: General Purpose (default) vs Max I/O.

(see note 9 for EFS storage classes)

---
[^1]: 128 KB min billable object size for Standard-IA and One Zone-IA.
7. 3,500 PUT/COPY/POST/DELETE and 5,500 GET/HEAD requests per second per prefix
[^1b]: object max 5 TB
"""


def test_footnotes_at_the_notes_end_are_no_comparisons_lines(tmp_path):
    conn = notes_conn(tmp_path, FOOTNOTES, name="s3-and-storage.md")
    assert _services_of_line(conn, 16) == {"S3"}
    assert lookup_values(conn, "s3 max object size")[0] == "5 TB"
    assert "5500" in lookup_values(conn, "s3 get requests per sec per prefix")[0].replace(",", "")
    conn.close()


def test_capitals_opening_another_services_name_label_no_side(tmp_path):
    # "CW Logs" opens CloudWatch Logs' name: the line is CloudWatch Logs', not CloudWatch's
    # (log groups never expire by default, docs.aws.amazon.com/AmazonCloudWatch/latest/logs/
    # Working-with-log-groups-and-streams.html)
    conn = notes_conn(tmp_path, "# Monitoring\n\n## CloudWatch vs CloudTrail\n"
                                "- CW = metrics, CT = API calls\n"
                                "- CW Logs retention default: never expire\n")
    assert _services_of_line(conn, 5) == {"CloudWatch Logs"}
    conn.close()
