"""Session 46 (api46, issue 10): HTTP API notes and API Reference parameter entries.

- a parameter's entry as AWS's API Reference lays it out (its name over indented `Default:`,
  `Valid Range: Minimum value of 1. Maximum value of 900.`, `Required:` lines), pasted into a
  note, a plain code fence or a `.http` file's `##` comments, is read as that parameter's
  facts, its bare numbers in the unit its name, its description or a number it converts says
  (formats/api_reference.py);
- a parameter named before its constraints on a line ("PendingWindowInDays: Valid Range 7-30,
  Default: 30") the same way;
- a table column headed "valid range" holds values, not a thing.
"""

from __future__ import annotations

import pytest

from tests.helpers import lookup_values, notes_fixture


def parsed_quantities(text: str, name: str = "note.md") -> list[tuple]:
    """(service, subject, attribute, qualifier, value) of each fact but statements, of a note
    read as ingest reads it (its format's reader first)."""
    from pathlib import Path

    from studycli.extract import parse_note
    from studycli.formats import as_markdown
    from studycli.model import Kind

    return [(f.service, f.subject, f.attribute, f.qualifier, f.value)
            for f in parse_note(as_markdown(text, Path(name).suffix), name).facts
            if f.kind not in (Kind.FACT, Kind.INVOCATION_MODE)]

FENCED = """# Auto Scaling

## CreateAutoScalingGroup params (API ref copy)
```
DefaultCooldown
  The amount of time, in seconds, after a scaling activity completes before another one.
  Type: Integer
  Default: 300
  Required: No

HealthCheckType
  Valid Values: EC2 | ELB | VPC_LATTICE
  Default: EC2
  Required: No

MaxInstanceLifetime
  Valid Range: 0, or Minimum value of 86400 (1 day). Maximum value of 31536000 (365 days).
  Required: No
```
"""

HTTP_FILE = """### Lambda scratch file (VS Code REST client)
### my comments start with ##

## ---------- Lambda ----------
POST https://lambda.us-east-1.amazonaws.com/2015-03-31/functions/f/invocations

## 429 TooManyRequestsException = throttled (concurrency limit hit)
## 413 RequestEntityTooLargeException = payload over limit
## sync invoke payload: 6 MB

## CreateFunction params (API ref)
## Timeout
##   The amount of time (in seconds) that Lambda allows a function to run.
##   Default: 3
##   Valid Range: Minimum value of 1. Maximum value of 900.
##   Required: No
## env vars total 4 KB
"""

fenced = notes_fixture(FENCED)
http_file = notes_fixture(HTTP_FILE, name="lambda.http")


@pytest.mark.parametrize(("query", "expected"), [
    ("asg default cooldown", "300 s"),
    ("asg health check type default", "EC2"),
    ("asg max instance lifetime", "365 days"),
])
def test_an_entry_in_a_plain_fence_is_its_parameter_s(fenced, query, expected):
    values = lookup_values(fenced, query)
    assert values and expected in values[0].replace("31,536,000 s", "365 days")


@pytest.mark.parametrize(("query", "expected"), [
    ("lambda max timeout", "900 s"),
    ("lambda timeout default", "3 s"),
])
def test_an_entry_in_a_http_file_s_comments_is_its_parameter_s(http_file, query, expected):
    assert lookup_values(http_file, query)[:1] == [expected]


def test_an_entry_s_bounds_take_the_unit_its_description_says():
    facts = parsed_quantities(HTTP_FILE, "lambda.http")
    assert ("Lambda", "", "execution timeout", "max", "900 s") in facts
    assert ("Lambda", "", "execution timeout", "min", "1 s") in facts


def test_a_short_line_over_indented_text_is_no_entry_without_the_reference_s_lines():
    # no Default/Valid Range/Required line under it: nothing is read as a parameter's
    text = "# SQS\n\nNotes\n  visibility timeout 30 s by default\n"
    assert not any(attribute.startswith("notes") for _, _, attribute, _, _ in
                   parsed_quantities(text))


INLINE = """# KMS
- ScheduleKeyDeletion PendingWindowInDays: Valid Range 7-30, Default: 30

# EC2
- IMDSv2 token TTL: Valid Range: Minimum value of 1. Maximum value of 21600 (6 hours)
"""


def test_a_parameter_named_inline_gives_its_bounds_the_unit_its_name_says():
    facts = {(s, q, v) for s, _, _, q, v in parsed_quantities(INLINE)}
    assert ("KMS", "default", "30 days") in facts
    assert ("KMS", "min", "7 days") in facts
    # no name: the unit of the number the line converts ("21600 (6 hours)": seconds)
    assert ("EC2", "min", "1 s") in facts


def test_a_valid_range_column_holds_values():
    text = """# SQS
| attribute | valid range | default |
|---|---|---|
| MaximumMessageSize | 1024 to 262144 bytes | 262144 |
"""
    facts = parsed_quantities(text)
    assert ("SQS", "", "message size", "max", "262,144 bytes") in facts
    assert not any(attribute == "valid" for _, _, attribute, _, _ in facts)


SFN_HTTP = """## my .http scratch file, comments start with ##
## responses pasted under each request
## (VS Code REST client)

## ---------- Lambda ----------
## sync invoke payload: 6 MB
## async (Event) payload: 256 KB

## ---------- Step Functions ----------
POST https://states.us-east-1.amazonaws.com/
X-Amz-Target: AWSStepFunctions.StartExecution

{"stateMachineArn":"arn:aws:states:us-east-1:111122223333:stateMachine:orders"}

# HTTP/1.1 400 Bad Request
# {"__type":"ExecutionLimitExceeded","message":"Maximum number of running executions"}

## Standard vs Express: Standard max 1 year, exactly-once, execution history 90 days
##                      Express max 5 minutes, at-least-once (async) / at-most-once (sync)
## max input/output payload per state = 256 KB
"""

DUMP = """DATABASES -- DynamoDB / RDS / Aurora (req/resp dumps + my notes)

=== throttle ===
HTTP/1.1 400 Bad Request
{"__type":"com.amazonaws.dynamodb.v20120810#ProvisionedThroughputExceededException"}

* capacity modes: provisioned vs on-demand
* item size max 400 KB
"""



def test_a_response_pasted_as_comments_ends_no_section():
    # read as two headings, the response ended Step Functions' section: its limits were
    # no service's
    from studycli.extract import parse_note
    from studycli.formats import as_markdown

    facts = parse_note(as_markdown(SFN_HTTP, ".http"), "sfn.http").facts
    below = [f for f in facts if f.line > SFN_HTTP.splitlines().index(
        '# {"__type":"ExecutionLimitExceeded","message":"Maximum number of running executions"}')]
    assert below and {f.service for f in below} == {"Step Functions"}
    assert not any(f.attribute.startswith("{") for f in facts)


def test_a_request_s_body_is_no_label_of_the_lines_under_it():
    from studycli.extract import parse_note
    from studycli.formats import as_markdown

    text = LAMBDA_HTTP
    facts = parse_note(as_markdown(text, ".http"), "f.http").facts
    assert facts and not any(f.attribute.startswith("{") for f in facts)


LAMBDA_HTTP = """### Lambda / API Gateway -- .http scratch file (VS Code REST client)
### my comments start with ## , responses pasted under each request

## ---------- Lambda Invoke ----------
POST https://lambda.us-east-1.amazonaws.com/2015-03-31/functions/resize-img/invocations
Content-Type: application/json

{"bucket":"my-bkt-198","key":"x.png"}

## 429 TooManyRequestsException = throttled (concurrency limit hit)
## 413 RequestEntityTooLargeException = payload over limit
## sync invoke request/response payload: 6 MB

## payload limits
## async (Event) payload: 256 KB
## env vars total 4 KB
"""


@pytest.mark.parametrize(("message", "service"), [
    ("POST https://states.us-east-1.amazonaws.com/", "Step Functions"),
    ("Host: dynamodb.us-east-1.amazonaws.com", "DynamoDB"),
    ("X-Amz-Target: DynamoDB_20120810.PutItem", "DynamoDB"),
    ("X-Amz-Target: Logs_20140328.PutLogEvents", "CloudWatch Logs"),
    ('{"__type":"com.amazonaws.dynamodb.v20120810#ValidationException"}', "DynamoDB"),
    ("GET https://abc123.execute-api.us-east-1.amazonaws.com/prod/items", "API Gateway"),
    ("Content-Type: application/json", ""),
])
def test_a_message_names_its_service_by_host_target_or_namespace(message, service):
    from studycli.formats.http_messages import message_service

    assert message_service(message) == service


def test_a_section_heading_naming_no_service_takes_its_message_s():
    from studycli.extract import parse_note
    from studycli.formats import as_markdown

    facts = parse_note(as_markdown(DUMP, ".txt"), "db_notes.txt").facts
    below = [f for f in facts if f.line >= 3]
    assert below and {f.service for f in below} == {"DynamoDB"}


ATTRIBUTES = """# SQS
| attribute | valid range | default |
|---|---|---|
| MessageRetentionPeriod | 60 (1 minute) to 1209600 (14 days) | 345600 (4 days) |
| VisibilityTimeout | 0 to 43200 (12 hours) | 30 |
| ReceiveMessageWaitTimeSeconds | 0 to 20 | 0 (short polling) |
"""


@pytest.mark.parametrize("fact", [
    ("retention period", "max", "14 days"),
    ("retention period", "min", "1 min"),
    ("retention period", "default", "4 days"),
    ("visibility timeout", "default", "30 s"),  # the unit the row's conversion shows
    ("long polling wait time", "default", "0 s"),  # the unit the parameter's name says
])
def test_a_row_s_numbers_take_the_unit_the_row_converts_them_to(fact):
    assert {(a, q, v) for _, _, a, q, v in parsed_quantities(ATTRIBUTES)} >= {fact}


def test_a_converted_number_is_no_limit_of_its_own():
    # "345600 (4 days)" in the Default column was read as the retention's limit
    assert ("retention period", "", "4 days") not in {
        (a, q, v) for _, _, a, q, v in parsed_quantities(ATTRIBUTES)}


@pytest.mark.parametrize(("row", "expected"), [
    # a parameter's row gives its bare numbers the unit its conversions show
    (["VisibilityTimeout", "0 to 43200 (12 hours)", "30"], ["VisibilityTimeout",
                                                           "0 to 12 hours", "30 s"]),
    # a row of another thing's (a service's quotas) mixes quantities: the bare 7 is no time
    (["X", "86400 (1 day)", "7"], ["X", "1 day", "7"]),
    (["X", "262144 (256 KB)"], ["X", "256 KB"]),
    (["X", "100 (1 day)"], ["X", "100 (1 day)"]),  # no conversion: left as written
    (["X", "60 (1 minute)", "1024 (1 KB)"], ["X", "60 (1 minute)", "1024 (1 KB)"]),
])
def test_with_converted_units(row, expected):
    from studycli.formats.api_reference import with_converted_units

    assert with_converted_units(row) == expected


KMS = """# KMS
- ScheduleKeyDeletion PendingWindowInDays: Valid Range 7-30, Default: 30
- automatic rotation of customer keys: every 1 year (365 days) by default, now 90-2560 days
- AWS managed keys rotate every year
"""

kms = notes_fixture(KMS)


def test_the_waiting_period_is_the_pending_window(kms):
    # AWS's own word for PendingWindowInDays: "The waiting period, in number of days"
    # (https://docs.aws.amazon.com/kms/latest/cryptographic-details/key-deletion.html)
    values = lookup_values(kms, "kms key deletion waiting period default")
    assert values and "30 days" in values[0]


CODES = """# EC2
-> RequestLimitExceeded = EC2 API throttling (token bucket), retry with backoff
-> InsufficientInstanceCapacity = no capacity for that type in that AZ
- VisibilityTimeout: 30 seconds
- ThrottlingBurstLimit: 5000
- max 50 tags per instance
"""

codes = notes_fixture(CODES)


def test_a_code_named_without_exception_is_a_code():
    facts = {(a, q) for _, _, a, q, _ in parsed_quantities(CODES)}
    assert ("RequestLimitExceeded", "") in facts
    # a setting's name says no error's word: no code
    assert not any(a in ("VisibilityTimeout", "ThrottlingBurstLimit") for a, _ in facts)


def test_a_code_s_name_typed_asks_no_limit(codes):
    values = lookup_values(codes, "RequestLimitExceeded ec2")
    assert values and "throttling" in values[0]
