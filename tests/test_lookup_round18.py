"""Lookup on notes nobody tuned on (issue 10, round eighteen): a numbered outline's parent
item, a transcript paragraph's opening service, a table's unit cell, a count said by "2
times", a word related to the one typed said of another thing's measure, and "total" as a
word that asks rather than says what is asked about.
"""

from __future__ import annotations

from studycli.lookup.context import paragraph_opening
from tests.helpers import first_value, lookup_values, notes_conn

OUTLINE = """\
DVA-C02 security outline

1. IAM
   a. Users
      i. 5,000 IAM users per account
2. STS
   a. AssumeRole
      i. default session duration 1 hour
      ii. range 15 minutes to 12 hours
   b. Federation
      i. web identity through Cognito
"""


def test_a_numbered_outline_item_is_read_under_its_parent_item(tmp_path):
    conn = notes_conn(tmp_path, OUTLINE, "outline.txt")
    assert "1 h" in first_value(conn, "assumerole default session duration")


TRANSCRIPT = """\
Lecture 6 transcript

Auto Scaling groups. You define min, max and desired capacity and a launch
template. Step scaling and simple scaling use CloudWatch alarms. The default
cooldown is 300 seconds. Instance warmup is separate from cooldown.

Last thing, CloudFront. It's a CDN with points of presence all over. Use OAC to
lock an S3 bucket so it's only readable through CloudFront. The default TTL is
24 hours and you can change it per behavior.
"""


def test_a_transcript_line_is_of_the_service_its_paragraph_opens_with(tmp_path):
    conn = notes_conn(tmp_path, TRANSCRIPT, "lecture.txt")
    assert "300" in first_value(conn, "asg default cooldown")
    assert "24 h" in first_value(conn, "cloudfront default ttl")


def test_a_journal_question_opens_no_paragraph():
    lines = {1: "Q4. Aurora read replicas max?", 2: "✓ 15",
             3: "(RDS MySQL read replicas = 5, i mixed them up)"}
    assert paragraph_opening(lines, 3) == ""
    prose = {1: "Auto Scaling groups. You define min and max.", 2: "The default cooldown is 300."}
    assert paragraph_opening(prose, 2) == prose[1]


RETRIES = """\
# Lambda
- Invocation types
  - asynchronous: S3, SNS, EventBridge
    - Lambda retries 2 times (3 attempts total)
    - throttled async events are retried for up to 6 hours
"""


def test_count_is_said_by_a_statement_that_counts(tmp_path):
    conn = notes_conn(tmp_path, RETRIES, "lambda.md")
    assert "2 times" in first_value(conn, "lambda async retry count")


QUOTAS = """\
# API Gateway
- API GW cache size range: 0.5 GB to 237 GB

## quotas I keep forgetting
| Quota | Value | Unit | Adjustable |
|---|---|---|---|
| Throttle per account per region | 10,000 | requests | yes |
| Payload size | 10 | MB | no |
"""


def test_a_number_is_read_with_the_unit_cell_beside_it(tmp_path):
    conn = notes_conn(tmp_path, QUOTAS, "apigw.md")
    values = lookup_values(conn, "api gateway max payload")
    assert values and "10" in values[0] and "MB" in values[0]
    assert not any("237" in v for v in values[:1])


# Words many facts of the notes say ("code", "storage") count little in an answer; "total"
# then carried a query alone.
LAMBDA = """\
# Lambda
- Env vars: total 4 KB max
- Timeout default 3 s, max 15 min

## S3 storage classes (API code names)
""" + "".join(f"- {code}: storage code, min {days} days\n" for code, days in (
    ("STANDARD_IA", 30), ("ONEZONE_IA", 30), ("GLACIER_IR", 90), ("GLACIER", 90),
    ("DEEP_ARCHIVE", 180), ("INTELLIGENT_TIERING", 0), ("REDUCED_REDUNDANCY", 1),
    ("OUTPOSTS", 2), ("EXPRESS_ONEZONE", 3), ("SNOW", 4), ("STANDARD", 0)))


def test_total_is_no_topic_an_answer_must_say(tmp_path):
    conn = notes_conn(tmp_path, LAMBDA, "lambda.md")
    assert lookup_values(conn, "lambda total code storage per region") == []
    assert "4 KB" in first_value(conn, "lambda env vars total size")


REVIEW = """\
# SQS
- visibility timeout: default 30 s, max 12 h
- if not deleted before the visibility timeout expires -> message becomes visible again

## to review
- [x] SQS visibility timeout
- [ ] SQS long polling
"""


def test_a_checklist_item_that_only_names_a_topic_is_no_answer(tmp_path):
    conn = notes_conn(tmp_path, REVIEW, "sqs.md")
    values = lookup_values(conn, "what happens when the sqs visibility timeout expires")
    assert values and "visible again" in values[0]
    assert not any(v.startswith("[") for v in values)


GSI = """\
# DynamoDB
Q: what happens when a GSI is throttled?
A: If a GSI is throttled for writes, the base table writes are throttled too.

## quotas
| Quota | Value | Adjustable |
|---|---|---|
| Global secondary indexes per table | 20 | Yes |
| Local secondary indexes per table | 5 | No |
"""


def test_a_subjects_short_name_per_a_thing_asks_how_many(tmp_path):
    conn = notes_conn(tmp_path, GSI, "ddb.md")
    assert "20" in first_value(conn, "ddb gsi per table")


QUEUES = """\
# Messaging

## SQS vs SNS
- SQS = pull, consumers poll, messages kept up to 14 days
- SNS = push to many subscribers at once, no persistence
"""


def test_a_comparison_with_a_service_the_notes_never_name_is_not_answered(tmp_path):
    conn = notes_conn(tmp_path, QUEUES, "messaging.md")
    assert lookup_values(conn, "amazon mq vs sqs") == []
    assert lookup_values(conn, "sqs vs sns")


LECTURE_ALB = """\
Lecture 3 transcript

Elastic Load Balancing. If the question says TCP or UDP, or static IP, pick NLB. If
they say path based routing or microservices or Lambda targets, pick ALB.

A few ALB settings. The idle timeout default is 60 seconds. Deregistration
delay, which is connection draining, default is 300 seconds and you can set
it from 0 to 3600 seconds.
"""


def test_a_line_naming_another_variant_does_not_answer_for_the_one_asked(tmp_path):
    conn = notes_conn(tmp_path, LECTURE_ALB, "lecture.txt")
    assert lookup_values(conn, "nlb tcp idle timeout") == []
    assert "60" in first_value(conn, "alb idle timeout")


WIDE = """\
# EBS volume types

| | gp2 | gp3 | io1 | io2 Block Express | st1 |
|---|---|---|---|---|---|
| type | SSD | SSD | SSD | SSD | HDD |
| max IOPS | 16,000 | 16,000 | 64,000 | 256,000 | 500 |
| max throughput | 250 MiB/s | 1,000 MiB/s | 1,000 MiB/s | 4,000 MiB/s | 500 MiB/s |
"""


def test_a_wide_tables_cell_is_read_by_the_column_the_query_names(tmp_path):
    conn = notes_conn(tmp_path, WIDE, "ebs.md")
    values = lookup_values(conn, "io2 block express max iops")
    assert values and "256,000" in values[0]


SQS_STANDARD = """\
## Amazon SQS

<details>
<summary><b>SQS Standard</b></summary>

- Message retention: default **4 days**, min 1 minute, max **14 days**
- Max message size **256 KB**
- `ReceiveMessage` max **10 messages** per call
- DLQ: after `maxReceiveCount` exceeded → message moved to DLQ

</details>
"""


def test_a_subject_typed_by_its_short_name_is_named_by_a_line_writing_it(tmp_path):
    # filed under the standard queue, the line names the DLQ asked by the name typed
    conn = notes_conn(tmp_path, SQS_STANDARD, "sqs.md")
    values = lookup_values(conn, "when does a msg go to the DLQ")
    assert values and "maxReceiveCount" in values[0]


def test_what_happens_asked_last_is_a_concept_question():
    from studycli.lookup.lexicon import lexicon
    from studycli.lookup.query import understand

    q = understand("reserved concurrency set to 0 what happens", lexicon())
    assert q.concept and (0.0, None) in q.numbers  # the 0 stays the condition typed
