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
    # prose in a log, with no records, is no log of records (read as plain text elsewhere)
    assert not is_log_of_notes(["studied sqs today", "retention 14 days max"] * 3)


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
