"""Values the session-19 extraction taught wrong (review of extract19): a bare default outside
its range took the range's unit, a bare number after a bound counted a time or a size, and a
size unit in the plural was a count. Lines here are written for the test."""

from __future__ import annotations

import pytest

from studycli.extract import parse_note
from studycli.extract.quantities import find_quantities


def _limits(text: str) -> list[tuple[str, str, str]]:
    note = parse_note(text, "n.md")
    return [(f.attribute, f.qualifier, f.value) for f in note.facts if f.kind != "fact"]


@pytest.mark.parametrize("line", [
    "visibility timeout 0-12 hours (default 30)",
    "visibility timeout 0 s - 12 h, default 30",
])
def test_a_bare_default_outside_its_range_is_no_default(line):
    facts = _limits(f"# SQS\n\n- {line}\n")
    assert not [f for f in facts if f[1] == "default"]
    assert ("visibility timeout", "max", "12 h") in facts


def test_a_bare_default_inside_its_range_takes_its_unit():
    facts = _limits("# RDS\n\n- backup retention 1-35 days, default 7\n")
    assert [f for f in facts if f[1] == "default" and f[2] == "7 days"]


@pytest.mark.parametrize("section, line", [
    ("SQS", "visibility timeout max 12 (hours)"),
    ("Lambda", "memory max 10240"),
    ("Lambda", "memory limit 10240"),
    ("Lambda", "batch size max 10 (KB)"),
])
def test_a_bare_number_after_a_bound_counts_only_a_named_count(section, line):
    facts = _limits(f"# {section}\n\n- {line}\n")
    # ("12 visibility timeout", "10240 memory": a count of the attribute's name)
    assert not [f for f in facts if f[2].endswith(f[0])]


def test_a_bound_and_a_bare_number_of_a_named_count_still_counts():
    facts = _limits("# Lambda\n\n- SQS batch size default 10\n")
    assert [f for f in facts if f[0] == "batch size" and f[1] == "default"]


@pytest.mark.parametrize("line, value", [
    ("max 64 TBs", "64 TB"),
    ("up to 10 GBs", "10 GB"),
    ("up to 256 KBs", "256 KB"),
    ("at least 50 percents", "50%"),
])
def test_a_size_unit_in_the_plural_is_that_size(line, value):
    found = find_quantities(line)
    assert [q.value for q in found] == [value]
    assert all(q.dimension != "count" for q in found)


@pytest.mark.parametrize("line", [
    "up to 25 Gbits", "up to 10 Gigabits", "up to 2 exabytes", "max 10 Gigs",
    "up to 100 millis", "up to 11 nines", "up to 10 free GBs",
])
def test_a_unit_spelling_after_a_bound_is_no_count(line):
    assert [q.value for q in find_quantities(line) if q.dimension == "count"] == []


def test_a_bound_and_an_unlisted_plural_noun_still_counts():
    assert "16 Nitro instances" in [q.value for q in find_quantities("max 16 Nitro instances")]


@pytest.mark.parametrize("line", [
    "SQS event source batch size default 10, max 10,000",
    "Kinesis ESM batch size max 10,000",
])
def test_an_event_source_line_in_lambda_notes_stays_lambdas(line):
    note = parse_note(f"# Lambda\n\n- {line}\n", "n.md")
    sizes = [f for f in note.facts if f.attribute == "batch size"]
    assert sizes and all(f.service == "Lambda" for f in sizes)


def test_a_line_opening_with_another_service_in_lambda_notes_is_still_that_services():
    note = parse_note("# Lambda\n\n- SQS visibility timeout max 12 hours\n", "n.md")
    assert [f.service for f in note.facts if f.attribute == "visibility timeout"] == ["SQS"]
