"""Review rt48b (session 48's merged change): a label ending in one calendar unit ("this
week: 18", "start hour: 3") names no duration; a card's "Q:" is no word of the cause an error's
name answers. Notes written for the review (the week's pomodoros are unseen231's)."""

from __future__ import annotations

import pytest

from studycli.extract import parse_note
from studycli.model import Kind


def _limits(text: str) -> set[tuple[str, str, str]]:
    return {(f.service, f.attribute, f.value) for f in parse_note(text, "n.md").facts
            if f.kind is not Kind.FACT and f.kind is not Kind.ERROR_CODE}


@pytest.mark.parametrize("text, value", [
    ("## Lambda\n\n- timeout max 15 min\n- pomodoros so far this week: 18\n", "18 weeks"),
    ("## RDS\n\n- Preferred backup window start hour: 3\n", "3 h"),
    ("## SQS\n\n- Exam day: 14\n", "14 days"),
    ("## Lambda\n\n- Deploy month: 6\n", "6 months"),
])
def test_a_label_ending_in_one_calendar_unit_names_no_duration(text, value):
    assert value not in {v for _, _, v in _limits(text)}, _limits(text)


@pytest.mark.parametrize("text, value", [
    ("## RDS\n\n- Backup retention days: 35\n", "35 days"),
    ("## CloudFront\n\n- Default TTL hours: 24\n", "24 h"),
    ("## S3\n\n- Object Lock retention years: 7\n", "7 years"),
])
def test_a_label_ending_in_its_units_is_still_read(text, value):
    assert value in {v for _, _, v in _limits(text)}, _limits(text)


def test_a_cards_question_mark_is_no_word_of_an_errors_cause():
    text = ("## DynamoDB\n\n- Q: What happens on a failed conditional write?\n"
            "- A: ConditionalCheckFailedException\n")
    meanings = {f.value for f in parse_note(text, "cards.md").facts
                if f.kind is Kind.ERROR_CODE}
    assert meanings == {"What happens on a failed conditional write"}, meanings
