"""Numbers that are not limits of what they stand next to: a percentage by which something
changes, and a value whose "attribute" is only the name of its case. Lines written for the
test, in wording the development notes do not use."""

from __future__ import annotations

import pytest

from studycli.extract import parse_note
from studycli.model import Kind


def _asked(text: str) -> list[tuple[str, str, str, str]]:
    return [(f.service, f.attribute, f.qualifier, f.value)
            for f in parse_note(text, "n.md").facts if f.kind is not Kind.FACT]


@pytest.mark.parametrize("line", [
    "- with a connection proxy in front, failover time is reduced by as much as 55%",
    "- Graviton instances: price-performance improved by up to 40%",
    "- Savings Plans cut the compute bill by ~72%",
    "- gp3 is cheaper (about 20%) than gp2",
])
def test_a_percentage_of_change_is_not_a_limit(line):
    assert not [a for a in _asked(f"## Amazon EC2\n{line}\n") if a[3].endswith("%")]


@pytest.mark.parametrize("line,value", [
    ("- target tracking keeps average CPU at 60%", "60%"),
    ("- SLA: 99.99% availability", "99.99%"),
])
def test_a_percentage_that_is_a_setting_is_kept(line, value):
    assert [a for a in _asked(f"## Amazon EC2\n{line}\n") if a[3] == value]


def test_an_attribute_that_only_names_the_case_is_not_asked():
    text = ("## Amazon S3\n"
            "- shortest billed stay: Deep Archive 180 days, Standard-IA 30 days\n")
    asked = _asked(text)
    assert not [a for a in asked if a[3] in ("30 days", "180 days")
                and set(a[1].split()) <= {"glacier", "deep", "archive", "standard-ia"}]
    said = " ".join(f.value for f in parse_note(text, "n.md").facts if f.kind is Kind.FACT)
    assert "180 days" in said and "30 days" in said


def test_a_named_setting_of_a_case_is_kept():
    asked = _asked("## Amazon S3\n- Standard-IA: minimum storage duration 30 days\n")
    assert [a for a in asked if a[3] == "30 days" and "duration" in a[1]]


def test_a_storage_class_under_a_min_duration_list_takes_that_attribute():
    text = ("## Amazon S3\n- storage classes, min. duration\n"
            "  - Glacier Deep Archive: 180 days\n")
    asked = _asked(text)
    assert ("S3", "minimum storage duration", "", "180 days") in asked or \
        ("S3", "minimum storage duration", "min", "180 days") in asked


@pytest.mark.parametrize("line,worked", [
    ("- split across three consumers that would be 300 concurrent executions each", "300"),
    ("- 4 shards x 1 MB/s, that'd be 4 MB/s of writes in total", "4 MB"),
])
def test_a_worked_hypothetical_figure_is_not_a_limit(line, worked):
    assert not [a for a in _asked(f"## AWS Lambda\n{line}\n") if a[3].startswith(worked)]


def test_a_limit_beside_no_hypothetical_is_kept():
    assert _asked("## AWS Lambda\n- max 1,000 concurrent executions per Region\n")


@pytest.mark.parametrize("line", [
    "- messages more than 256 KB need the extended client library",
    "- objects more than 5 GB must be uploaded in parts",
])
def test_more_than_a_value_is_when_something_applies_not_a_minimum(line):
    assert not [a for a in _asked(f"## Amazon SQS\n{line}\n") if a[2] == "min"]
