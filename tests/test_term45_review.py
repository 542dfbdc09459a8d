"""The review of term45 (terminal sessions as notes): a markdown heading between a note's
commands is the student's, a script's command heads no comment under it, a prose "error Fix:"
names no error code, and a setting's value with a remark that states no bound is no limit
(notes/terminal_log.py, formats/code_comments.py, extract/codes.py)."""

from __future__ import annotations

from tests.helpers import notes_conn

_SQL = "SELECT service, attribute, kind, qualifier, value, line FROM facts"


def _rows(conn):
    return [tuple(r) for r in conn.execute(_SQL).fetchall()]


def test_a_markdown_heading_after_pasted_commands_is_the_students_own(tmp_path):
    text = ("## SQS lab\n"
            "$ aws sqs create-queue --queue-name q1\n"
            "$ aws sqs send-message --queue-url https://x/q1 --message-body hi\n"
            "$ aws sqs delete-queue --queue-url https://x/q1\n"
            "\n"
            "## Kinesis\n"
            "- retention default 24 hours, max 365 days\n"
            "\n"
            "## Lambda\n"
            "- timeout max 15 min\n")
    rows = _rows(notes_conn(tmp_path, text, name="mixed.md"))
    # was filed under SQS, the last command's service: "SQS retention max 365 days"
    assert {r[0] for r in rows if r[-1] == 7} == {"Kinesis Data Streams"}, rows
    assert {r[0] for r in rows if r[-1] == 10} == {"Lambda"}, rows
    assert not [r for r in rows if r[0] == "SQS" and r[-1] >= 6], rows


def test_a_scripts_command_gives_no_service_to_the_comment_under_it(tmp_path):
    text = ("#!/bin/bash\n"
            "aws lambda update-function-configuration --function-name f --timeout 900\n"
            "# queue: max retention 14 days, default 4 days\n"
            "aws sqs set-queue-attributes --queue-url \"$Q\" "
            "--attributes MessageRetentionPeriod=1209600\n")
    rows = _rows(notes_conn(tmp_path, text, name="deploy.sh"))
    # the comment is about the SQS command below it: it was "Lambda retention max 14 days"
    assert not [r for r in rows if r[0] == "Lambda"], rows


def test_a_prose_error_line_names_no_error_code(tmp_path):
    text = ("# Lambda\n"
            "- most common error Fix: raise the memory\n"
            "- timeout error Solution: increase the timeout up to 15 min\n"
            "- throttling error Cause: concurrency limit of 1000 reached\n"
            "- invoke error TooManyRequestsException: rate exceeded\n")
    rows = _rows(notes_conn(tmp_path, text, name="lambda.md"))
    codes = {r[1] for r in rows if r[2] == "error_code"}
    assert not codes & {"Fix", "Solution", "Cause"}, rows
    assert "TooManyRequestsException" in codes, rows


def test_a_settings_value_with_a_remark_of_no_bound_is_no_limit(tmp_path):
    text = ("$ aws sqs create-queue --queue-name q1\n"
            "$ aws sqs get-queue-attributes --queue-url https://x/q1 --attribute-names All\n"
            "{\n"
            '    "Attributes": {\n'
            '        "VisibilityTimeout": "45",   # <- I changed it from the default\n'
            '        "MessageRetentionPeriod": "345600",   # <- default\n'
            '        "MaximumMessageSize": "262144",   # <- not the max anymore?\n'
            "    }\n"
            "}\n"
            "$ aws sqs delete-queue --queue-url https://x/q1\n")
    rows = _rows(notes_conn(tmp_path, text, name="lab.txt"))
    # was "SQS message size limit max 262,144 B" and a visibility timeout limit of 45 s
    assert not [r for r in rows if r[-1] in (5, 7)], rows
    assert ("SQS", "message retention period", "default", "default", "345,600 s", 6) in rows \
        or any(r[-1] == 6 and r[3] == "default" for r in rows), rows


def test_a_students_own_figure_beside_a_value_keeps_the_apis_unit(tmp_path):
    text = ("$ aws lambda create-function --function-name f\n"
            "$ aws lambda get-function-configuration --function-name f\n"
            '    "Timeout": 30,    # <- default is 3\n'
            '    "MemorySize": 1024,   # <- max 10240\n'
            "$ aws lambda delete-function --function-name f\n")
    rows = _rows(notes_conn(tmp_path, text, name="lab.txt"))
    # was "memory size: max 10240", no unit, so no limit row
    assert any(r[0] == "Lambda" and r[3] == "max" and "10,240 MB" in r[4] for r in rows), rows


def test_a_numbered_list_of_prose_about_aws_is_no_shell_history(tmp_path):
    text = ("Exam tips\n"
            "  1  aws is the CLI, console is the GUI\n"
            "  2  aws sdk retries with exponential backoff\n"
            "  3  aws ssm parameter store standard tier max 10,000 parameters\n"
            "Lambda timeout max 15 minutes\n")
    rows = _rows(notes_conn(tmp_path, text, name="tips.txt"))
    # read as a history, the limits were lost to the raw lines
    assert any(r[0] == "Lambda" and r[2] == "limit" and r[4] == "15 min" for r in rows), rows
    assert any(r[2] == "limit" and "10,000" in r[4] and r[-1] == 4 for r in rows), rows


def test_a_histories_comments_between_commands_of_one_service_are_its(tmp_path):
    text = ("aws lambda create-function --function-name f --zip-file fileb://fn.zip\n"
            "# ephemeral /tmp default 512 MB, can go up to 10 GB\n"
            "aws lambda update-function-configuration --function-name f --timeout 900\n"
            "# max timeout 900s = 15 min\n")
    rows = _rows(notes_conn(tmp_path, text, name="history.sh"))
    assert {r[0] for r in rows if r[-1] in (2, 4)} == {"Lambda"}, rows


def test_a_banners_service_stays_over_a_cli_namespace_that_is_not_it(tmp_path):
    text = ("########## EBS ##########\n"
            "aws ec2 copy-snapshot --source-region us-east-1 --source-snapshot-id snap-0abc\n"
            "# snapshot archive tier: 75% cheaper, restore 24-72 hrs, min 90 days archived\n"
            "aws ec2 enable-fast-snapshot-restores --source-snapshot-ids snap-0abc\n")
    rows = _rows(notes_conn(tmp_path, text, name="cli.sh"))
    # "aws ec2" names EBS's, a VPC's and AMIs' calls too: the banner says which
    assert {r[0] for r in rows if r[-1] == 3} == {"EBS"}, rows
