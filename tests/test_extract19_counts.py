"""Limits the parser read wrong or not at all (session 19, issue 10: the parser's facts under
lookup and questions). On the development sets, a large share of lookup misses was a line that
held the answer but gave no fact, or a fact of the wrong kind:

- "Basic: 7 core checks" was a limit of "7 cores" (a counted noun in the singular, followed by
  the noun it describes, counts that noun);
- "max 16 Nitro instances", "max 500 resources", "max 125 peerings per VPC" gave nothing (a
  bound, a number and a plural noun the scanner did not list);
- "read replicas: up to 15" gave nothing (a counted label, a bound, the number bare);
- "batch size SQS default 10" and "unreserved pool has to keep min 100" gave nothing (a bound
  and a bare number after words naming a count of the vocabulary);
- "1-35 days, default 7" gave the range and no default.
Lines here are written for the test."""

from __future__ import annotations

import pytest

from studycli.extract import parse_note
from studycli.extract.quantities import find_quantities


def _limits(text: str) -> list[tuple[str, str, str]]:
    note = parse_note(text, "n.md")
    return [(f.attribute, f.qualifier, f.value) for f in note.facts if f.kind != "fact"]


def test_a_singular_counted_noun_before_another_noun_counts_no_cores():
    facts = _limits("# Trusted Advisor\n\n- Basic plan: 7 core checks\n")
    assert not [f for f in facts if "core" in f[2] and "checks" not in f[2]]
    # one of a counted noun is still one
    assert [q.value for q in find_quantities("1 core")] == ["1 core"]


@pytest.mark.parametrize("line, value", [
    ("Multi-Attach: max 16 Nitro instances", "16 Nitro instances"),
    ("max 500 resources per template", "500 resources"),
    ("up to 25 certificates per ALB", "25 certificates"),
    ("up to 5 SCPs per account", "5 SCPs"),
])
def test_a_bound_before_a_number_and_a_plural_noun_is_a_count(line, value):
    assert value in [q.value for q in find_quantities(line)]


@pytest.mark.parametrize("line", [
    "scale up to 3 then stop",             # no noun
    "max 5 of them",                       # a preposition is no noun
    "up to 5 small widgets",               # an adjective before an unlisted noun
])
def test_a_bound_and_a_number_with_no_counted_noun_is_no_count(line):
    assert [q.value for q in find_quantities(line) if q.dimension == "count"] == []


def test_an_unlisted_noun_names_its_own_count():
    facts = _limits("# Kinesis Data Streams\n\n- partition key max 128 chars, hashed to pick a "
                    "shard\n")
    # (chars are counted since attrib35: the length of the key the line names)
    assert ("partition key length", "max", "128 characters") in facts
    assert not [f for f in facts if f[0] == "shards"]


def test_a_counted_label_then_a_bound_and_a_bare_number():
    facts = _limits("# RDS\n\n- read replicas: up to 15\n")
    assert [f for f in facts if f[1] == "max" and f[2] == "15 replicas"]


def test_a_bound_and_a_bare_number_after_a_named_count():
    facts = _limits("# Lambda\n\n- lambda polls for you, batch size SQS default 10, max 10,000\n")
    assert ("batch size", "default", "10 batch size") in facts
    assert ("batch size", "max", "10,000 batch size") in facts


@pytest.mark.parametrize("line", [
    # the measure the vocabulary would reach is not said before the number
    "- managed policies attached per user: 10 default (up to 20)",
    "- unreserved pool has to keep min 100",
    # a count per a thing does not count that thing
    "- ESM polls each shard (parallelization factor up to 10 per shard)",
])
def test_a_bound_and_a_bare_number_the_line_does_not_name_is_no_limit(line):
    facts = _limits(f"# Lambda\n\n{line}\n")
    assert not [f for f in facts if f[1] == "max" or f[1] == "min"]


def test_a_bare_number_does_not_split_a_written_number():
    # "10,000 for standard queues" is not a "10" followed by a comma
    facts = _limits("# SQS\n\n- SQS batch size up to 10,000 for standard queues\n")
    assert not [f for f in facts if f[2].startswith("10 ")]


@pytest.mark.parametrize("line", [
    "- automated backups retention: 1-35 days, default 7",
    "- automated backups retention 1-35 days (default 7)",
])
def test_a_range_then_a_bare_default_gives_the_default(line):
    facts = _limits(f"# RDS\n\n{line}\n")
    assert [f for f in facts if f[1] == "range" and f[2] == "1–35 days"]
    assert [f for f in facts if f[1] == "default" and f[2] == "7 days"]


def test_a_bare_number_after_a_range_unmarked_is_no_default():
    facts = _limits("# RDS\n\n- retention 1-35 days, 7\n")
    assert not [f for f in facts if f[1] == "default"]


def test_a_heading_listing_a_sections_topics_is_its_parents_section():
    # "Streams / TTL / DAX" in DynamoDB notes: the streams' retention is DynamoDB's, not DAX's;
    # a line naming DAX is still DAX's
    note = parse_note("# DynamoDB\n\n## Streams / TTL / DAX\n\n- Streams retention: 24 hours\n"
                      "- DAX item cache TTL default 5 minutes\n", "n.md")
    by_line = {f.line: f.service for f in note.facts if f.kind != "fact"}
    assert by_line[5] == "DynamoDB"
    assert by_line[6] == "DAX"


def test_a_heading_naming_the_part_alone_keeps_it():
    note = parse_note("# DynamoDB\n\n## DAX\n\n- item cache TTL default 5 minutes\n", "n.md")
    assert {f.service for f in note.facts if f.kind != "fact"} == {"DAX"}


def test_a_polish_count_noun_is_counted():
    assert [q.value for q in find_quantities("spread: max 7 instancji na AZ")] == ["7 instances"]
