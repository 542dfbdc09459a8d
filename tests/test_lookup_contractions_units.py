"""Session 47 (recall47): two ways a lookup is typed that kept a word no line says.

A contraction without its apostrophe ("dont", "cant", "doesnt") was a topic word the answering
line had to say; it is read as its words ("do not": lookup/contractions.py). A number and its
unit typed as one word ("4kb", "256KB") was one word only a line gluing them said; it is read
apart, and a line writing it either way says it (lookup/glued_units.py).
"""

from __future__ import annotations

import pytest

from studycli.lookup.contractions import spelled_out
from studycli.lookup.core import lexicon
from studycli.lookup.glued_units import apart
from studycli.lookup.query import understand
from tests.helpers import lookup_values, notes_fixture

NOTES = """# SQS

- error AWS.SimpleQueueService.NonExistentQueue when the queue does not exist
- max message size 256 KB (bigger: Extended Client Library + S3)

# Lambda

- default timeout 3 seconds, max 15 minutes

# KMS

- Encrypt API takes up to 4 KB of data; bigger: GenerateDataKey (envelope encryption)

# DynamoDB

- Query returns at most 1MB per call, then LastEvaluatedKey
"""

notes = notes_fixture(NOTES)


@pytest.mark.parametrize("query, said", [
    ("sqs queue doesnt exist error", "NonExistentQueue"),
    ("sqs queue doesn't exist error", "NonExistentQueue"),
    ("default lambda timeout if i dont set it", "3"),
])
def test_a_contraction_is_no_word_the_line_must_say(notes, query, said):
    values = lookup_values(notes, query)
    assert values and said in values[0]


@pytest.mark.parametrize("query, said", [
    ("how to encrypt more than 4kb with kms", "GenerateDataKey"),
    ("dynamodb query over 1mb how to get the rest", "LastEvaluatedKey"),  # a note's "1MB"
])
def test_a_number_glued_to_its_unit_is_said_either_way(notes, query, said):
    values = lookup_values(notes, query)
    assert any(said in v for v in values)


@pytest.mark.parametrize("text, read", [
    ("lambda cant exceed", "lambda can not exceed"),
    ("why doesnt it", "why does not it"),
    ("won’t retry", "will not retry"),
    ("cannot connect", "can not connect"),
    ("candidate donut", "candidate donut"),
])
def test_contractions_spelled_out(text, read):
    assert spelled_out(text) == read


def test_a_negation_typed_without_apostrophe_stays_a_negation():
    # "cant reach" is still a failure typed as met (a reason asked), its "not" still read
    q = understand("lambda in vpc cant reach internet why", lexicon())
    assert "not" in q.tokens and "cant" not in q.tokens
    assert not any("cant" in c for c in q.topic)


@pytest.mark.parametrize("text, read", [
    ("sqs 256kb", "sqs 256 kb"),
    ("wcu for 2.5kb item", "wcu for 2.5 kb item"),
    ("lambda 500ms", "lambda 500 ms"),
    ("kms price per 10k requests", "kms price per 10k requests"),  # "k": thousand as often
    ("lambda timeout 15min", "lambda timeout 15min"),  # "min" alone asks a minimum
    ("alb 5xx", "alb 5xx"), ("redshift ra3.16xlarge", "redshift ra3.16xlarge"),
])
def test_glued_numbers_read_apart(text, read):
    assert apart(text, lambda unit: unit == "min")[0] == read
