"""Stems name the measure AWS means when a note names it vaguely, and an exception name that
spells the HTTP phrase is no clue left in a stem: defects independent AWS-certified reviewers
found in questions on notes nobody had tuned on ("What is the interval for Amazon CloudWatch?",
"What is the interruption notice for Amazon EC2?", "... number of IP addresses for Amazon VPC
(subnet)?", "... number of characters for AWS Organizations?", "... maximum batch size for
BatchGetItem?" with 16 (MB) among the options, and a 429 stem quoting
"TooManyRequestsException")."""

from __future__ import annotations

import random

import pytest

from studycli.database import ensure_database
from studycli.questions import FactPool, build_question, card_types_for
from studycli.questions.option_text import without_status_phrase
from tests.helpers import note_db

NOTES = """# EC2

- Spot: interruption notice 2 min before termination

# VPC

- subnet: 5 IP addresses reserved by AWS in every subnet

# Organizations

- SCP max 5120 characters

# DynamoDB

- BatchGetItem: up to 100 items, 16 MB
"""


@pytest.fixture(scope="module")
def stems(tmp_path_factory):
    pool = FactPool.load(ensure_database(note_db(tmp_path_factory.mktemp("stems"), NOTES)))
    out = {}
    for f in pool.facts:
        for card_type in card_types_for(f):
            q = build_question(f, card_type, pool, random.Random(1))
            if q is not None:
                out[(f.service, f.number)] = q.stem
    return out


@pytest.mark.parametrize("service,number,words", [
    ("EC2", 120, "Spot Instance interruption notice"),
    ("VPC", 5, "reserves in each subnet"),
    ("Organizations", 5120, "service control policy"),
    ("DynamoDB", 100, "number of items"),
])
def test_a_vague_measure_is_asked_by_its_aws_name(stems, service, number, words):
    stem = stems.get((service, number))
    assert stem is not None, sorted(stems)
    assert words in stem, stem


def test_an_exception_name_spelling_the_http_phrase_is_taken_out():
    assert without_status_phrase("TooManyRequestsException: throttled, the limit was exceeded",
                                 "429") == "Throttled, the limit was exceeded"
    assert without_status_phrase("Throttled by the account limit", "429") == \
        "Throttled by the account limit"
    # a code that is no HTTP status keeps its exception name: it is the answer's own name
    assert without_status_phrase("ThrottlingException: rate exceeded", "ThrottlingException") \
        == "ThrottlingException: rate exceeded"


def test_a_measure_named_with_its_service_does_not_name_the_service_twice():
    from studycli.model import Fact, Kind
    from studycli.questions.stems import value_stem

    def limit(service: str, attribute: str, number: float) -> Fact:
        return Fact(service=service, subject="", attribute=attribute, qualifier="",
                    kind=Kind.LIMIT, value="x", number=number, unit="s", source="n.md", line=1,
                    snippet="-")

    stem = value_stem(limit("CloudWatch", "interval", 60))
    assert stem.count("CloudWatch") == 1 and "detailed monitoring" in stem, stem
    assert value_stem(limit("SQS", "visibility timeout", 30)).endswith("for Amazon SQS?")
