"""Config-style keys ("sqsMaxMsgSize: 256KB", "sqs_max_msg_size = 256KB") are read as the words
they join (notes/identifier_keys.py): read as one word, "kinesisMaxRetention: 365d" was filed
under an attribute "kinesismaxretention" no lookup names, or made no fact. Lines here are
written for the test, in wordings other than the development notes'."""

from __future__ import annotations

import pytest

from studycli.extract import parse_note
from studycli.model import Kind
from studycli.notes.identifier_keys import key_words, split_identifier_keys


def _quantities(text: str, name: str = "keys.txt") -> list[tuple[str, str, str, str]]:
    note = parse_note(text, name)
    return [(f.service, f.attribute, f.qualifier, f.value) for f in note.facts
            if f.kind is not Kind.FACT]


@pytest.mark.parametrize("line", [
    "kinesisMaxRetention: 365d",
    "kinesis_max_retention = 365d",
    "- kinesisMaxRetention: 365d",
])
def test_a_key_that_opens_with_a_service_is_read_as_its_words(line):
    facts = _quantities(f"stream limits\n\n{line}\n")
    assert ("Kinesis Data Streams", "retention period", "max", "365 days") in facts
    assert not any("kinesismax" in a.replace(" ", "") and " " not in a for _, a, _, _ in facts)


def test_a_table_of_keys_makes_each_keys_fact():
    text = ("# limits, config style\n\n"
            "sqsDefaultVisibilityTimeout: 30s\n"
            "dynamodbMaxItemSize: 400KB\n")
    facts = _quantities(text)
    assert ("SQS", "visibility timeout", "default", "30 s") in facts
    assert ("DynamoDB", "item size", "max", "400 KB") in facts


def test_key_words():
    assert key_words("ddbMaxLSIPerTable") == ["ddb", "max", "LSI", "per", "table"]
    assert key_words("s3_prefix_get_rate") == ["s3", "prefix", "get", "rate"]


@pytest.mark.parametrize("line", [
    "waitForTaskToken = callback pattern",     # an API's own name: no service opens it
    "statusCode: 200",
    "use sqsMaxMsgSize: 256KB",                # not a key opening the line
    "lambdaTimeout",                           # no value after it
])
def test_other_identifiers_are_left_as_written(line):
    lines = [line]
    split_identifier_keys(lines, [False])
    assert lines == [line]


def test_code_is_left_as_written():
    lines = ["sqsMaxMsgSize: 256KB"]
    split_identifier_keys(lines, [True])
    assert lines == ["sqsMaxMsgSize: 256KB"]


def test_a_key_opening_with_a_two_word_name_is_split_and_no_two_keys_are_read_as_one():
    text = ("// secrets\n\n[secrets]\n"
            "secretsManagerRecoveryWindowDefault: 30d\n"
            "stepFunctionsExpressMaxDuration: 5min\n")
    facts = _quantities(text)
    assert any(s == "Secrets Manager" and q == "default" and v == "30 days"
               for s, _, q, v in facts)
    assert ("Step Functions", "execution duration", "max", "5 min") in [
        (s, a, q, v) for s, a, q, v in facts]


def test_a_key_naming_no_service_takes_no_service_from_the_key_before():
    # review 37: "iam max users" set IAM for the next line, so 'iam visibility timeout' was 30 s
    facts = _quantities("iam_max_users = 5000\nvisibilityTimeout: 30s\n", "config.txt")
    assert not any(s == "IAM" and "visibility" in a for s, a, _, _ in facts)


@pytest.mark.parametrize("line", [
    "s3_client = boto3.client('s3')",
    "dynamodb_table_name = Orders",
    "ec2_instance_id = i-12345",
    "sns_topic_arn = arn:aws:sns:us-east-1:123456789012:orders",
    "sqsQueueUrl: https://sqs.us-east-1.amazonaws.com/123456789012/q",
    # a value that is code or an address, whatever the key's last word
    "sqs_dlq = arn:aws:sqs:us-east-1:1:dlq",
    "lambda_handler = app.handler(event)",
])
def test_a_programs_setting_is_left_as_written(line):
    lines, fenced = [line], [False]
    split_identifier_keys(lines, fenced)
    assert lines == [line]


def test_the_keys_of_a_service_still_split_beside_a_resource_key():
    lines = ["kinesisMaxRetention: 365d", "kinesis_stream_name = clicks"]
    split_identifier_keys(lines, [False, False])
    assert lines == ["kinesis max retention: 365d", "kinesis_stream_name = clicks"]


def test_a_pascal_case_key_naming_no_service_keeps_the_note_unsplit(tmp_path):
    """"VisibilityTimeout: 30s" after "iam_max_users = 5000": split, the IAM key lent its
    service to the PascalCase key's line ("iam visibility timeout" answered 30 s; the fix
    reviewer, session 37). A PascalCase key naming no service keeps the note as written, as a
    camelCase one does."""
    from studycli.notes.identifier_keys import split_identifier_keys

    lines = ["iam_max_users = 5000", "VisibilityTimeout: 30s"]
    split_identifier_keys(lines, [False, False])
    assert lines == ["iam_max_users = 5000", "VisibilityTimeout: 30s"]
