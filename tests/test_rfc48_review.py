"""Review of the specification readings (session 48, rfc48): wording they were not meant for.
A negated threshold in a condition ("If the item does not exceed 1 KB, one WCU") is no
maximum; "so multipart is recommended" after a figure, or "gp3 (recommended)" before one, does
not make the figure advice; "Resources section 500 resources" counts resources, no reference
to a section; an IPv4 address opening a line ("10.0.0.255 = broadcast") is no clause number.
Notes written for the test."""

from __future__ import annotations

import pytest

from studycli.dotted_address import an_address
from studycli.extract import parse_note
from studycli.lookup.section_refs import without_references
from studycli.model import Kind
from studycli.notes.normalize import normalize

from .helpers import first_value, lookup_values, notes_fixture


def _bounds(text: str) -> set[tuple[str, str, str]]:
    """(service, qualifier, value) of every limit or default read from `text`."""
    return {(f.service, f.qualifier, f.value) for f in parse_note(text, "notes.md").facts
            if f.kind is not Kind.FACT}


@pytest.mark.parametrize("text", [
    "# DynamoDB\n- If the item does not exceed 1 KB, a write costs one WCU\n",
    "# SQS\n- when the message is not larger than 64 KB it is billed as one request\n",
    "# S3\n- Uploads that do not exceed 100 MB: a single PUT is fine, above that multipart\n",
])
def test_a_negated_threshold_in_a_condition_is_no_maximum(text):
    # the condition under which something holds, not the most the setting allows
    assert not {q for _, q, _ in _bounds(text)} & {"max", "min"}, _bounds(text)


@pytest.mark.parametrize("text, value", [
    ("# SQS\n- Note that the visibility timeout can't be longer than 12 hours.\n", "12 h"),
    ("# DynamoDB\n- Each item that is stored MUST NOT exceed 400 KB.\n", "400 KB"),
])
def test_a_requirement_with_that_is_still_a_maximum(text, value):
    assert any(q == "max" and v == value for _, q, v in _bounds(text)), _bounds(text)


CONDITIONS = """# S3

- Uploads that do not exceed 100 MB: a single PUT is fine, above that use multipart
- single PUT 5 GB so multipart is recommended for big files
"""
conditions = notes_fixture(CONDITIONS)


def test_a_conditions_threshold_does_not_answer_a_limit(conditions):
    # the branch answered 100 MB (a condition) where main answered 5 GB
    assert first_value(conditions, "s3 single put max size") == "5 GB"


@pytest.mark.parametrize("text, value", [
    ("# S3\n- single PUT 5 GB so multipart is recommended for big files\n", "5 GB"),
    ("# EBS\n- gp3 (recommended) 3,000 IOPS baseline, 125 MB/s\n", "3000 IOPS"),
])
def test_a_recommendation_of_something_else_keeps_the_figure(text, value):
    assert value in {v for _, _, v in _bounds(text)}, _bounds(text)


SECTIONS = """# CloudFormation

- Resources section 500 resources max per template
- Outputs section 200 outputs max
"""
sections = notes_fixture(SECTIONS)


@pytest.mark.parametrize("query, number", [("cloudformation max resources", "500"),
                                           ("cloudformation max outputs", "200")])
def test_a_number_after_section_counting_a_noun_is_a_figure(sections, query, number):
    values = lookup_values(sections, query)
    assert values and number in values[0], values


@pytest.mark.parametrize("text, kept", [
    ("Resources section 500 resources max", "500"),
    ("see section 3 for more", ""),
    ("see 5.1", ""),
    ("section 2.3, max 10", "10"),
])
def test_which_numbers_a_reference_blanks(text, kept):
    digits = "".join(c for c in without_references(text) if c.isdigit())
    assert digits == kept


RESERVED = """# VPC

Reserved IPs in every subnet (5):
10.0.0.0 = network address
10.0.0.1 = VPC router
10.0.0.2 = Amazon DNS
10.0.0.3 = reserved for future use
10.0.0.255 = broadcast (not supported)
"""


def test_addresses_opening_lines_are_no_clause_numbers():
    text = normalize(RESERVED).text
    assert "10.0.0.255 = broadcast" in text and "10.0.0.1 = VPC router" in text
    values = {f.value for f in parse_note(RESERVED, "vpc.md").facts}
    assert not any(v.startswith("=") for v in values), values


@pytest.mark.parametrize("number, address", [
    ("10.0.1.255", True), ("169.254.169.254", True), ("172.16.0.0", True),
    ("1.3.6.1", False), ("2.2.2.1", False), ("2.1.4", False),
])
def test_an_address_is_told_from_a_clause_number(number, address):
    assert an_address(number) is address


def test_a_line_answer_keeps_the_address_it_opens_with():
    from studycli.lookup.lines import _LEAD

    assert _LEAD.sub("", "- 169.254.169.254 = IMDS", count=1) == "169.254.169.254 = IMDS"
    assert _LEAD.sub("", "5.1.2  Memory: 128 MB", count=1) == "Memory: 128 MB"
