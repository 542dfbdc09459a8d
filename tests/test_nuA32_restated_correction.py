"""A self-correction that says the same value again ("retention 30 days, actually it's 30")
keeps the value: taken back, the line lost it (a new user's week), since the bare number after
"actually" is no value of its own."""

from __future__ import annotations

import pytest

from studycli.extract import parse_note
from studycli.model import Kind


def _values(line: str) -> set[tuple[str, str]]:
    facts = parse_note(f"## SQS\n- {line}\n", "n.md").facts
    return {(f.attribute, f.value) for f in facts if f.kind in (Kind.LIMIT, Kind.DEFAULT)}


@pytest.mark.parametrize("line", [
    "msg retention 4 days, actually it's 4",
    "msg retention 4 days, actually 4",
    "msg retention 4 days - actually it is 4",
    "msg retention 4 days, no wait, 4 days",
    "msg retention 4 days, actually it's 4 days",
])
def test_a_correction_that_restates_the_value_keeps_it(line):
    assert _values(line) == {("retention period", "4 days")}


@pytest.mark.parametrize("line", [
    "msg retention 4 days, actually it's 14",
    "msg retention 4 days, no wait, 14 days",
    "msg retention 4 days, actually it's 4 hours",
])
def test_a_correction_to_another_value_still_takes_the_first_back(line):
    assert ("retention period", "4 days") not in _values(line)


def test_a_restated_value_with_its_unit_is_read_once():
    facts = parse_note("## SQS\n- visibility timeout 30 sec, actually it's 30 sec (default)\n",
                       "n.md").facts
    timeouts = [f for f in facts if f.attribute == "visibility timeout"]
    assert [(f.kind, f.value) for f in timeouts] == [(Kind.DEFAULT, "30 s")]
