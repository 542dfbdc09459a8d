"""Where what is said of a mode word starts and ends: a link word is a whole word ("Kinesis"
ends in "is"), a comparison's "vs"/"but" ends the clause before it, and a mode's bracketed
list ends at its own bracket, not at one inside it."""

import pytest

from studycli.extract import parse_note
from studycli.model import Kind

SYNC, ASYNC, ESM = "synchronous", "asynchronous", "event source mapping"


def _modes(line: str) -> set[tuple[str, str]]:
    note = parse_note(f"# AWS Lambda\n\n## Invocation\n\n{line}\n", "n.md")
    return {(f.subject, f.value) for f in note.facts if f.kind == Kind.INVOCATION_MODE}


@pytest.mark.parametrize("line, expected", [
    ("- Kinesis polled, S3 async", {("Kinesis Data Streams", ESM), ("S3", ASYNC)}),
    ("- Kinesis poll, SNS async, API GW sync",
     {("Kinesis Data Streams", ESM), ("SNS", ASYNC), ("API Gateway", SYNC)}),
    ("- S3 async vs API GW sync", {("S3", ASYNC), ("API Gateway", SYNC)}),
    ("- API GW sync but SNS async", {("API Gateway", SYNC), ("SNS", ASYNC)}),
    ("- async (S3 (object created), SNS, EventBridge), sync (API GW, ALB)",
     {("S3", ASYNC), ("SNS", ASYNC), ("EventBridge", ASYNC), ("API Gateway", SYNC),
      ("ELB", SYNC)}),
    ("- sync (API GW, ALB (multi-value headers), Cognito), async (S3, SNS)",
     {("API Gateway", SYNC), ("ELB", SYNC), ("Cognito", SYNC), ("S3", ASYNC),
      ("SNS", ASYNC)}),
])
def test_each_service_keeps_the_mode_said_of_it(line, expected):
    assert _modes(line) == expected


@pytest.mark.parametrize("unit", ["S3 sync, SNS async, ", "sync async ", "S3/SNS = async; "])
def test_a_long_line_of_mode_words_parses_in_linear_time(unit):
    """Each mode word reads only a bounded window before it: searching the whole text before
    every word made a 20,000-character line take 5 to 6 seconds (0.03 s before that reader)."""
    import time

    line = (unit * (20_000 // len(unit) + 1))[:20_000]
    parse_note("# AWS Lambda\n\nwarm up: S3 sync, SNS async\n", "w.md")  # compiled patterns
    start = time.process_time()
    parse_note(f"# AWS Lambda\n\n{line}\n", "n.md")
    assert time.process_time() - start < 1.0


def test_the_start_of_the_window_opens_no_clause():
    """Where the window starts is not the line's start: "API Gateway" after 300 characters
    of something else opens no clause there."""
    from studycli.extract.mode_said_of import said_of

    line = "S3 " + "x" * 300 + " API Gateway = sync"
    word = line.index("sync")
    assert said_of(line, word, word + 4) == []
