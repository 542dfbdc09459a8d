"""Wording a blind question review of session 48's sets judged garbled: an API operation
lower-cased in a stem ("the maximum assumerole duration"), an HTTP phrase joined to its
meaning by a left arrow ("Bad Gateway ⇐ target closed ..."), which gave the keyed option away."""

from __future__ import annotations

import pytest

from studycli.model import Fact, Kind
from studycli.questions.option_text import without_status_phrase
from studycli.questions.stems import attribute_name


def test_an_operation_the_stems_know_is_spelled_as_aws_spells_it_without_a_subject():
    fact = Fact("STS", "", "assumerole duration", Kind.LIMIT, "max", "12 h", number=43200.0,
                unit="s", source="plan.md", line=3, snippet="AssumeRole duration 15 min - 12 h")
    assert "AssumeRole" in attribute_name(fact)
    assert "assumerole" not in attribute_name(fact)


@pytest.mark.parametrize("meaning", [
    "Bad Gateway \u21d0 target closed connection or malformed response",
    "Bad Gateway <- target closed connection or malformed response",
    "Bad Gateway \u2190 target closed connection or malformed response",
])
def test_a_left_arrow_parts_the_phrase_from_the_meaning(meaning):
    assert without_status_phrase(meaning, "502") == \
        "Target closed connection or malformed response"
