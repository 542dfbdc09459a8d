"""A practice journal's explanation lines: a service they only name in passing is not what
they are about; the question's service is. Lines written for the test, in wording the
development notes do not use."""

from __future__ import annotations

from studycli.extract import parse_note
from studycli.model import Kind

JOURNAL = """# Mock exam 2

Q7. SQS consumer keeps getting the same message twice
✓ raise the visibility timeout
-> it can be set up to 12 hours, unlike SNS
note: retention up to 14 days; to fan out, put it behind SNS
Lambda -> reserved concurrency caps the consumer at 1000
"""


def _facts(text: str) -> list:
    return [f for f in parse_note(text, "journal.md").facts if f.kind is not Kind.FACT]


def test_a_service_named_in_passing_does_not_take_the_explanation_line():
    services = {f.value: f.service for f in _facts(JOURNAL)}
    assert services.get("12 h") == "SQS"
    assert services.get("14 days") == "SQS"


def test_a_line_opening_on_its_own_service_keeps_it():
    own = "Lambda -> reserved concurrency caps the consumer at 1000"
    line = JOURNAL.splitlines().index(own) + 1
    facts = [f for f in parse_note(JOURNAL, "journal.md").facts if f.line == line]
    assert facts and {f.service for f in facts} == {"Lambda"}


def test_after_a_blank_line_the_question_no_longer_holds():
    text = JOURNAL + "\nCheatsheet: 300 s deregistration delay, changeable (not for Route 53)\n"
    services = {f.value: f.service for f in _facts(text)}
    assert services.get("300 s") != "SQS"
