"""Notes kept as log records (formats/log_records.py): a `.log` or `.jsonl` of a student's
facts, one a line (`svc=sqs attr=retention max=14d`), is read by what it holds, each record
the list item it means; a program's log is still passed over; a `git log -p` of notes kept as
a `.log` is the notes its patches make, its removed lines no facts."""

from __future__ import annotations

import json

from typer.testing import CliRunner

from studycli.cli import app
from studycli.formats.log_records import is_log_of_notes, records_to_markdown
from studycli.ingest import ingest_paths
from studycli.store.db import connect

# a student's log as written: its SQS "max=256KB" is the older cap (SendMessage takes up to
# 1 MiB now: docs.aws.amazon.com/sdk-for-kotlin/api/latest/sqs/aws.sdk.kotlin.services.sqs.model/
# -send-message-request/-builder/message-body.html); only the record's reading is tested here
FACTS_LOG = (
    "# messaging notes, one fact per line\n"
    "ts=2024-03-02T10:14Z level=info svc=sqs attr=retention max=14d default=4d\n"
    'ts=2024-03-02T10:15Z level=info svc=sqs attr=message_size max=256KB msg="payload"\n'
    "ts=2024-03-02T10:16Z level=WARN svc=sns attr=topics_per_account default=100000\n"
    'ts=2024-03-02T10:17Z level=info svc=lambda code=429 name=TooManyRequestsException '
    'msg="throttled"\n'
    "ts=2024-03-02T10:18Z level=info svc=cloudformation status=ROLLBACK_COMPLETE "
    'msg="create failed"\n'
)
FACTS_JSONL = "".join(json.dumps(r) + "\n" for r in (
    {"ts": "2024-05-01T08:00Z", "svc": "dynamodb", "key": "item_size_max", "val": "400KB"},
    {"ts": "2024-05-01T08:01Z", "svc": "dynamodb", "key": "partition_key_len",
     "val": "1-2048 bytes"},
    {"ts": "2024-05-01T08:02Z", "svc": "kinesis", "key": "retention_default", "val": "24h"},
))
# a program's structured log: its requests' ids and addresses, few AWS services named
APP_LOG = "".join(
    f'ts=2024-03-02T10:{k:02d}Z level=info request_id=0f8fad5b-d9cb-469f-a165-70867728950e '
    f'client_ip=10.0.0.{k} msg="GET /orders took 12ms" status=200\n' for k in range(6))
# programs' logs that name AWS services and carry no request id or address (review of
# session 53): each was read as notes, its settings and timings as AWS facts ("Lambda memory:
# 512MB", "SQS wait: 20s")
WORKER_LOGFMT = (
    'time="2024-03-02T10:14:00Z" level=info msg="published message" service=sns '
    'topic=order-events duration=12ms\n'
    'time="2024-03-02T10:14:01Z" level=info msg="uploaded object" service=s3 '
    'bucket=acme-invoices key=2024/03/inv-1.pdf size=1.2MB\n'
    'time="2024-03-02T10:14:02Z" level=warn msg="throttled, retrying" service=dynamodb '
    'table=orders attempt=2 backoff=200ms\n'
    'time="2024-03-02T10:14:04Z" level=info msg="received batch" service=sqs '
    'queue=orders-queue count=10 wait=20s\n'
    'time="2024-03-02T10:14:05Z" level=info msg="invoked function" service=lambda '
    'function=resize-image duration=830ms memory=512MB\n'
)
# CloudTrail events flattened by `jq -c '.Records[] | {...}'`: calls AWS services made
CLOUDTRAIL_FLAT = "".join(json.dumps(dict(zip(
    ("eventTime", "eventSource", "eventName", "awsRegion", "sourceIPAddress", "readOnly"), r,
    strict=True)))
    + "\n" for r in (
    ("2024-03-02T10:14:00Z", "kms.amazonaws.com", "Decrypt", "us-east-1", "lambda.amazonaws.com",
     True),
    ("2024-03-02T10:14:03Z", "s3.amazonaws.com", "GetObject", "us-east-1",
     "cloudfront.amazonaws.com", True),
    ("2024-03-02T10:15:10Z", "sts.amazonaws.com", "AssumeRole", "us-east-1", "ec2.amazonaws.com",
     True),
    ("2024-03-02T10:16:41Z", "dynamodb.amazonaws.com", "DescribeTable", "eu-west-1",
     "AWS Internal", True)))
# CloudTrail as delivered, one event a line: nested documents
CLOUDTRAIL = "".join(json.dumps({
    "eventVersion": "1.08",
    "userIdentity": {"type": "AWSService", "invokedBy": "lambda.amazonaws.com"},
    "eventTime": f"2024-03-02T10:14:0{k}Z", "eventSource": "kms.amazonaws.com",
    "eventName": "Decrypt", "awsRegion": "us-east-1"}) + "\n" for k in range(4))
VPC_FLOW_LOG = (
    "version account-id interface-id srcaddr dstaddr srcport dstport protocol packets bytes "
    "start end action log-status\n"
    "2 123456789010 eni-1235b8ca123456789 172.31.16.139 172.31.16.21 20641 22 6 20 4249 "
    "1418530010 1418530070 ACCEPT OK\n"
    "2 123456789010 eni-1235b8ca123456789 172.31.9.69 172.31.9.12 49761 3389 6 20 4249 "
    "1418530010 1418530070 REJECT OK\n"
    "2 123456789010 eni-1235b8ca123456789 - - - - - - - 1431280876 1431280934 - NODATA\n"
)
LAMBDA_EXPORT = "".join(
    f"2024-03-02T10:14:00.{k}00Z {line}\n" for k, line in enumerate((
        "START RequestId: 0f8fad5b-d9cb-469f-a165-70867728950e Version: $LATEST",
        "0f8fad5b-d9cb-469f-a165-70867728950e INFO resized image to 512px",
        "END RequestId: 0f8fad5b-d9cb-469f-a165-70867728950e",
        "REPORT RequestId: 0f8fad5b-d9cb-469f-a165-70867728950e Duration: 130.21 ms "
        "Billed Duration: 131 ms Memory Size: 512 MB Max Memory Used: 88 MB")))
# a function's structured log (Powertools' keys), its `service` a name of the app's own
POWERTOOLS_JSONL = "".join(json.dumps({
    "level": "INFO", "location": f"handler:{20 + k}", "message": message,
    "timestamp": f"2024-03-02 10:14:0{k},120+0000", "service": service, "cold_start": k == 0,
    "function_name": "orders-fn", "function_memory_size": "512"}) + "\n"
    for k, (service, message) in enumerate((("sqs", "message sent to sqs"),
                                             ("dynamodb", "item written to dynamodb"),
                                             ("s3", "retrying s3 put"))))
# a deploy tool's log: the stack's own settings, no AWS limit
DEPLOY_LOGFMT = (
    "ts=2024-06-01T12:00:00Z level=info stage=prod service=cloudformation stack=web-prod "
    "status=UPDATE_IN_PROGRESS\n"
    "ts=2024-06-01T12:00:30Z level=info stage=prod service=lambda resource=ApiHandler "
    "status=UPDATE_COMPLETE timeout=30s\n"
    "ts=2024-06-01T12:01:10Z level=info stage=prod service=cloudfront resource=Distribution "
    "status=UPDATE_COMPLETE\n"
    "ts=2024-06-01T12:02:00Z level=info stage=prod service=cloudformation stack=web-prod "
    "status=UPDATE_COMPLETE elapsed=120s\n"
)
PROGRAM_LOGS = {"worker.log": WORKER_LOGFMT, "trail.jsonl": CLOUDTRAIL_FLAT,
                "trail_events.jsonl": CLOUDTRAIL, "flow.log": VPC_FLOW_LOG,
                "lambda_export.log": LAMBDA_EXPORT, "powertools.jsonl": POWERTOOLS_JSONL,
                "deploy.log": DEPLOY_LOGFMT}
GIT_LOG = (
    "commit 41d2e0a9c3b7f1e6d5a4c3b2a1f0e9d8c7b6a5f4\n"
    "Author: me <me@laptop>\n"
    "Date:   Sat Feb 22 15:40:11 2025 +0000\n"
    "\n"
    "    sqs notes\n"
    "\n"
    "diff --git a/saa/sqs.txt b/saa/sqs.txt\n"
    "--- a/saa/sqs.txt\n"
    "+++ b/saa/sqs.txt\n"
    "@@ -1,2 +1,2 @@\n"
    " SQS\n"
    "-- visibility timeout max 24 hours\n"
    "+- visibility timeout max 12 hours\n"
)


def _folder(tmp_path, **files):
    notes = tmp_path / "notes"
    notes.mkdir()
    for name, text in files.items():
        (notes / name.replace("_dot_", ".")).write_text(text)
    return notes


def _facts(tmp_path, notes):
    db = connect(tmp_path / "s.db")
    report = ingest_paths(db, [notes])
    rows = [tuple(r) for r in db.conn.execute(
        "SELECT source, service, attribute, qualifier, value, line FROM facts").fetchall()]
    return report, rows


def test_a_record_is_the_list_item_it_means():
    lines = FACTS_LOG.splitlines()
    assert records_to_markdown(lines) == [
        "# messaging notes, one fact per line",
        "- SQS retention: max 14d, default 4d",
        "- SQS message size: max 256KB (payload)",
        "- SNS topics per account: default 100000",
        "- Lambda 429 TooManyRequestsException: throttled",
        "- CloudFormation ROLLBACK_COMPLETE: create failed",
    ]
    assert records_to_markdown(FACTS_JSONL.splitlines())[0] == "- DynamoDB item size max: 400KB"


def test_a_log_of_facts_is_notes_a_programs_log_is_not():
    assert is_log_of_notes(FACTS_LOG.splitlines())
    assert is_log_of_notes(FACTS_JSONL.splitlines())
    assert not is_log_of_notes(APP_LOG.splitlines())
    # records that name services and state no attribute, bound or value are no facts
    # (records each: only the fact keys' count rejects them)
    stating_nothing = ["svc=sqs queue=orders attempt=2", "svc=sns topic=alerts attempt=1",
                       "svc=lambda fn=resize attempt=3"]
    assert not is_log_of_notes(stating_nothing)
    # a limit and a range are bounds a record of a fact states, as max and min are
    assert is_log_of_notes(["svc=lambda limit=900s note=timeout",
                            "svc=sqs range=60s-14d note=retention",
                            "svc=sns limit=256KB note=message size"])


def test_a_log_and_json_lines_of_facts_are_read_a_programs_log_passed_over(tmp_path):
    notes = _folder(tmp_path, messaging_dot_log=FACTS_LOG, dynamo_dot_jsonl=FACTS_JSONL,
                    app_dot_log=APP_LOG)
    report, rows = _facts(tmp_path, notes)
    assert sorted(s["path"] for s in report.sources) == ["dynamo.jsonl", "messaging.log"]
    assert [s["path"] for s in report.skipped] == ["app.log"], report.skipped
    assert ("messaging.log", "SQS", "retention period", "max", "14 days", 2) in rows, rows
    assert ("messaging.log", "SQS", "retention period", "default", "4 days", 2) in rows, rows
    assert any(r[:2] == ("dynamo.jsonl", "DynamoDB") and r[4] == "400 KB" and r[5] == 1
               for r in rows), rows
    assert not [r for r in rows if r[0] == "app.log"]


def test_lookup_answers_from_a_log_of_facts(tmp_path, monkeypatch):
    notes = _folder(tmp_path, messaging_dot_log=FACTS_LOG)
    monkeypatch.setenv("STUDYCLI_DB", str(tmp_path / "cli.db"))
    runner = CliRunner()
    assert runner.invoke(app, ["ingest", str(notes)]).exit_code == 0
    result = runner.invoke(app, ["lookup", "sqs retention max", "--json"])
    assert result.exit_code == 0, result.output
    first = json.loads(result.output)[0]
    assert (first["value"], first["source"], first["line"]) == ("14 days", "messaging.log", 2)


def test_a_git_log_of_notes_kept_as_a_log_is_the_notes_its_patches_make(tmp_path):
    report, rows = _facts(tmp_path, _folder(tmp_path, networking_dot_log=GIT_LOG))
    assert [s["path"] for s in report.sources] == ["networking.log"]
    timeouts = {(r[1], r[4], r[5]) for r in rows if r[2] == "visibility timeout"}
    assert timeouts == {("SQS", "12 h", 13)}, rows  # the removed "24 hours" is no fact


def test_a_programs_log_naming_aws_services_is_no_log_of_notes():
    for name, text in PROGRAM_LOGS.items():
        assert not is_log_of_notes(text.splitlines()), name


def test_programs_logs_naming_aws_services_are_passed_over(tmp_path):
    files = {name.replace(".", "_dot_"): text for name, text in PROGRAM_LOGS.items()}
    report, rows = _facts(tmp_path, _folder(tmp_path, messaging_dot_log=FACTS_LOG, **files))
    assert [s["path"] for s in report.sources] == ["messaging.log"], report.sources
    assert sorted(s["path"] for s in report.skipped) == sorted(PROGRAM_LOGS), report.skipped
    assert {r[0] for r in rows} == {"messaging.log"}, rows


# a note that quotes a `git log -p` under its own lines (review of session 53): the whole note
# was read as the patch alone, its own lines gone
NOTE_QUOTING_GIT_LOG = (
    "CodeCommit notes\n"
    "- repos per account 5000 default\n"
    "- triggers -> SNS or Lambda\n"
    "\n"
    "what `git log -p` shows after my lab commit:\n"
    "\n" + GIT_LOG.replace("saa/sqs.txt", "app/config.txt")
)


def test_a_note_quoting_a_git_log_is_read_as_the_note(tmp_path):
    from studycli.formats.log_records import is_git_log
    from tests.helpers import notes_conn

    assert not is_git_log(NOTE_QUOTING_GIT_LOG.splitlines())
    assert is_git_log(("$ git log -p saa/sqs.txt\n\n" + GIT_LOG).splitlines())
    rows = [tuple(r) for r in notes_conn(tmp_path, NOTE_QUOTING_GIT_LOG, name="codecommit.txt")
            .execute("SELECT service, value, line FROM facts").fetchall()]
    assert [r for r in rows if r[0] == "CodeCommit" and "5000" in r[1] and r[2] == 2], rows
