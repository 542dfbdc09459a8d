"""Notes written as formal specifications (session 48, issue 10): numbered clauses ("2.1.4
Parts SHALL ...") under numbered sections ("SECTION 4  DYNAMODB", "5.  Lambda", "## 2. S3
Objects") are nested items of their section, the section's title a heading whose service
the clauses take, and a clause's number is no figure (notes/clause_numbers.py); a note line
answering on its own is read without its clause number (lookup/lines.py). Notes written for
the test, in wording the development notes do not use."""

from __future__ import annotations

import re

import pytest

from studycli.extract import parse_note
from studycli.model import Kind
from studycli.notes.normalize import normalize

from .helpers import lookup_values, notes_fixture

PLAIN = """MY CLOUD SPEC          revision 4
=====================================

SECTION 1  DEFINITIONS
  WCU = one write per second

SECTION 2  RDS
 2.1  Backup retention SHALL default to 7 days.
 2.2  Read replicas: up to 15 per primary.

SECTION 3  DYNAMODB
 3.1  Record size MUST NOT exceed 400 KB.
 3.2  Indexes
      3.2.1  GSI: up to 20 per table.
"""

DOTTED_TOPS = """Serverless spec, rev 2

1.  Scope

2.  SQS
2.1  Messages
   2.1.1  Message body MUST NOT exceed 256 KB.
2.2  Visibility timeout SHALL default to 30 seconds.

3.  Lambda
3.1  Limits
   3.1.1  Function timeout: default 3 seconds, at most 15 minutes.
"""

MARKDOWN = """# Storage spec

## 2. S3 Objects
2.1 Object size
  2.1.1 An object MUST NOT exceed 5 TB.
2.2 Buckets
  2.2.1 An account MAY create up to 100 buckets.
  2.2.2 Tags: max 10 tags per object.
"""


def _limits(text: str, name: str = "spec.txt") -> set[tuple[str, str]]:
    return {(f.service, f.value) for f in parse_note(text, name).facts
            if f.kind is not Kind.FACT}


@pytest.mark.parametrize("text, service, value", [
    (PLAIN, "DynamoDB", "400 KB"),
    (PLAIN, "DynamoDB", "20 GSIs"),
    (PLAIN, "RDS", "7 days"),
    (DOTTED_TOPS, "Lambda", "15 min"),
    (DOTTED_TOPS, "SQS", "256 KB"),
])
def test_a_numbered_section_gives_its_clauses_its_service(text, service, value):
    found = _limits(text)
    assert (service, value) in found, found


@pytest.mark.parametrize("text, name", [(PLAIN, "spec.txt"), (DOTTED_TOPS, "spec.txt"),
                                        (MARKDOWN, "spec.md")])
def test_a_clause_number_is_no_figure(text, name):
    numbers = set(re.findall(r"^\s*(\d+(?:\.\d+)+)\s", text, re.MULTILINE))
    values = {v for _, v in _limits(text, name)}
    assert not {v for v in values if v.split()[0] in numbers}, values


def test_clauses_nest_under_their_parent_clause():
    text = normalize(MARKDOWN).text
    assert "- Object size\n   - An object MUST NOT exceed 5 TB." in text


def test_a_single_dotted_figure_is_left_as_written():
    # one dotted line is a figure or a version, no numbered document
    text = "## S3\n1.5 TB is what I stored last month\n"
    assert "1.5 TB is what I stored" in normalize(text).text


LINE = """# Compute spec

## 5. Lambda
5.1 Limits
  5.1.1 Memory: 128 MB to 3,008 MB in 64 MB increments.
  5.1.2 Layers: max 5 per function.
"""
line = notes_fixture(LINE)


def test_a_line_read_without_its_clause_number_gives_no_range_as_a_default(line):
    # "5.1.1" before the range was a figure besides it: the range was taken for a default
    assert lookup_values(line, "lambda default memory") == []


OUTLINE = """Networking outline
==================

1. VPC basics
   1.1 CIDR
       a) max 5 VPCs per region
2. CloudFront
   2.1 Caching
       a) default TTL 24 hours
   2.2 CloudFront vs Global Accelerator
       a) CF = caching at edge
"""


def test_a_sections_lettered_points_stay_under_its_clause():
    # "2. CloudFront" made a heading: its clauses and their lettered points still nest
    lines = normalize(OUTLINE).text.splitlines()
    parent = next(x for x in lines if x.lstrip().startswith("- CloudFront vs Global"))
    point = next(x for x in lines if "CF = caching at edge" in x)
    assert point.lstrip().startswith("- ")
    assert len(point) - len(point.lstrip()) > len(parent) - len(parent.lstrip())


REFERENCES = """# Identity spec

## 4. Cognito
- User pools vs Identity pools: see 5.1 for the flows.
- Hosted UI domains: see also 06-security 3.4.
"""
references = notes_fixture(REFERENCES)


@pytest.mark.parametrize("query", ["cognito user pool max users",
                                   "cognito hosted ui domains limit"])
def test_a_reference_to_a_section_is_no_figure(references, query):
    # "see 5.1" names where a fact is written: its "5.1" counted no users
    assert lookup_values(references, query) == []
