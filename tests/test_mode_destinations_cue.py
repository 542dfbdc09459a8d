""""on success / on failure -> SQS, SNS, Lambda, EventBridge" lists where an invocation's
results go, not who invokes Lambda: read as invokers, a correct note was told that SQS is not
invoked asynchronously (`check` called the line wrong)."""

import json

import pytest

from studycli.extract import parse_note
from studycli.model import Kind

from .helpers import notes_folder, run_here


@pytest.mark.parametrize("line", [
    "- async: on success / on failure -> SQS, SNS, Lambda, EventBridge",
    "2. for event source mappings: only on failure -> SQS or SNS (and S3 for Kafka)",
    "- async on-failure destination: SQS",
])
def test_results_destinations_are_not_invokers(line):
    note = parse_note(f"# AWS Lambda\n\n{line}\n", "n.md")
    assert [f for f in note.facts if f.kind == Kind.INVOCATION_MODE] == []


def test_an_invoker_listed_before_the_destinations_stays():
    note = parse_note("# AWS Lambda\n\n- async (S3, SNS) retries twice, then on failure a DLQ "
                      "(SQS)\n", "n.md")
    modes = {f.subject: f.value for f in note.facts if f.kind == Kind.INVOCATION_MODE}
    assert modes.get("S3") == "asynchronous" and "SQS" not in modes


def test_check_does_not_call_the_destinations_line_wrong(tmp_path):
    notes = notes_folder(tmp_path, {
        "lambda.md": "# AWS Lambda\n\n- async: on success / on failure -> SQS, SNS, Lambda, "
                     "EventBridge\n"})
    result = run_here("check", "--json", str(notes), db=tmp_path / "s.db")
    rows = json.loads(result.stdout or "[]")
    assert not [r for r in rows if r["attribute"] == "invocation" and r["status"] == "wrong"]


@pytest.mark.parametrize("line, expected", [
    ("S3 invokes Lambda async; on failure it retries twice", {"S3": "asynchronous"}),
    ("API GW invokes Lambda sync (client gets 502 on failure)", {"API Gateway": "synchronous"}),
    ("ALB -> Lambda is synchronous; on failure the client gets a 502", {"ELB": "synchronous"}),
    ("SQS invokes Lambda via event source mapping; on success the batch is deleted",
     {"SQS": "event source mapping"}),
])
def test_what_the_line_says_before_on_failure_is_still_read(line, expected):
    """"on success"/"on failure" end what a line says of its invoker; they drop only what
    follows them (the base read these lines right, and the cue had dropped them whole)."""
    note = parse_note(f"# AWS Lambda\n\n{line}\n", "n.md")
    assert {f.subject: f.value for f in note.facts
            if f.kind == Kind.INVOCATION_MODE} == expected
