"""Session 52 (rank52): "sns push or poll" asks how SNS delivers, not how SNS invokes Lambda.

The lexicon reads "poll" as a cue of Lambda's invocation modes, so a mode filed under the
service typed ("asynchronous", Lambda/SNS, from "async: S3, SNS, EventBridge") came first
for a push-or-pull choice it says nothing of (8 such misses on unseen200-249). Where Lambda
is not typed the choice's words are asked and either side answers
(lookup/delivery_choice.py); with Lambda typed the choice is still how Lambda is invoked.
"""

from __future__ import annotations

import json

import pytest
from typer.testing import CliRunner

from studycli.cli import app
from studycli.kinds import Kind
from studycli.lookup.core import lexicon
from studycli.lookup.delivery_choice import delivery_asked, delivery_choice
from studycli.lookup.query import understand
from tests.helpers import lookup_values, note_db, notes_fixture

NOTES = """# Lambda

## invocation types
- async: S3, SNS, EventBridge -> Lambda retries twice
- event source mapping (poll): SQS, Kinesis, DynamoDB Streams

# SNS

- push (pub/sub), subscribers: SQS, Lambda, HTTP/S, email, SMS
- HTTP/S delivery retry policy: 3 immediate retries

# SQS

- SQS = pull, consumers poll with ReceiveMessage
"""

notes = notes_fixture(NOTES)


@pytest.mark.parametrize("query", ["sns push or poll", "sns delivery push or poll",
                                   "sns push or pull"])
def test_a_push_or_pull_choice_of_a_service_is_answered_by_its_own_line(notes, query):
    values = lookup_values(notes, query)
    assert values, query
    assert "push" in values[0].lower()  # not "asynchronous", how SNS invokes Lambda


def test_a_choice_of_the_reading_side_is_answered_too(notes):
    values = lookup_values(notes, "sqs push or pull")
    assert values and "pull" in values[0].lower()


def test_with_lambda_typed_the_choice_is_how_lambda_is_invoked(notes):
    values = lookup_values(notes, "lambda sqs trigger poll or push")
    assert values and values[0] == "event source mapping"
    assert lookup_values(notes, "how does sns invoke lambda")[0] == "asynchronous"


def test_the_choice_is_read_in_the_query():
    lex = lexicon()
    q = understand("sns delivery push or poll", lex)
    assert Kind.INVOCATION_MODE not in q.kinds and {"push", "poll"} <= q.plain_cues
    q = understand("lambda sqs trigger poll or push", lex)
    assert Kind.INVOCATION_MODE in q.kinds
    # another word asking a mode keeps the mode asked
    assert Kind.INVOCATION_MODE in understand("sns invoke push or poll", lex).kinds


def test_where_a_choice_is_found():
    assert delivery_choice("sns push or poll".split()) == (1, 3)
    assert delivery_choice("does sns push or do subs poll".split()) == (2, 6)
    assert delivery_choice("sqs standard or fifo".split()) is None
    assert delivery_choice("push or push".split()) is None
    assert delivery_asked("sns push or poll".split(), ["SNS", "Lambda"]) is None
    assert delivery_asked("does sns push to a function or poll".split(), ["SNS"]) is None


def test_the_cli_answers_the_choice(tmp_path):
    db = note_db(tmp_path, NOTES)
    result = CliRunner().invoke(app, ["lookup", "sns push or poll", "--json", "--db", str(db)])
    assert result.exit_code == 0, result.output
    assert "push" in json.loads(result.output)[0]["value"].lower()
