"""The two readers of an HTTP status in a line (lookup/code_figures.py, lookup/status_said.py)
know a response by one list of words and reason phrases (lookup/status_words.py): each word
of it makes "N = ..." a status for both, each reason phrase after a number is a status for
status_said and makes a line a response's for code_figures; a line naming none of them
gives a figure."""

from __future__ import annotations

import re

import pytest

from studycli.kinds import Kind
from studycli.lookup.code_figures import codes_only
from studycli.lookup.status_said import gives_status
from studycli.lookup.status_words import REASON_PHRASES, RESPONSE_WORDS

# one way each alternative of the shared lists is written in a note
PHRASES = ["Bad Gateway", "bad request", "Service Unavailable", "unavailable",
           "Gateway Timeout", "gateway time-out", "Not Found", "Forbidden", "Unauthorized",
           "unauthorised", "Too Many Requests", "Internal Server", "Moved Permanently",
           "Slow Down", "SlowDown"]
WORDS = ["error", "errors", "http", "https", "status", "statuses", "code", "codes", "respond",
         "responds", "responded", "response", "responses", "4xx", "5xx"]


def _statement(text: str) -> dict:
    return {"kind": Kind.FACT, "snippet": text, "value": text, "attribute": ""}


def test_every_shared_alternative_has_an_example_here():
    # a phrase added to the shared list is checked below with both readers
    for pattern, examples in ((REASON_PHRASES, PHRASES), (RESPONSE_WORDS, WORDS)):
        for alternative in re.split(r"\|(?![^(]*\))", pattern):
            assert any(re.fullmatch(alternative, e, re.IGNORECASE) for e in examples), \
                alternative


PLAIN = "ALB (quota) 503 = no registered targets"


def test_a_line_naming_no_response_gives_a_figure():
    assert not codes_only(PLAIN) and not gives_status(_statement(PLAIN))


@pytest.mark.parametrize("said", WORDS)
def test_a_response_word_makes_a_defined_number_a_status_for_both_readers(said):
    line = PLAIN.replace("quota", said)
    assert codes_only(line) and gives_status(_statement(line))


@pytest.mark.parametrize("phrase", PHRASES)
def test_a_reason_phrase_is_read_by_both_readers(phrase):
    assert codes_only(PLAIN.replace("quota", phrase))
    assert gives_status(_statement(f"S3: 503 {phrase} when the prefix is hot"))
