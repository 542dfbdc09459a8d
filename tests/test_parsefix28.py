"""Regressions a review of session 28's parser changes found, each reproduced: a row label's
qualifier beside the table's own Default and Max columns, a later clause's subject that the
heading supplies, a flowchart edge's label, a range join across an "and", a bracketed plural,
a nested dict in a .py, a diff's hunks, a comparison's lead-in labels."""

from __future__ import annotations

from studycli.extract import parse_note
from studycli.formats import as_markdown


def _limits(text: str, name: str = "n.md") -> set[tuple]:
    suffix = "." + name.rsplit(".", 1)[1]
    return {(f.line, f.service, f.attribute, f.qualifier, f.value)
            for f in parse_note(as_markdown(text, suffix), name).facts
            if f.kind != "fact"}


def test_a_row_labels_max_yields_to_the_tables_own_default_and_max_columns():
    text = ("# Lambda\n\n| Setting | Default | Maximum |\n|---|---|---|\n"
            "| Max batching window | 0 s | 300 s |\n")
    got = {(q, v) for _l, _s, a, q, v in _limits(text) if a == "batching window"}
    assert ("max", "300 s") in got and ("max", "0 s") not in got
    # with one column of values the label's own qualifier still wins (session 28's case)
    text = ("## ECS / Fargate\n\n| Thing | Max | Unit |\n|---|---|---|\n"
            "| Fargate ephemeral storage default | 20 | GiB (up to 200) |\n")
    got = {(q, v) for _l, _s, _a, q, v in _limits(text)}
    assert ("default", "20 GiB") in got and ("max", "20 GiB") not in got


def test_a_later_clause_keeps_a_subject_its_heading_supplies():
    text = ("# SQS\n\n## SQS Extended Client\n\n"
            "- messages up to 2 GB; the Extended Client keeps the payload in S3\n")
    got = {(s, a, v) for _l, s, a, _q, v in _limits(text)}
    assert ("SQS", "message size", "2 GB") in got
    facts = parse_note(text, "n.md").facts
    assert all(f.subject for f in facts if f.value == "2 GB")  # the client's, not SQS's own
    # a lead-in comparing two names the subject but supplies it to neither side's value
    text = ("# Step Functions\n\n- **Step Functions Standard ↔ Express:**\n"
            "  - max duration: Standard 1 year | Express 5 min\n")
    got = {(f.subject, f.value) for f in parse_note(text, "n.md").facts if f.kind != "fact"}
    assert ("", "1 year") in got and ("Express workflow", "5 min") in got


def test_an_abbreviations_stop_is_no_clause_turn():
    from studycli.extract.limits import _NEXT_CLAUSE as _LATER_CLAUSE

    for line in ("up to 10 GB, e.g. for the Extended Client", "approx. 2 GB for the client",
                 "max. 5 layers per function"):
        assert _LATER_CLAUSE.search(line) is None, line
    assert _LATER_CLAUSE.search("up to 2 GB. The client keeps it in S3")


def test_a_flowchart_edge_keeps_each_nodes_own_label():
    text = ("# Messaging\n\n```mermaid\n%%{init: {'theme': 'dark'}}%%\nflowchart LR\n"
            "  A[SQS max message 256 KB] -->|batch of 10 messages| B[Lambda timeout 15 min]\n"
            "```\n")
    got = {(s, v) for _l, s, _a, _q, v in _limits(text)}
    assert ("SQS", "256 KB") in got and ("Lambda", "15 min") in got
    assert ("SQS", "15 min") not in got and ("Lambda", "256 KB") not in got
    said = {f.value for f in parse_note(text, "n.md").facts}
    assert not any("init" in v for v in said)  # a directive is no line of the note
    assert any("SQS -> Lambda: batch of 10 messages" in v for v in said)


def test_a_wrap_joins_only_a_range_cut_across_the_break():
    text = ("DynamoDB\n\nItem size max 400 KB and\n10 GB per partition key with an LSI\n\n"
            "Lambda\nConcurrency 1000 per region -\n100 ms billing granularity\n")
    got = {(line, v) for line, _s, _a, _q, v in _limits(text, "n.txt")}
    assert (3, "400 KB") in got and (4, "10 GB") in got
    assert not any(line == 7 and v.startswith("1000") and "ms" in v for line, v in got)
    # "between ... and" across the break is one range
    text = "Lambda\nmemory can be set between 128 MB and\n10,240 MB in 1 MB steps\n"
    assert any("–" in v for _l, _s, _a, _q, v in _limits(text, "n.txt"))


def test_a_bracketed_plural_or_bound_is_no_unit():
    text = ("# RDS\n\n| Engine | Max read replica(s) | Storage (TB) |\n|---|---|---|\n"
            "| Aurora | 15 | 128 |\n")
    assert not any(v == "15 s" for _l, _s, _a, _q, v in _limits(text))
    text = ("# EC2 Auto Scaling\n\n| Group | Capacity (min) | Capacity (max) |\n|---|---|---|\n"
            "| web tier | 2 | 10 |\n")
    assert not any(v.endswith("min") for _l, _s, _a, _q, v in _limits(text))
    # a unit in brackets, apart from the word, is still one
    text = ("# Lambda\n\n| Setting | Default (s) | Max (s) |\n|---|---|---|\n"
            "| Timeout | 3 | 900 |\n")
    assert any(v in ("900 s", "15 min") for _l, _s, _a, _q, v in _limits(text))


def test_a_nested_dict_does_not_close_a_py_service_table():
    text = ('import boto3\n\nSQS = {\n    "standard": {\n        "max_message_size": "256 KB",\n'
            '    },\n    "retention_max": "14 days",\n    "visibility_timeout_max": "12 hours",\n'
            '}\n\ndef handler(event, context):\n    timeout = 900\n    return {"ok": True}\n')
    got = {(line, s, v) for line, s, _a, _q, v in _limits(text, "cheat.py")}
    assert (7, "SQS", "14 days") in got and (8, "SQS", "12 h") in got
    assert not any(v.startswith("900") for _l, _s, v in got)  # the handler's stays unread


def test_each_hunk_of_a_diff_is_its_own_section_under_its_headers_heading():
    text = ("--- a/notes.md\n+++ b/notes.md\n@@ -1,4 +1,4 @@\n # SQS\n \n"
            "-- visibility timeout default 30 s\n+- visibility timeout default 30 seconds\n"
            " - retention max 14 days\n@@ -40,3 +40,4 @@ # Kinesis\n \n"
            " - retention default 24 hours\n+- retention max 365 days\n")
    got = {(s, v) for _l, s, _a, _q, v in _limits(text, "notes.diff")}
    assert ("SQS", "14 days") in got and ("Kinesis Data Streams", "365 days") in got
    assert ("SQS", "365 days") not in got and ("SQS", "24 h") not in got


def test_a_lead_in_heading_its_list_is_no_row_of_a_comparison():
    text = ("# SQS vs SNS vs Kinesis\n\n- SQS use cases\n  - decoupling workers\n"
            "- SNS use cases\n  - fan-out to many subscribers\n")
    values = {c.left_value or c.right_value for c in parse_note(text, "n.md").comparisons}
    assert "decoupling workers" in values and "SQS use cases" not in values
    text = ("# SQS vs SNS\n\n- SQS use cases\n  - decoupling workers\n"
            "- SNS use cases\n  - fan-out to many subscribers\n")
    values = {c.left_value or c.right_value for c in parse_note(text, "n.md").comparisons}
    assert "decoupling workers" in values and "SNS use cases" not in values


def test_a_value_before_a_trailing_dash_is_kept_where_no_range_goes_on():
    # a final review: any number before a line's trailing dash was dropped as half a broken
    # range, though blocks._wraps already joins a range the break cuts ("0.5 GB -" / "237 GB")
    got = {(a, v) for _l, _s, a, _q, v in _limits(
        "# SQS\n\n- retention max 14 days -\n  older messages are deleted\n")}
    assert any(v == "14 days" for _a, v in got), got
    wrapped = {v for *_x, v in _limits("# ElastiCache\n\ncache size 0.5 GB -\n237 GB\n", "n.txt")}
    assert "0.5–237 GB" in wrapped, wrapped  # the range a wrap cut is still read whole

