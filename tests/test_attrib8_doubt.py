"""A trailing aside of doubt does not stop a quantity being read (issue 8 / new user 7): the
student wrote the number down as what they learnt, and `check` must be able to say when it is
out of date. A retraction, or a doubt before the number, still keeps the line a statement."""

from __future__ import annotations

import pytest

from studycli.extract import parse_note
from studycli.model import Kind


def _limits(text: str) -> list[tuple[str, str, str, str]]:
    note = parse_note(text, "n.md")
    return [(f.service, f.attribute, f.qualifier, f.value) for f in note.facts
            if f.kind in (Kind.LIMIT, Kind.DEFAULT)]


@pytest.mark.parametrize("aside", [
    "(i guess they changed this?)",
    "(not sure, double check)",
    "- i think",
    "?? need to verify",
    "(iirc)",
])
def test_a_trailing_aside_of_doubt_leaves_the_limit_read(aside):
    facts = _limits(f"## Amazon SQS\n* max message size is 256 KB {aside}\n")
    assert facts == [("SQS", "message size", "max", "256 KB")]


def test_a_doubted_default_after_its_value_is_read_too():
    facts = _limits("# Kinesis\n- retention 24 hours by default, unsure if still true\n")
    assert [(a, q, v) for _, a, q, v in facts] == [("retention period", "default", "24 h")]


@pytest.mark.parametrize("line", [
    "- payloads capped at 256 KB... no wait, or was it 1 MB",  # taken back
    "- payloads capped at 6 MB (scratch that)",  # taken back, even after it
    "- not sure but payloads are capped at 6 MB",  # the doubt comes before the number
])
def test_a_retraction_or_a_doubt_before_the_number_still_gives_no_limit(line):
    assert _limits(f"## Lambda\n{line}\n") == []
    assert parse_note(f"## Lambda\n{line}\n", "n.md").facts  # still searchable


def test_an_aside_offering_another_number_leaves_the_number_written():
    # the student wrote 6 MB and doubts it with a guess: the 6 MB is read (lookup marks it
    # unsure, check says what AWS gives), the guessed 10 MB is not (session 30, nu30a)
    facts = _limits("## Lambda\n- payloads capped at 6 MB (i think 10 MB?)\n")
    assert [v for *_, v in facts] == ["6 MB"]


def test_a_digit_in_a_name_inside_the_aside_is_no_number_of_its_own():
    facts = _limits("## Glacier\n- archive max 40 TB (not sure if same as S3)\n")
    assert [v for *_, v in facts] == ["40 TB"]
