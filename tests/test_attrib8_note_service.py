"""The service a note is about (its first line or heading, and its file name when that names one
service) is the context of lines that name none; a service named on an error code's line is the
code's cause, not its owner, and does not carry to the lines after it; a bare code in a list of
the service's codes is one of them (new user 7's plain-text API Gateway note)."""

from __future__ import annotations

import pytest

from studycli.extract import parse_note
from studycli.extract.note_topic import file_service
from studycli.model import Kind


def _codes(text: str, source: str = "n.txt") -> list[tuple[str, str]]:
    note = parse_note(text, source)
    return [(f.service, f.attribute) for f in note.facts if f.kind == Kind.ERROR_CODE]


PLAIN_CODES = ("Amazon API Gateway status codes i hit\n"
               "401 no token\n"
               "403 forbidden - blocked by WAF rule\n"
               "404 wrong path\n"
               "502 bad response from Lambda proxy\n"
               "503 busy\n")


def test_a_service_named_on_a_codes_line_neither_owns_it_nor_carries_on():
    assert _codes(PLAIN_CODES) == [("API Gateway", c) for c in
                                   ("401", "403", "404", "502", "503")]


def test_a_bare_code_in_a_list_of_codes_is_an_error_code_of_the_notes_service():
    # "404 wrong path" and "503 busy" use no error word: their neighbours make them codes
    assert ("API Gateway", "404") in _codes(PLAIN_CODES)
    assert ("API Gateway", "503") in _codes(PLAIN_CODES)


def test_two_code_lines_are_no_list():
    text = "API Gateway notes\n404 wrong path\n503 busy\n"
    assert _codes(text) == []


def test_a_count_at_the_head_of_a_line_is_no_code_of_a_list():
    text = "API Gateway\n500 stages max\n401 no token\n404 wrong path\n"
    assert ("API Gateway", "500") not in _codes(text)


def test_the_file_name_gives_the_service_when_nothing_in_the_note_does():
    text = "## Errors\n- 400 malformed body\n- 429 too many calls\n- 504 backend slow\n"
    assert _codes(text, "notes/apigw.md") == [("API Gateway", "400"), ("API Gateway", "429"),
                                              ("API Gateway", "504")]
    assert _codes(text, "notes/week3.md") == []


def test_a_heading_still_wins_over_the_file_name():
    note = parse_note("## SQS\n- visibility timeout max 12 hours\n", "lambda.md")
    assert {f.service for f in note.facts} == {"SQS"}


def test_the_file_names_service_reads_a_limit_on_a_line_naming_none():
    note = parse_note("item max size 400 KB\n", "dynamo.txt")
    assert [(f.service, f.attribute, f.value) for f in note.facts if f.kind == Kind.LIMIT] == [
        ("DynamoDB", "item size", "400 KB")]


@pytest.mark.parametrize("source, service", [
    ("apigw.txt", "API Gateway"), ("notes/dynamo.md", "DynamoDB"),
    ("a_dva_cheatsheet_lambda.md", "Lambda"), ("kinesis-notes.md", "Kinesis Data Streams"),
    ("sqs_sns.txt", ""),  # two services: which one a line is about is not the name's to say
    ("000_4c356a59b3abc6e0.txt", ""), ("week3.md", ""), ("aws_notes.md", ""),
])
def test_file_service(source, service):
    assert file_service(source) == service
