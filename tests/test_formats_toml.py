"""A note kept as TOML (`[lambda.invocation]` tables, `sync = ["API GW", "ALB"]` arrays) is read
as the INI-style notes it is: each key its own statement, its words unjoined. Read as plain
text, three array lines ran together as one wrapped paragraph, and the event-source-mapping
services took the line before's "async" (SQS, Kinesis: asynchronous; `check` then told the
right sync line it was wrong)."""

from __future__ import annotations

import json

from tests.helpers import run_here

NOTE = """[lambda.invocation]
sync = ["API GW", "ALB", "Cognito", "SDK/CLI invoke", "CloudFront (Lambda@Edge)", "Step Functions"]
async = ["S3", "SNS", "EventBridge", "CloudWatch Logs", "CodeCommit", "SES", "CloudFormation"]
event_source_mapping = ["SQS", "Kinesis", "DynamoDB Streams", "MSK", "MQ"]  # lambda POLLS these
async_retries = 2               # so 3 attempts total
"""


def test_toml_arrays_give_each_service_its_own_lines_mode(tmp_path):
    notes = tmp_path / "notes"
    notes.mkdir()
    (notes / "lambda.toml").write_text(NOTE, encoding="utf-8")
    db = tmp_path / "s.db"
    assert run_here("ingest", str(notes), db=db).returncode == 0
    facts = json.loads(run_here("facts", "--json", "--kind", "invocation_mode", db=db).stdout)
    mode = {f["subject"]: (f["value"], f["line"]) for f in facts}
    assert mode["SQS"][1] == 4 and "asynchronous" not in mode["SQS"][0], mode["SQS"]
    assert mode["SNS"] == ("asynchronous", 3)
    assert mode["Cognito"] == ("synchronous", 2)
    found = json.loads(run_here("check", str(notes), "--json", db=tmp_path / "c.db").stdout)
    assert not [f for f in found if f["status"] == "wrong"], found
