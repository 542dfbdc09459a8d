"""Tables with the things compared as columns and the attributes as rows (issue: pivot45,
session 45): a pipe table's header over two lines above its `|---|` line, a space-aligned
table's header with its first cell empty over a second header line and a rule, and ditto marks
('"', "do.", "〃", "same") meaning the cell to the left in a table of things, the cell above in
a table of attributes or in a unit column (studycli/notes/tables.py join_wrapped_pipe_headers,
studycli/formats/aligned.py, studycli/extract/table_dittos.py)."""

from __future__ import annotations

import pytest

from studycli.extract import parse_note
from studycli.formats import as_markdown
from tests.helpers import first_value, notes_conn


def _limits(text: str, name: str) -> set[tuple[str, str, str, str, str]]:
    note = parse_note(as_markdown(text, "." + name.rsplit(".", 1)[1]), name, 1)
    return {(f.service, f.subject, f.attribute, f.qualifier, f.value) for f in note.facts
            if f.kind != "fact"}


TWO_LINE_PIPE_HEADER = """\
# EBS volume types

| attr            | gp2          | gp3          | st1       |
| (unit)          |              |              |           |
|-----------------|--------------|--------------|-----------|
| max IOPS        | 10,000       | 16,000       | 500       |
| max throughput  | 250 MB/s     | 1,000 MB/s   | 500 MB/s  |
"""


def test_a_pipe_header_over_two_lines_makes_the_columns_its_things():
    found = _limits(TWO_LINE_PIPE_HEADER, "ebs.md")
    assert ("EBS", "gp3", "IOPS", "max", "16,000 IOPS") in found
    assert ("EBS", "st1", "throughput", "max", "500 MB/s") in found


def test_a_pipe_header_over_two_lines_answers_each_columns_lookup(tmp_path):
    conn = notes_conn(tmp_path, TWO_LINE_PIPE_HEADER, "ebs.md")
    try:
        assert "16,000" in first_value(conn, "gp3 max iops")
        assert "10,000" in first_value(conn, "gp2 max iops")
    finally:
        conn.close()


ALIGNED_TWO_LINE_HEADER = """\
DATABASES

                        RDS                  Aurora                 DynamoDB
                        (mysql/pg/etc)       (mysql/pg compat)      (NoSQL k-v)
----------------------  -------------------  ---------------------  ----------------------
max storage             64 TiB               128 TiB                unlimited
read replicas           5                    15                     n/a (use DAX)
backup retention max    35 days              do.                    35 days (PITR)
"""


def test_an_aligned_header_with_an_empty_corner_over_a_second_line_and_a_rule_is_a_table():
    found = _limits(ALIGNED_TWO_LINE_HEADER, "db.txt")
    assert ("Aurora", "", "storage size", "max", "128 TiB") in found
    assert ("RDS", "", "storage size", "max", "64 TiB") in found  # no subject "mysql/pg/etc)"
    assert ("Aurora", "", "read replicas", "", "15 read replicas") in found


@pytest.mark.parametrize("mark", ['do.', '"', '〃', 'ditto', '-do-'])
def test_a_ditto_in_a_table_of_things_repeats_the_cell_to_its_left(mark):
    text = ALIGNED_TWO_LINE_HEADER.replace("do.  ", f"{mark:<5}", 1)
    assert ("Aurora", "", "retention period", "max", "35 days") in _limits(text, "db.txt")


def test_a_ditto_in_a_unit_column_repeats_the_unit_above():
    text = """\
## SQS numbers

| thing                | value | unit |
|----------------------|-------|------|
| max message size     | 256   | KB   |
| max batch size       | 256   | "    |
"""
    found = _limits(text, "sqs.md")
    assert any(v == "256 KB" and "batch" in a for _s, _j, a, _q, v in found), found


def test_a_ditto_in_a_table_of_attributes_repeats_the_cell_above():
    text = """\
## Lambda numbers

| setting         | default | max     |
|-----------------|---------|---------|
| timeout         | 3 s     | 15 min  |
| memory          | 128 MB  | 10,240 MB |
| ephemeral disk  | 512 MB  | "       |
"""
    found = {(a, q, v) for _s, _j, a, q, v in _limits(text, "lambda.md")}
    # '"' under "max" is the max above (10,240 MB), not the default beside it (512 MB)
    assert any(q == "max" and v == "10,240 MB" and a != "memory" for a, q, v in found), found
    assert not any(q == "max" and v == "512 MB" for a, q, v in found), found


def test_a_ditto_under_a_ditto_with_nothing_to_repeat_still_repeats_its_own_left():
    text = """\
| attr       | SQS      | SNS      |
|------------|----------|----------|
| model      | "        | push     |
| max size   | 256 KB   | "        |
"""
    note = parse_note(as_markdown(text, ".md"), "m.md", 1)
    assert any(f.service == "SNS" and f.value == "256 KB" for f in note.facts), note.facts



FOOTNOTED = """\
## EBS volume types

| attr            | gp2          | io1       | st1       |
|-----------------|--------------|-----------|-----------|
| max IOPS        | 16,000       | 64,000³   | 500       |
| multi-attach    | no           | yes⁴      | no        |
| boot volume     | yes          | yes       | no*       |

³ only on Nitro instances
⁴ same AZ only, up to 16 Nitro instances
"""


def test_a_footnote_mark_on_a_figure_is_no_part_of_its_value():
    assert ("EBS", "io1", "IOPS", "max", "64,000 IOPS") in _limits(FOOTNOTED, "ebs.md")


def test_a_figureless_cell_is_qualified_by_its_footnote():
    found = _limits(FOOTNOTED, "ebs.md")
    assert any(s == "EBS" and j == "io1" and v.startswith("16 ") for s, j, _a, _q, v in found), \
        found


def test_a_mark_no_footnote_under_the_table_explains_is_left_alone():
    from studycli.extract.table_footnotes import with_footnotes_read
    from studycli.notes.tables import Table

    table = Table([["attr", "gp2", "st1"], ["boot volume", "yes", "no*"]], [3, 5])
    lines = FOOTNOTED.split("\n")
    assert with_footnotes_read(table, lines).rows[1][2] == "no*"


ALIGNED_PUSHED = """\
SG vs NACL
                       Security Group            NACL
                       ---------------           ----------------
level                  instance (ENI)            subnet
state                  STATEFUL                  STATELESS
default (the default one)  allow in from same SG   default NACL: allow all
rules per (in/out)     50 each                   20 each (max 40)
"""


def test_an_aligned_row_whose_long_name_pushes_its_cells_right_stays_in_the_table():
    out = as_markdown(ALIGNED_PUSHED, ".txt").split("\n")
    assert out[5] == ("<tr><td>default (the default one)</td><td>allow in from same SG</td>"
                      "<td>default NACL: allow all</td></tr>"), out


def test_a_table_of_a_services_things_under_a_caption_naming_none_is_that_services():
    note = parse_note(as_markdown(ALIGNED_PUSHED, ".txt"), "net.txt", 1)
    rows = [f for f in note.facts if f.line == 5]
    assert rows and all(f.service == "VPC" for f in rows), rows


def test_a_column_naming_no_service_beside_columns_of_services_is_none_of_theirs():
    text = """\
| | Budgets | Cost Explorer | Usage Report |
|---|---|---|---|
| history | – | 13 months | 36 months |
"""
    # (Cost Explorer's API reads 13 months back, per AWS's Cost Management guide; the
    # Usage Report's figure is fixture text, only to be filed under no service)
    found = _limits(text, "billing.md")
    assert ("Cost Explorer", "", "history", "", "13 months") in found
    assert not any(v == "36 months" for *_k, v in found), found


def test_a_header_line_is_never_a_tables_delimiter_line():
    from studycli.notes.tables import join_wrapped_pipe_headers

    lines = ["| SQS | SNS |", "|---|---|", "| pull | push |", "|---|---|", "| 1 | 2 |"]
    join_wrapped_pipe_headers(lines)
    assert lines[:3] == ["| SQS | SNS |", "|---|---|", "| pull | push |"]
    lines = ["| SQS | SNS |", "|---|---|", "|---|---|"]
    join_wrapped_pipe_headers(lines)
    assert lines == ["| SQS | SNS |", "|---|---|", "|---|---|"]


# review of pivot45: readings that made a wrong answer out of a right line


@pytest.mark.parametrize("text, name, row, wrong", [
    # "same" in a Default/Max table is "same as the default", not the timeout row's max
    ("# Lambda limits\n\n| Setting | Default | Max |\n|---|---|---|\n| timeout | 3 s | 900 s |\n"
     "| concurrency per region | 1,000 | same |\n| memory | 128 MB | 10,240 MB |\n",
     "lambda.md", 6, "900 s"),
    # "same" in a table of things is the value itself (cluster: same rack), not the AZ row's
    ("| | Cluster | Partition | Spread |\n|---|---|---|---|\n"
     "| AZ | single AZ | multi AZ | multi AZ |\n"
     "| Rack hardware | same | different per partition | different |\n",
     "placement.md", 4, "single AZ"),
])
def test_a_bare_same_is_a_value_not_a_ditto(text, name, row, wrong):
    note = parse_note(as_markdown(text, ".md"), name, 1)
    assert not any(f.line == row and wrong in f.value for f in note.facts), note.facts
    assert any(f.line == row and "same" in f.value for f in note.facts), note.facts


def test_same_as_left_is_still_a_ditto():
    text = """\
| attr       | SQS      | SNS          |
|------------|----------|--------------|
| max size   | 256 KB   | same as left |
"""
    note = parse_note(as_markdown(text, ".md"), "m.md", 1)
    assert any(f.service == "SNS" and f.value == "256 KB" for f in note.facts), note.facts


def test_a_row_name_that_would_swallow_a_figure_is_no_pushed_row():
    text = """\
SQS settings

Setting          Default        Max
visibility to    30 s           12 hours
delivery delay   0 s            15 min
long polling wait 0 s       20 s
retention        4 days         14 days
"""
    note = parse_note(as_markdown(text, ".txt"), "sqs.txt", 1)
    polling = [f for f in note.facts if f.line == 6]
    # never "max = 0 s" nor "default = 20 s": the row read as its line, or not at all
    assert not any(f.qualifier == "max" and f.value.startswith("0 s") for f in polling), polling
    assert not any(f.qualifier == "default" and f.value.startswith("20 s")
                   for f in polling), polling


IAM_BULLETS = """\
# IAM policy cheat sheet

| Policy | Action | Resource |
|---|---|---|
| S3ReadOnly | s3:Get* | arn:aws:s3:::bucket/* |
| SQSAdmin | sqs:* | * |

* max managed policies per role: 10
* inline policy size max 10,240 characters
"""


def test_a_list_of_star_bullets_under_a_table_is_no_footnote():
    note = parse_note(as_markdown(IAM_BULLETS, ".md"), "iam.md", 1)
    rows = [f for f in note.facts if f.line in (5, 6)]
    assert not any("managed" in f.value or "managed" in f.attribute for f in rows), rows
    assert any("s3:Get*" in f.value for f in rows), rows


def test_a_star_closing_a_wildcard_is_no_footnote_mark():
    from studycli.extract.table_footnotes import with_footnotes_read
    from studycli.notes.tables import Table

    table = Table([["Policy", "Action", "Resource"],
                   ["S3ReadOnly", "s3:Get*", "arn:aws:s3:::bucket/*"]], [1, 3])
    lines = ["| Policy | Action | Resource |", "|---|---|---|",
             "| S3ReadOnly | s3:Get* | arn:aws:s3:::bucket/* |", "", "* read only"]
    assert with_footnotes_read(table, lines).rows[1] == ["S3ReadOnly", "s3:Get*",
                                                         "arn:aws:s3:::bucket/*"]
    # a star on a figure is still a mark its footnote explains
    table = Table([["attr", "gp2"], ["max IOPS", "16,000*"]], [1, 3])
    lines = ["| attr | gp2 |", "|---|---|", "| max IOPS | 16,000* |", "", "* per volume"]
    assert with_footnotes_read(table, lines).rows[1] == ["max IOPS", "16,000"]


def test_rows_with_figures_above_a_rule_are_no_header():
    text = """\
# Message size limits

| SQS | 256 KB |
| SNS | 256 KB |
|-----|--------|
| Kinesis Data Streams | 1 MB |
| EventBridge | 256 KB |
"""
    found = {(s, v) for s, _j, _a, _q, v in _limits(text, "stacked.md")}
    assert {("SQS", "256 KB"), ("SNS", "256 KB"), ("Kinesis Data Streams", "1 MB"),
            ("EventBridge", "256 KB")} <= found, found
