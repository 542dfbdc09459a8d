"""The invoker is the service of the sentence that says the mode: "S3 event notifications ->
SNS, SQS, Lambda, or EventBridge. S3 invokes Lambda asynchronously." made SNS and SQS
asynchronous invokers of Lambda too (a quiz card on SNS quoted the S3 line; `check` called the
line wrong for SQS)."""

from __future__ import annotations

import json

from tests.helpers import note_db, run_here

NOTES = """# Storage study group

4. S3 event notifications go to SNS, SQS, Lambda or EventBridge. S3 calls Lambda asynchronously.
- Kinesis -> Firehose, Lambda or KCL apps. Lambda polls Kinesis with an event source mapping.
- > how does sns invoke lambda? → async. SNS pushes to Lambda, no response back.
"""


def test_only_the_sentences_own_service_invokes(tmp_path):
    db = note_db(tmp_path, NOTES)
    modes = {(f["line"], f["subject"]): f["value"]
             for f in json.loads(run_here("facts", "--json", db=db).stdout)
             if f["kind"] == "invocation_mode"}
    assert modes.get((3, "S3")) == "asynchronous", modes
    assert not any(line == 3 and subject in ("SNS", "SQS") for line, subject in modes), modes
    # a question and its answer in two sentences still give the invoker
    assert modes.get((5, "SNS")) == "asynchronous", modes
