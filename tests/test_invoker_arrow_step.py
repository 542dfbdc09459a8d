"""In a flow drawn with arrows, Lambda's invokers are the services of the step straight before
Lambda's: "S3 event notifications -> SNS, SQS, Lambda (async)" made SNS and SQS asynchronous
invokers of Lambda too (they are S3's destinations beside Lambda), and "S3 -> SNS -> Lambda"
made S3 one (issue 10: an invocation fact the note never states, drilled as true). SQS does
not invoke Lambda asynchronously: Lambda reads it through an event source mapping, for
services that do not invoke functions directly
(https://docs.aws.amazon.com/lambda/latest/dg/invocation-eventsourcemapping.html)."""

from __future__ import annotations

import json

from tests.helpers import note_db, run_here

NOTES = """# Lambda
- S3 event notifications -> SNS, SQS, Lambda (async)
- S3 -> SNS -> Lambda (async)
- API Gateway, ALB -> Lambda (sync)
- event notifications -> SNS, SQS, Lambda (async), or EventBridge
"""


def _modes(tmp_path) -> dict[tuple[int, str], str]:
    db = note_db(tmp_path, NOTES)
    return {(f["line"], f["subject"]): f["value"]
            for f in json.loads(run_here("facts", "--json", db=db).stdout)
            if f["kind"] == "invocation_mode"}


def test_destinations_beside_lambda_are_no_invokers(tmp_path):
    modes = _modes(tmp_path)
    assert modes.get((2, "S3")) == "asynchronous", modes
    assert not any(line == 2 and subject in ("SNS", "SQS") for line, subject in modes), modes
    # no sender named before the arrow: none of the destinations is an invoker either
    assert not any(line == 5 for line, _subject in modes), modes


def test_the_step_before_lambda_invokes_it(tmp_path):
    modes = _modes(tmp_path)
    assert modes.get((3, "SNS")) == "asynchronous", modes
    assert (3, "S3") not in modes, modes
    # a list before the arrow is every invoker's
    assert modes.get((4, "API Gateway")) == modes.get((4, "ELB")) == "synchronous", modes


def test_lookup_says_no_sqs_invocation_the_note_never_states(tmp_path):
    db = note_db(tmp_path, NOTES)
    hits = json.loads(run_here("lookup", "sqs invokes lambda sync or async", "--json",
                               db=db).stdout or "[]")
    assert not any(h["kind"] == "invocation_mode" and h["subject"] == "SQS" for h in hits)


def test_a_mode_before_the_arrow_makes_no_destination_an_invoker(tmp_path):
    # "async -> SNS, SQS, Lambda, EventBridge" is where S3 event notifications go (a mode word
    # before the arrow does not make its list invokers: SQS never invokes Lambda). A list that
    # only a mode introduces and that names Lambda as an item ("async => S3, SNS, Lambda")
    # is read the same way: no invoker rather than a wrong one.
    db = note_db(tmp_path, "# S3\n- Event notif.    async -> SNS, SQS, Lambda, EventBridge\n")
    modes = {(f["line"], f["subject"]): f["value"]
             for f in json.loads(run_here("facts", "--json", db=db).stdout)
             if f["kind"] == "invocation_mode"}
    assert not any(subject in ("SNS", "SQS", "EventBridge") for _line, subject in modes), modes


def test_a_fan_out_under_a_sender_keeps_the_sender_only(tmp_path):
    # SNS fans out to SQS and Lambda: SNS invokes Lambda, SQS is a destination beside it
    db = note_db(tmp_path, "# Lambda\n- SNS fan-out -> SQS queues, Lambda, email (async)\n")
    modes = {(f["line"], f["subject"]): f["value"]
             for f in json.loads(run_here("facts", "--json", db=db).stdout)
             if f["kind"] == "invocation_mode"}
    assert modes == {(2, "SNS"): "asynchronous"}, modes
