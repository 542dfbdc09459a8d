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
