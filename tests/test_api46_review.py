"""Review of api46 (session 46): the new readers' reach kept to what they are sure of.

- a heading naming no service takes a pasted message's service only where no heading over it
  names one and its section says nothing of its own before the message (formats/http_messages.py);
- an API Reference entry is the innermost name over a flat block holding a line only the
  reference writes (`Type:`, `Valid Range:` ...): an outer "Request Parameters" or a student's
  outline ("SQS" / "Visibility timeout" / "Default: 30 seconds") is none (formats/api_reference.py);
- a table row's conversions give its bare numbers their unit only in a parameter's row, and
  never against the column header's own unit; a line naming no parameter gives only its
  reference-worded bounds the unit of their own conversion;
- an error word in a setting's name ("FailureThreshold", "OnFailure", "CreateInvalidation")
  makes no error code (extract/codes.py).
"""

from __future__ import annotations

from tests.helpers import lookup_values, notes_fixture
from tests.test_api46_reference import parsed_quantities

APIGW = """# API Gateway

## Throttling
- default limit 10,000 requests per second per region
- burst 5,000 requests
- integration timeout max 29 seconds

Backend error I saw when the table was overloaded:
HTTP/1.1 400 Bad Request
Content-Type: application/x-amz-json-1.0

{"__type":"com.amazonaws.dynamodb.v20120810#ProvisionedThroughputExceededException"}

## Caching
- cache TTL default 300 seconds, max 3600
"""


def test_a_message_under_a_service_s_heading_refiles_no_line_above_it():
    facts = parsed_quantities(APIGW)
    assert ("API Gateway", "max", "29 s") in {(s, q, v) for s, _, _, q, v in facts}
    assert not any(s == "DynamoDB" for s, *_ in facts)


LAMBDA_API = """Lambda CreateFunction

Request Parameters
  MemorySize
    The amount of memory available to the function at runtime.
    Type: Integer
    Valid Range: Minimum value of 128. Maximum value of 10240.
    Required: No
  Timeout
    The amount of time (in seconds) that Lambda allows a function to run before stopping it.
    Type: Integer
    Valid Range: Minimum value of 1.
    Required: No
"""


def test_each_entry_is_the_innermost_name_with_its_own_unit():
    values = {v for *_, v in parsed_quantities(LAMBDA_API, "lambda_api.txt")}
    assert "10,240 s" not in values and "10240 s" not in values
    assert not any(v.endswith(" s") and "128" in v for v in values)


OUTLINE = """SQS
  Visibility timeout
    Default: 30 seconds
    Max: 12 hours

EC2
  Default: t2.micro for free tier
  Required: key pair for SSH
"""

outline = notes_fixture(OUTLINE, "outline.txt")


def test_a_student_s_outline_is_no_api_entry():
    from studycli.formats.api_reference import api_entries

    assert api_entries(OUTLINE.splitlines()) == {}


def test_a_student_s_required_line_is_kept(outline):
    values = lookup_values(outline, "ec2 key pair required for ssh")
    assert values and "key pair" in values[0]


QUOTAS = """# Lambda
| Function | Max memory | Max timeout (s) | Max env vars size |
|---|---|---|---|
| Lambda | 10240 (10 GB) | 900 | 4 KB |
"""


def test_a_row_s_conversion_gives_no_unit_to_another_column_s_number():
    facts = {(a, q, v) for _, _, a, q, v in parsed_quantities(QUOTAS)}
    assert not any("900 MB" in v for _, _, v in facts)
    assert any(v == "900 s" for _, _, v in facts)


KINESIS = ("# Kinesis Data Streams\n- shards per stream: Minimum value of 1. Maximum value of 500"
           " by default; retention default 24, up to 8760 (365 days)\n")


def test_a_line_s_conversion_gives_no_unit_to_its_other_bounds():
    values = {v for *_, v in parsed_quantities(KINESIS)}
    assert not any(v in ("1 h", "24 h", "500 h") for v in values)


SETTINGS = """# Route 53
- FailureThreshold: 3 consecutive failed checks mark the endpoint unhealthy
# S3
- ExpiredObjectDeleteMarker: removes expired object delete markers in lifecycle rules
- NoSuchKey: the object does not exist
# CloudFormation
- OnFailure: what happens when stack creation fails (ROLLBACK, DELETE, DO_NOTHING)
# Step Functions
- ToleratedFailurePercentage: share of failed child executions a Distributed Map allows
# CloudWatch
- InsufficientDataActions: actions to run when the alarm enters INSUFFICIENT_DATA
# CloudFront
- CreateInvalidation: first 1,000 paths per month free
- InvalidationBatch: max 3,000 paths in progress
# AppSync
- ConflictDetection: VERSION or NONE
"""


def test_a_setting_s_name_with_an_error_word_is_no_code():
    from pathlib import Path

    from studycli.extract import parse_note
    from studycli.formats import as_markdown
    from studycli.model import Kind

    codes = {f.attribute for f in parse_note(as_markdown(SETTINGS, Path("n.md").suffix),
                                             "n.md").facts if f.kind == Kind.ERROR_CODE}
    assert codes == {"NoSuchKey"}


def test_dynamodb_streams_host_names_the_streams():
    from studycli.formats.http_messages import message_service

    # the host is two labels: read one, it was DynamoDB's
    assert message_service("GET https://streams.dynamodb.us-east-1.amazonaws.com/") \
        == "DynamoDB Streams"
    assert message_service("POST https://dynamodb.us-east-1.amazonaws.com/") == "DynamoDB"
