"""The review of attrib17's parser change: a key ending in `_min` is a minimum, `mbps` is
megabits, Python's `10_000` is a number, a CLI error message gives its code and meaning, and no
verdict column is part of why (formats/keyvalues.py, notes/normalize.py)."""

from __future__ import annotations

from studycli.formats import as_markdown
from tests.helpers import notes_conn


def _facts(tmp_path, text: str, name: str) -> set[tuple]:
    conn = notes_conn(tmp_path, text, name=name)
    rows = conn.execute("SELECT service, attribute, qualifier, value, line FROM facts "
                        "WHERE kind != 'fact'").fetchall()
    return {tuple(r) for r in rows}


def test_a_key_ending_in_min_is_a_minimum_not_minutes():
    lines = as_markdown("lambda:\n  memory_min: 128\n  timeout_mins: 15\n"
                        "sqs:\n  batch_size_min: 1\n", ".yaml").split("\n")
    assert "- memory min: 128" in lines and "- batch size min: 1" in lines
    assert "- timeout: 15 min" in lines
    assert not any("128 min" in line or "1 min" in line for line in lines)


def test_mbps_is_megabits():
    lines = as_markdown("ec2:\n  ebs_bandwidth_mbps: 4750\n", ".yaml").split("\n")
    assert "- ebs bandwidth: 4750 Mbps" in lines


def test_python_digit_separators_give_the_number(tmp_path):
    text = ("LAMBDA = {\n    'memory_max_mb': 10_240,\n    'ephemeral_storage_mb': (512, 10_240),\n"
            "}\nSQS = {\n    'max_messages_in_flight': 120_000,\n}\n")
    lines = as_markdown(text, ".py").split("\n")
    assert "- memory max: 10240 MB" in lines
    assert "- ephemeral storage: 512–10240 MB" in lines
    assert "- max messages in flight: 120000" in lines
    values = {(s, v) for s, _a, _q, v, _l in _facts(tmp_path, text, "limits.py")}
    assert ("Lambda", "10,240 MB") in values  # was no fact


def test_a_cli_error_message_gives_its_code_and_what_it_means(tmp_path):
    # Once read as machine output and blanked (its code had been filed with "when calling the
    # PutRetentionPolicy operation: 45 is not valid" as its meaning); an error AWS answered is
    # what the student ran the command to see: its code, with the message as its meaning and
    # the call it answered (notes/terminal_log.py)
    text = ("$ aws logs put-retention-policy --log-group-name /a --retention-in-days 45\n"
            "An error occurred (InvalidParameterException) when calling the PutRetentionPolicy "
            "operation: 45 is not valid\n"
            "# >> retention must be one of the allowed values, 30 or 60 days\n"
            "$ aws s3 ls\n$ aws sqs list-queues\n")
    from studycli.notes.normalize import normalize

    lines = normalize(as_markdown(text, ".txt")).text.split("\n")
    assert lines[1] == "- put retention policy error InvalidParameterException: 45 is not valid"
    assert lines[2].startswith("- retention must be")
    facts = _facts(tmp_path, text, "lab.txt")
    assert {f for f in facts if f[-1] == 2} == {
        ("CloudWatch Logs", "InvalidParameterException", "",
         "45 is not valid (put retention policy)", 2)}, facts


def test_no_verdict_column_is_part_of_why(tmp_path):
    text = ("# Practice\n| Topic | My answer | Correct? | Correct answer |\n|---|---|---|---|\n"
            "| Lambda timeout max | 5 min | no | 15 min |\n"
            "| SQS retention max | 14 days | yes | 14 days |\n")
    from studycli.notes.normalize import normalize

    lines = normalize(as_markdown(text, ".md")).text.split("\n")
    assert lines[3:5] == ["- Lambda timeout max: 15 min", "- SQS retention max: 14 days"]


def test_min_after_a_qualifier_is_minutes():
    lines = as_markdown("DAX = {'item_ttl_default_min': 5, 'port': 8111}\n"
                        "LAMBDA = {'timeout_max_min': 15}\n", ".py").split("\n")
    assert "- DAX: item ttl default 5 min, port 8111" in lines
    assert "- LAMBDA: timeout max 15 min" in lines


def test_every_cli_namespace_names_a_service_of_the_catalog():
    import json
    from pathlib import Path

    from studycli.notes.terminal_log import CLI_NAMESPACES

    services = json.loads((Path(__file__).resolve().parent.parent / "data" / "services.json")
                          .read_text())["services"]
    subjects = {name for s in services.values() for name in s.get("subjects", {})}
    for namespace, name in CLI_NAMESPACES.items():
        # a heading "# DynamoDB Streams" reads as DynamoDB's subject of that name
        assert name in services or name in subjects, (namespace, name)
