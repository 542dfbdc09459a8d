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
64 KB (docs.aws.amazon.com/secretsmanager/latest/userguide/reference_limits.html); a
PutEvents entry is at most 256 KB in the API reference (docs.aws.amazon.com/eventbridge/
latest/APIReference/API_PutEvents.html), though a 2026 partner changelog speaks of a 1 MiB
entry cap (shopify.dev/changelog/amazon-eventbridge-webhook-payload-size-limit-increased-
to-1-mb): lookup answers what the notes say; a network interface has 5 security groups by
default, 16 at most (docs.aws.amazon.com/vpc/latest/userguide/amazon-vpc-limits.html); an
S3 object is at most 50 TB (docs.aws.amazon.com/AmazonS3/latest/userguide/UsingObjects.html;
the notes' 5 TB is the older cap, kept as the student wrote it).
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
    # (the review: no line after them names Secrets Manager, so nothing says the notes set
    # out Parameter Store's part here: the tier line stays the pair's too, see
    # test_a_word_of_the_sides_name_is_no_sign_it_goes_on)
    assert _services_of_line(conn, 5) == {""}
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


# Review of session 53 (issue 10): where the "goes on" rule, the initials and the title rule
# read too much. Firehose buffers 1-128 MiB for up to 900 seconds (docs.aws.amazon.com/
# firehose/latest/APIReference/API_BufferingHints.html); a Fargate task has at most 120 GB
# of memory, with 16 vCPU (docs.aws.amazon.com/AmazonECS/latest/userguide/
# task-cpu-memory-error.html): the buffers are no Kinesis Data Streams figure, the 120 GB
# no Lambda figure.

KINESIS_THEN_BUFFERS = """# Streaming

## Kinesis Data Streams vs Firehose

Kinesis Data Streams is the real-time one: each shard takes 1 MB/s in.

Buffer size 1 to 128 MB, buffer interval 60 to 900 seconds.
"""


def test_a_paragraph_turning_to_the_side_never_named_is_not_the_side_before(tmp_path):
    # the buffers are Firehose's: no later line turns to Firehose by name, so nothing says
    # the line goes on about Kinesis Data Streams; it stays the pair's
    conn = notes_conn(tmp_path, KINESIS_THEN_BUFFERS)
    assert _services_of_line(conn, 7) == {""}
    assert not [v for v in lookup_values(conn, "kinesis data streams max buffer interval")
                if "900" in v]
    conn.close()


def test_prose_after_a_table_turning_to_the_other_side_is_not_the_side_before(tmp_path):
    conn = notes_conn(tmp_path, "# Compute\n\n## Lambda vs Fargate\n\n| | Lambda | Fargate |\n"
                                "|---|---|---|\n| max duration | 15 min | none |\n\n"
                                "Lambda is billed per ms.\n\nMax memory is 120 GB per task.\n")
    assert _services_of_line(conn, 11) == {""}
    conn.close()


def test_initials_two_sides_share_label_neither(tmp_path):
    # "CF" is CloudFront's capitals and CloudFormation's: the stack limit is no CloudFront fact
    conn = notes_conn(tmp_path, "# Infra\n\n## CloudFront vs CloudFormation\n"
                                "- CF stack max 500 resources\n")
    assert _services_of_line(conn, 4) == {""}
    assert not lookup_values(conn, "cloudfront max resources")
    conn.close()


def test_a_word_between_vs_and_a_side_still_compares(tmp_path):
    # "self-managed" stands between the "vs" and EC2: a comparison all the same, so a
    # service named in passing ("via Lambda") does not take the line (session 52's rule)
    conn = notes_conn(tmp_path, "# Compute\n\n## Fargate vs self-managed EC2\n"
                                "- Fargate: no servers to patch\n"
                                "- patching via Lambda every 30 days\n")
    assert _services_of_line(conn, 5) == {""}
    conn.close()


def test_a_line_turning_to_the_other_one_does_not_go_on(tmp_path):
    conn = notes_conn(tmp_path, "# Streaming\n\n## Kinesis Data Streams vs Firehose\n\n"
                                "Kinesis Data Streams is the real-time one: each shard takes"
                                " 1 MB/s in.\n\nThe other one buffers: buffer interval up to"
                                " 900 seconds.\n\nFirehose vs Data Streams: Firehose is near"
                                " real-time, fully managed, no replay.\n")
    assert _services_of_line(conn, 7) == {""}
    assert not [v for v in lookup_values(conn, "kinesis data streams max buffer interval")
                if "900" in v]
    conn.close()


def test_a_line_saying_both_sides_at_once_does_not_go_on(tmp_path):
    # said of both, so of neither side alone: the pair's (the student's 256 KB is SNS's
    # default, 1 MiB with MaximumMessageSize: docs.aws.amazon.com/sns/latest/dg/
    # large-message-payloads.html; an SQS SendMessage body is now up to 1 MiB:
    # docs.aws.amazon.com/sdk-for-kotlin/api/latest/sqs/aws.sdk.kotlin.services.sqs.model/
    # -send-message-request/message-body.html)
    conn = notes_conn(tmp_path, "# Messaging\n\n## SQS vs SNS\n\nSQS is pull based: consumers"
                                " poll the queue.\n\nBoth take messages of max 256 KB.\n\n"
                                "SNS is push based: it delivers to subscribers.\n")
    assert _services_of_line(conn, 7) == {""}
    conn.close()


def test_a_footnote_defined_mid_section_ends_no_comparison(tmp_path):
    # the footnote is defined right after the line citing it: the lines after it are the
    # comparison's still, so the 64 KB stays no Lambda figure (session 52's fix) and is
    # Secrets Manager's, whose secret is at most 64 KB (docs.aws.amazon.com/secretsmanager/
    # latest/userguide/reference_limits.html)
    conn = notes_conn(tmp_path, "# Security\n\n## Secrets Manager vs Parameter Store\n"
                                "- Secrets Manager: rotation built in[^1]\n\n"
                                "[^1]: rotation runs a Lambda function\n\n"
                                "- Secret size max 64 KB, rotation via Lambda\n"
                                "- Parameter Store: free standard tier\n",
                      name="security_iam.md")
    assert "Lambda" not in _services_of_line(conn, 8)
    assert "64 KB" not in lookup_values(conn, "lambda max secret size")
    conn.close()


def test_initials_spelled_out_as_other_words_label_no_side(tmp_path):
    # "CD" is CodeDeploy's capitals, but the line spells it out as continuous delivery: the
    # manual approval's 7 days are CodePipeline's (docs.aws.amazon.com/codepipeline/latest/
    # userguide/approvals.html), no CodeDeploy figure
    conn = notes_conn(tmp_path, "# DevOps\n\n## CodeDeploy vs CodePipeline\n"
                                "- CodeDeploy = deploys to EC2, Lambda, ECS\n"
                                "- CD = continuous delivery: manual approval waits max 7 days\n")
    assert "CodeDeploy" not in _services_of_line(conn, 5)
    assert not [v for v in lookup_values(conn, "codedeploy max approval wait") if v == "7 days"]
    conn.close()


def test_initials_spelled_out_as_the_sides_name_label_it(tmp_path):
    conn = notes_conn(tmp_path, "# Security\n\n## Secrets Manager vs Parameter Store\n"
                                "- PS = Parameter Store: free standard tier, max 10,000 params\n")
    assert _services_of_line(conn, 4) == {"Systems Manager Parameter Store"}
    conn.close()


def test_a_word_of_the_sides_name_is_no_sign_it_goes_on(tmp_path):
    # "stream" is a word of Kinesis Data Streams' name, yet a delivery stream is Firehose's
    # (docs.aws.amazon.com/firehose/latest/APIReference/API_BufferingHints.html: up to 128
    # MiB): no 128 MB buffer for Kinesis Data Streams
    conn = notes_conn(tmp_path, "# Streaming\n\n## Kinesis Data Streams vs Firehose\n\n"
                                "Kinesis Data Streams is the real-time one: each shard takes"
                                " 1 MB/s in.\n\nA delivery stream buffers up to 128 MB before"
                                " it writes to S3.\n")
    assert _services_of_line(conn, 7) == {""}
    assert "128 MB" not in lookup_values(conn, "kinesis data streams max buffer size")
    conn.close()
