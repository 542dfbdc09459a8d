"""Terminal session logs kept as notes (notes/terminal_log.py, formats/api_units.py): a `.log`
of a session is read; every usual prompt is one; a command's output is its service's; a value
the student wrote beside is the setting its API name names, in the API's unit, that default or
maximum; an error AWS answered is its code and what it means."""

from __future__ import annotations

import pytest

from studycli.ingest import ingest_paths
from studycli.store.db import connect
from tests.helpers import notes_conn

SQS_SESSION = (
    "{p}aws sqs create-queue --queue-name q1\n"
    "{p}aws sqs get-queue-attributes --queue-url https://x/q1 --attribute-names All\n"
    "{{\n"
    '    "Attributes": {{\n'
    '        "VisibilityTimeout": "30",          # <- default 30 sec, max is 12 hrs\n'
    '        "ApproximateNumberOfMessages": "0",\n'
    "    }}\n"
    "}}\n"
    "{p}aws sqs purge-queue --queue-url https://x/q1\n"
)


def _rows(conn, sql: str = "SELECT service, attribute, kind, qualifier, value, line FROM facts"):
    return [tuple(r) for r in conn.execute(sql).fetchall()]


@pytest.mark.parametrize("prompt", [
    "$ ", "student@lab:~$ ", "[dev@box ~]$ ", "~/labs/db $ ", "  501  "])
def test_every_usual_prompt_opens_a_command_whose_output_is_its_service(tmp_path, prompt):
    conn = notes_conn(tmp_path, SQS_SESSION.format(p=prompt), name="lab.txt")
    rows = _rows(conn)
    assert ("SQS", "visibility timeout", "default", "default", "30 s", 5) in rows, rows
    assert ("SQS", "visibility timeout", "limit", "max", "12 h", 5) in rows, rows
    assert not [r for r in rows if r[-1] == 6], rows  # output nobody wrote beside: no note


def test_a_recordings_time_stamps_are_no_part_of_its_lines(tmp_path):
    text = "".join(f"[00:0{k}.5] {line}\n"
                   for k, line in enumerate(SQS_SESSION.format(p="$ ").splitlines()))
    rows = _rows(notes_conn(tmp_path, text, name="rec.cast.txt"))
    assert ("SQS", "visibility timeout", "default", "default", "30 s", 5) in rows, rows


@pytest.mark.parametrize(("timeout", "beside", "expected"), [
    ("3", "# <- default", ("Lambda", "execution timeout", "default", "default", "3 s")),
    # Lambda's maximum timeout is 900 s (review of term45: the fixture had said 3 s)
    ("900", "<- max", ("Lambda", "execution timeout", "limit", "max", "900 s")),
])
def test_a_bare_bound_beside_a_value_makes_it_that_bound_in_the_apis_unit(tmp_path, timeout,
                                                                           beside, expected):
    # Lambda states Timeout in seconds and MemorySize in MB (formats/api_units.py)
    text = ("$ aws lambda create-function --function-name f --zip-file fileb://f.zip\n"
            "$ aws lambda get-function-configuration --function-name f\n"
            f'    "Timeout": {timeout},    {beside}\n'
            '    "MemorySize": 128,   # <- default\n'
            "$ aws lambda delete-function --function-name f\n")
    rows = {r[:5] for r in _rows(notes_conn(tmp_path, text, name="lab.txt"))}
    assert expected in rows, rows
    assert ("Lambda", "memory", "default", "default", "128 MB") in rows, rows


def test_a_tables_row_with_a_comment_beside_is_its_setting(tmp_path):
    text = ("$ aws kinesis create-stream --stream-name s\n"
            "$ aws kinesis describe-stream-summary --stream-name s --output table\n"
            "|  RetentionPeriodHours      |  24          |   <- default 24 hrs, max 7 days\n"
            "|  OpenShardCount            |  2           |\n"
            "$ aws kinesis delete-stream --stream-name s\n")
    rows = {r[1:5] for r in _rows(notes_conn(tmp_path, text, name="lab.txt"))
            if r[-1] == 3}
    assert ("retention period", "default", "default", "24 h") in rows, rows
    assert ("retention period", "limit", "max", "7 days") in rows, rows


@pytest.mark.parametrize(("error", "code", "meaning"), [
    ("An error occurred (AWS.SimpleQueueService.PurgeQueueInProgress) when calling the "
     "PurgeQueue operation: Only one PurgeQueue operation on q1 is allowed every 60 seconds.",
     "PurgeQueueInProgress",
     "Only one PurgeQueue operation on q1 is allowed every 60 seconds (purge queue)"),
    ("An error occurred (InvalidAttributeValue) when calling the SetQueueAttributes "
     "operation: Invalid value for the parameter ReceiveMessageWaitTimeSeconds.",
     "InvalidAttributeValue",
     "Invalid value for the parameter ReceiveMessageWaitTimeSeconds (set queue attributes)"),
])
def test_an_error_aws_answered_is_its_code_and_what_it_means(tmp_path, error, code, meaning):
    text = ("$ aws sqs create-queue --queue-name q1\n"
            "$ aws sqs purge-queue --queue-url https://x/q1\n"
            f"{error}\n"
            "# purge = once per 60 sec\n"
            "$ aws sqs delete-queue --queue-url https://x/q1\n")
    rows = _rows(notes_conn(tmp_path, text, name="lab.txt"))
    assert ("SQS", code, "error_code", "", meaning, 3) in rows, rows


def _ingest(folder, tmp_path):
    db = connect(tmp_path / "s.db")
    return db, ingest_paths(db, [folder])


def test_a_log_that_is_a_terminal_session_is_read_and_a_programs_log_passed_over(tmp_path):
    notes = tmp_path / "notes"
    notes.mkdir()
    (notes / "sqs_session.log").write_text(SQS_SESSION.format(p="$ "))
    (notes / "app.log").write_text(
        "2026-12-01T10:00:00Z INFO started, visibility timeout 30 s\n"
        "2026-12-01T10:00:01Z WARN retrying $ in 5 s\n" * 5)
    db, report = _ingest(notes, tmp_path)
    assert [s["path"] for s in report.sources] == ["sqs_session.log"]
    assert any("of other types as notes (sqs_session.log)" in w for w in report.warnings), \
        report.warnings
    assert any(s["path"] == "app.log" for s in report.skipped), report.skipped
    rows = _rows(db.conn, "SELECT service, attribute, qualifier, value FROM facts")
    assert ("SQS", "visibility timeout", "default", "30 s") in rows, rows


def test_a_shell_historys_commands_own_the_output_pasted_under_them(tmp_path):
    # output pasted under a command is its service's; a plain comment under one is not (it
    # may be about the next command: tests/test_term45_review.py)
    text = ("# my history, cleaned up\n"
            "aws lambda get-account-settings --output table\n"
            "#   |  ConcurrentExecutions  |  1000  |   <- regional concurrency default 1000\n"
            "aws lambda invoke --function-name f --payload file://huge.json out.json\n"
            "#   An error occurred (RequestEntityTooLargeException) when calling the Invoke "
            "operation: Request must be smaller than 6291456 bytes\n"
            "aws s3 mb s3://b   # bucket names 3-63 chars\n"
            "#### S3 max object size 5 TB ####\n")
    rows = _rows(notes_conn(tmp_path, text, name="history.sh"))
    assert ("Lambda", "concurrent executions", "default", "default",
            "1000 concurrent executions", 3) in rows, rows
    assert ("Lambda", "RequestEntityTooLargeException", "error_code", "",
            "Request must be smaller than 6291456 bytes (lambda invoke)", 5) in rows, rows
    # a command's own comment is of its service, not the one the command above named
    assert {r[0] for r in rows if r[-1] == 6} == {"S3"}, rows
    assert ("S3", "object size", "limit", "max", "5 TB", 7) in rows, rows
