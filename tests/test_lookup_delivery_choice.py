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
    # where the sides are, read once a query (Query.delivery_sides, which the answer score
    # reads for each fact): none with Lambda named, typed right or not
    assert understand("sqs push or poll", lex).delivery_sides == (1, 3)
    assert understand("sqs lambda push or poll", lex).delivery_sides is None
    assert understand("lamda sqs push or poll", lex).delivery_sides is None


def test_where_a_choice_is_found():
    assert delivery_choice("sns push or poll".split()) == (1, 3)
    assert delivery_choice("does sns push or do subs poll".split()) == (2, 6)
    assert delivery_choice("sqs standard or fifo".split()) is None
    assert delivery_choice("push or push".split()) is None
    assert delivery_asked("sns push or poll".split(), ["SNS", "Lambda"]) is None
    assert delivery_asked("does sns push to a function or poll".split(), ["SNS"]) is None


def test_the_cli_answers_the_choice(tmp_path):
    # "sns push or poll" was answered by the push line before this change as well: "pull"
    # was not (the Lambda mode "asynchronous" came first)
    db = note_db(tmp_path, NOTES)
    result = CliRunner().invoke(app, ["lookup", "sns push or pull", "--json", "--db", str(db)])
    assert result.exit_code == 0, result.output
    assert "push" in json.loads(result.output)[0]["value"].lower()


# Found in review of rank52: either side answers the choice, so a line saying that another
# service pushes to the one asked ("SNS pushes each message to many SQS queues", filed under
# SQS) answered "sqs push or pull" first: SQS is pull (its consumers poll), and main
# abstained. A side said of another service named right before it is that service's
# delivery, not the one asked.
FANOUT = """# SQS

- fan-out: SNS pushes each message to many SQS queues
- max message size 256 KB
- SQS = pull, consumers poll with ReceiveMessage
"""

fanout = notes_fixture(FANOUT)


@pytest.mark.parametrize("query", ["sqs push or pull", "is sqs push or pull"])
def test_another_service_pushing_to_the_one_asked_is_no_answer(fanout, query):
    # (SQS's own pull line answers: an abstention no longer passes)
    values = lookup_values(fanout, query)
    assert values and values[0].startswith("SQS = pull"), values


def test_a_side_said_of_another_service():
    from studycli.lookup.delivery_choice import said_of_another_service

    assert said_of_another_service("fan-out: SNS pushes each message to SQS queues", ["SQS"])
    assert not said_of_another_service("SNS pushes to subscribers", ["SNS"])
    assert not said_of_another_service("SQS = pull, consumers poll", ["SQS"])
    # a side of its own besides another's: the line says the one asked too
    assert not said_of_another_service("SNS pushes, SQS consumers poll", ["SQS"])


# Found in review of rank52: a figure whose line says a side ("long poll up to 20 s") was
# the first answer to "sqs push or poll": a choice between two ways is answered by a line
# saying the way, not by a quantity.
POLL_FIGURE = """# SQS

- SQS consumers poll (long poll up to 20 s)
"""

poll_figure = notes_fixture(POLL_FIGURE)


def test_a_figure_is_no_answer_to_a_push_or_pull_choice(poll_figure):
    values = lookup_values(poll_figure, "sqs push or poll")
    assert values and "consumers poll" in values[0], values
