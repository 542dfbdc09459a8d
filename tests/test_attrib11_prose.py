"""Lecture prose nobody had tuned on (pass 11 of the parser, issues #10 and #8): a paragraph is
about the service it opened on; a later sentence naming another service in passing ("use
CloudWatch alarms", "origins can be S3, ...") does not move it, and a service's name wrapped
across two lines is one name. Paragraphs here are written for the test, in other wordings than
the development notes'."""

from __future__ import annotations

import pytest

from studycli.extract import parse_note
from studycli.extract.context import lists_services, opens_with_topic
from studycli.model import Kind
from tests.helpers import json_out, note_db, run_here


def _quantities(text: str) -> list[tuple[str, str, str, str]]:
    return [(f.service, f.attribute, f.qualifier, f.value)
            for f in parse_note(text, "talk.txt").facts if f.kind is not Kind.FACT]


_ASG = """Next topic is EC2 Auto Scaling, which keeps the right number of instances running
for you. Target tracking is the simple policy, and step policies are driven by
CloudWatch alarms that you create yourself. After a scaling activity the group waits,
and the default cooldown for that is 300 seconds before another simple scaling action.
"""

_CDN = """Let's talk CloudFront now. Origins may be an S3 bucket, an ALB or any web server you
run yourself, and you lock the bucket down with origin access control. The default TTL
for cached objects is 24 hours unless the origin sends its own Cache-Control headers.
"""


def test_a_service_named_in_passing_does_not_take_the_paragraphs_number():
    assert ("Auto Scaling", "cooldown", "default", "300 s") in _quantities(_ASG)
    assert not any(service == "CloudWatch" for service, *_ in _quantities(_ASG))


def test_a_ttl_after_an_origin_list_stays_the_cdns():
    facts = _quantities(_CDN)
    assert any(f[0] == "CloudFront" and f[1].endswith("TTL") and f[2:] == ("default", "24 h")
               for f in facts)
    assert not any(service == "S3" for service, *_ in facts)


def test_a_sentence_opening_on_another_service_still_moves_the_topic():
    text = """SQS keeps a message for 4 days by default, and you can raise that to fourteen
days when you create the queue or later on. Kinesis Data Streams is different: a
record stays for 24 hours by default and can be kept for up to 365 days instead.
"""
    facts = _quantities(text)
    assert ("Kinesis Data Streams", "retention period", "default", "24 h") in facts
    assert ("SQS", "retention period", "default", "4 days") in facts


def test_an_opening_clause_that_names_the_service_moves_the_topic():
    text = """IAM is global and has no region to pick, and every user can be in ten groups at
most. When you call STS AssumeRole, the default session lasts 1 hour unless the
role allows a longer maximum for its sessions.
"""
    assert ("STS", "session duration", "default", "1 h") in _quantities(text)


@pytest.mark.parametrize("sentence, service", [
    ("Auto Scaling groups.", "Auto Scaling"),
    ("Last thing, CloudFront.", "CloudFront"),
    ("So Lambda versus Fargate on the exam: pick by run time and control.", "Lambda"),
    ("For DynamoDB, the item size limit is what they ask.", "DynamoDB"),
    ("Okay so let's get started with VPC and its subnets today.", "VPC"),
    ("The NLB gives you one static IP address per availability zone.", "ELB"),
])
def test_sentences_that_set_a_topic(sentence, service):
    assert opens_with_topic(sentence, service)


@pytest.mark.parametrize("sentence, service", [
    ("Step scaling and simple scaling both use CloudWatch alarms as triggers.", "CloudWatch"),
    ("Origins can be S3, an ALB, EC2 or any HTTP server out there.", "S3"),
    ("It's fully managed and loads into S3, Redshift and OpenSearch for you.", "Redshift"),
    ("If they mention path routing or containers, the answer is an ALB.", "Lambda"),
])
def test_sentences_that_name_a_service_in_passing(sentence, service):
    assert not opens_with_topic(sentence, service)


def test_a_service_name_wrapped_across_lines_is_one_name():
    text = """Okay, SNS now. It's pub/sub, one message goes to every subscriber of a topic.
Subscribers can be SQS, Lambda, HTTP endpoints, email, SMS and Kinesis Data
Firehose. The max message size for SNS is 256 KB like for SQS queues.
"""
    facts = _quantities(text)
    assert ("SNS", "message size", "max", "256 KB") in facts
    assert not any(service == "Data Firehose" for service, *_ in facts)


def test_lookup_finds_the_cooldown_under_auto_scaling(tmp_path):
    db = note_db(tmp_path, _ASG, "talk.txt")
    hits = json_out(run_here("lookup", "auto scaling default cooldown", "--json", db=db))
    assert hits and hits[0]["service"] == "Auto Scaling" and hits[0]["value"] == "300 s"


# --- a heading that lists the services a note covers owns none of them -----------------------

_LISTED = """# Everything I got wrong on SNS, SQS, Kinesis and DynamoDB

## Kinesis Data Streams vs Firehose

Kinesis Data Streams keeps records for replay, so several consumers can read them
again later at their own pace, one shard at a time for each worker.

Each shard takes 1 MB/sec or 1,000 records/sec of writes, and the largest record
you can put is 1 MB, which is why big payloads go to S3 with a pointer instead.
"""


def test_a_heading_listing_services_does_not_own_the_prose_below_it():
    facts = _quantities(_LISTED)
    assert ("Kinesis Data Streams", "record size", "1 MB") in [(f[0], f[1], f[3]) for f in facts]
    assert not any(service == "SNS" for service, *_ in facts)


def test_a_line_with_nothing_better_still_takes_the_first_listed_service():
    text = "## Section 4: IAM, STS and KMS\n\n- max 10 managed policies per role\n"
    assert [f.service for f in parse_note(text, "n.md").facts] == ["IAM"]


@pytest.mark.parametrize("heading, lists", [
    ("What I wish I knew about SQS, SNS, Kinesis and DynamoDB", True),
    ("Monitoring: CloudWatch, CloudTrail and X-Ray", True),
    ("Lambda + S3", False),            # two: a service and what it works with
    ("Lambda with SQS, SNS and S3 triggers", False),
])
def test_which_headings_list_services(heading, lists):
    assert lists_services(heading) is lists


def test_an_item_listing_event_sources_does_not_own_the_lines_under_it():
    text = """## Lambda

- async sources: S3 events, SNS, EventBridge → Lambda queues them
  - event age up to 6 hours, set from 60 s
  - async payload max 256 KB (sync is 6 MB)
"""
    facts = _quantities(text)
    assert facts and {service for service, *_ in facts} == {"Lambda"}


@pytest.mark.parametrize("item, lists", [
    ("asynchronous: S3 events, SNS, EventBridge, CloudWatch Logs subscription", True),
    ("pipeline: API Gateway -> Lambda -> DynamoDB", True),
    ("Lambda with SQS, SNS and S3 triggers", False),
])
def test_which_items_list_services(item, lists):
    assert lists_services(item) is lists
