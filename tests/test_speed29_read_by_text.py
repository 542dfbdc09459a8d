"""The part of a line's limits that depends on its text alone (its quantities and which of
them may be limits) is read once a note by text (extract/limits.py _QUANTITIES), the rest in
each context. A text read again in another context (another service, heading, enclosing
item, a free tier section) gets the facts it gets when read first, in a fresh note."""

from __future__ import annotations

import pytest

from studycli.extract.context import Context
from studycli.extract.limits import forget_read_lines, limit_facts
from studycli.model import Fact

LINES = [
    "concurrency limit 1000 per region",  # a bare count: read with the service's words
    "max 10 GB",  # named by its enclosing texts only
    "Timeout max: 64 seconds",
    "SQS event source batch size default 10, max 10,000",
    "retries 2 times (3 attempts total)",
]
# (its bare count would be read, were the story not told apart before the counts)
STORY = "A company has a concurrency limit 1000 per region"
CONTEXTS = [
    Context("Lambda", "", ("Memory",)),
    Context("SQS", "", ("Limits", "SQS")),
    Context("Lambda", "", ("Free tier",)),  # allowances, no limits
    Context("", "", ()),
    Context("DynamoDB", "", ("Item size", "DynamoDB")),
]


def make(**fields) -> Fact:
    return Fact(source="n.md", line=1, snippet="", **fields)


def _read(line: str, ctx: Context) -> list[dict]:
    return [vars(f) for f in limit_facts(line, ctx, make)]


def _fresh(line: str, ctx: Context) -> list[dict]:
    forget_read_lines()
    return _read(line, ctx)


@pytest.mark.parametrize("line", LINES)
def test_a_text_read_again_in_another_context_reads_as_when_first(line: str) -> None:
    alone = {ctx: _fresh(line, ctx) for ctx in CONTEXTS}
    forget_read_lines()
    for ctx in [*CONTEXTS, *reversed(CONTEXTS)]:  # each context after every other
        assert _read(line, ctx) == alone[ctx], ctx
    assert any(alone.values()), "no context gives the line a fact: nothing compared"


def test_a_story_has_no_limits_read_first_or_again() -> None:
    forget_read_lines()
    assert all(_read(STORY, ctx) == [] for ctx in [*CONTEXTS, *CONTEXTS])


def test_the_contexts_do_tell_a_line_apart() -> None:
    # (else the test above would pass with a memo that ignored the context)
    facts = {ctx: _fresh("max 10 GB", ctx) for ctx in CONTEXTS}
    assert facts[CONTEXTS[0]] != facts[CONTEXTS[1]]
    assert facts[CONTEXTS[0]] and not facts[CONTEXTS[2]] and not facts[CONTEXTS[3]]
