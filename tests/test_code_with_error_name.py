"""A status code written with an AWS error's name ("409 BucketAlreadyExists", "`403
AccessDenied`") is an error code, with no word "error" near it: a study chat's reply to "what
http code when bucket name taken" filed nothing, and the lookup "s3 bucket name already taken
error" missed (unseen141)."""

from __future__ import annotations

import pytest

from studycli.extract import parse_note
from studycli.model import Kind


def _codes(text: str) -> list[tuple[str, str]]:
    return [(f.attribute, f.value) for f in parse_note(text, "n.md").facts
            if f.kind is Kind.ERROR_CODE]


@pytest.mark.parametrize("line, codes", [
    ("- `409 BucketAlreadyExists`", [("409", "BucketAlreadyExists")]),
    ("- and `403 AccessDenied` is the classic policy one, `404 NoSuchKey` when key missing",
     [("403", "AccessDenied"), ("404", "NoSuchKey")]),
])
def test_a_code_with_an_error_name_is_read(line, codes):
    assert _codes(f"# S3 chat\n{line}\n") == codes


@pytest.mark.parametrize("line", [
    "- 400 GetItem calls per second in the load test",  # an operation's name: a count
    "- 500 GiBs of logs a day",
])
def test_an_operation_or_a_unit_is_no_error_name(line):
    assert _codes(f"# DynamoDB notes\n{line}\n") == []


def test_a_meaning_ends_where_a_sentence_opens_on_another_code():
    line = ("- Lambda 429 TooManyRequestsException = concurrency limit. 413 RequestEntityTooLarge"
            " = payload > 6 MB sync")
    codes = dict(_codes(f"# Lambda postmortem\n{line}\n"))
    assert codes["429"] == "TooManyRequestsException = concurrency limit"
    assert codes["413"].startswith("RequestEntityTooLarge")


@pytest.mark.parametrize("line", [
    "- 500 CloudFormation resources per template",  # a quota: a service's name, no error's
    "- 500 AutoScaling groups per region (default quota)",
    "- 500 EventBridge rules per bus",
    "- 400 ElastiCache nodes per region",
    "- 500 ConcurrentExecutions is what we reserved",  # CamelCase, but no error's shape
])
def test_a_count_of_named_things_is_no_error_code(line):
    assert _codes(f"# Quotas\n{line}\n") == []


@pytest.mark.parametrize("line, code", [
    ("- 400 ThrottlingException means back off and retry", "400"),
    ("- 404 NoSuchBucket when the name is mistyped", "404"),
    ("- 400 InvalidParameterValue on a bad runtime name", "400"),
])
def test_a_name_shaped_like_an_aws_error_is_read(line, code):
    assert code in dict(_codes(f"# S3 chat\n{line}\n"))
