"""`compare X Y` finds what a new user's notes compare: one-line "X vs Y -> ..." bullets whose
body is not one clause a side, the other columns of a table whose rows are the things compared,
and, when the notes compare nothing, says so in the text, the JSON and the exit code alike."""

from __future__ import annotations

import json

import pytest
from typer.testing import CliRunner

from studycli.cli import app

from .helpers import run_here


def _notes(tmp_path, **notes: str):
    folder = tmp_path / "notes"
    folder.mkdir()
    for name, text in notes.items():
        (folder / f"{name}.md").write_text(text, encoding="utf-8")
    db = tmp_path / "n.db"
    assert run_here("ingest", str(folder), db=db).returncode == 0
    return db


def _compare(db, *names: str, as_json: bool = False):
    args = ["compare", *names] + (["--json"] if as_json else [])
    return run_here(*args, db=db, env={"COLUMNS": "100"})


# ---------------------------------------------------------------- one-line comparisons

ONE_LINERS = """# Study notes

## Storage
- gp2 vs gp3 -> gp3 is ~20% cheaper, baseline 3000 IOPS independent of size
- EFS vs EBS: EFS is multi-AZ, EBS is single AZ

io1 vs io2: io2 has more durability for the same price

## Messaging
- SQS vs SNS: both are fully managed
* Kinesis vs SQS => ordering per shard + replay

## Databases
- **ALB vs NLB** — NLB for TCP/UDP and static IPs
1. Aurora vs RDS: Aurora keeps 6 copies across 3 AZs

## SQS
- Standard vs FIFO queue -> FIFO gives exactly-once processing
- SQS vs SNS questions are common in the exam
- Exam tip: SQS vs SNS
"""


@pytest.mark.parametrize(("left", "right", "line"), [
    ("gp2", "gp3", "gp2 vs gp3 -> gp3 is ~20% cheaper, baseline 3000 IOPS independent of size"),
    ("io1", "io2", "io1 vs io2: io2 has more durability for the same price"),
    ("sqs", "sns", "SQS vs SNS: both are fully managed"),
    ("kinesis", "sqs", "Kinesis vs SQS => ordering per shard + replay"),
    ("alb", "nlb", "ALB vs NLB — NLB for TCP/UDP and static IPs"),
    ("aurora", "rds", "Aurora vs RDS: Aurora keeps 6 copies across 3 AZs"),
    ("standard queue", "fifo queue",
     "Standard vs FIFO queue -> FIFO gives exactly-once processing"),
])
def test_a_one_line_comparison_is_said_of_both(tmp_path, left, right, line):
    db = _notes(tmp_path, mixed=ONE_LINERS)
    shown = _compare(db, left, right)
    assert shown.returncode == 0, shown.stdout
    said = shown.stdout.partition("Said of both:")[2]
    assert " ".join(line.split()) in " ".join(said.split())  # (a long line wraps)
    assert "trait" not in shown.stdout  # the parser's word for "no aspect" is never shown
    rows = json.loads(_compare(db, left, right, as_json=True).stdout)["rows"]
    assert {"aspect": "trait", "left": line, "right": line} in [
        {k: r[k] for k in ("aspect", "left", "right")} for r in rows]


def test_a_one_line_comparison_split_by_side_stays_a_row(tmp_path):
    db = _notes(tmp_path, mixed=ONE_LINERS)
    rows = json.loads(_compare(db, "efs", "ebs", as_json=True).stdout)["rows"]
    assert [(r["left"], r["right"]) for r in rows if r["line"] == 5] == [
        ("EFS is multi-AZ", "EBS is single AZ")]
    shown = _compare(db, "efs", "ebs").stdout
    assert "Said of both" not in shown and "│ —" in shown  # a row of no aspect, not "trait"


def test_a_mention_of_two_names_is_no_comparison(tmp_path):
    """No body after the sides ("... questions are common"), or the names after a label."""
    db = _notes(tmp_path, mixed=ONE_LINERS)
    rows = json.loads(_compare(db, "sqs", "sns", as_json=True).stdout)["rows"]
    assert [r["line"] for r in rows if r["source"] == "mixed.md"] == [10]


def test_a_line_said_of_both_is_never_drilled(tmp_path):
    from studycli import compare as lib
    from studycli.database import ensure_database

    db = _notes(tmp_path, mixed=ONE_LINERS)
    table = lib.build_table(ensure_database(str(db)), lib.require_side("gp2"),
                            lib.require_side("gp3"), reference=False)
    import random

    assert [r.left.value for r in table.rows] == [
        "gp2 vs gp3 -> gp3 is ~20% cheaper, baseline 3000 IOPS independent of size"]
    assert lib.drill_questions(table, random.Random(1)) == []


# ---------------------------------------------------------------- tables of rows

S3_CLASSES = """# S3 storage classes

| Class | Durability | Availability | AZs | Min storage duration |
|---|---|---|---|---|
| S3 Standard | 11 9s | 99.99% | >=3 | none |
| Standard-IA | 11 9s | 99.9% | >=3 | 30 days |
| One Zone-IA | 11 9s | 99.5% | 1 AZ | 30 days |
| Glacier Deep Archive | 11 9s | 99.99% | >=3 | 180 days |
"""

EBS_TYPES = """# EBS

| Volume | Max IOPS | Max throughput | Bootable |
| --- | --- | --- | --- |
| gp3 | 16,000 | 1,000 MiB/s | yes |
| io2 | 64,000 | 4,000 MiB/s | yes |
| st1 | 500 | 500 MiB/s | no |
"""

SQS_TYPES = """# SQS

| Feature | Standard | FIFO |
|---|---|---|
| Ordering | best effort | strict |
| Throughput | nearly unlimited | 300 msg/s |
"""


def _rows_of(db, left, right):
    out = json.loads(_compare(db, left, right, as_json=True).stdout)
    return {r["aspect"]: (r["left"], r["right"], r["line"]) for r in out["rows"]}


def test_every_column_of_a_table_of_storage_classes(tmp_path):
    db = _notes(tmp_path, s3=S3_CLASSES)
    rows = _rows_of(db, "s3 standard", "one zone-ia")
    assert rows["AZs"] == (">=3", "1 AZ", 5)
    assert rows["Durability"][:2] == ("11 9s", "11 9s")
    assert rows["Min storage duration"][:2] == ("none", "30 days")
    assert _rows_of(db, "one zone-ia", "deep archive")["Min storage duration"] == (
        "30 days", "180 days", 7)
    # each cell cites its own row's line
    shown = _compare(db, "s3 standard", "one zone-ia").stdout
    assert "s3.md:5" in shown and "s3.md:7" in shown and "1 AZ" in shown


def test_every_column_of_a_table_of_volume_types(tmp_path):
    db = _notes(tmp_path, ebs=EBS_TYPES)
    rows = _rows_of(db, "gp3", "st1")
    assert rows["Bootable"] == ("yes", "no", 5)
    assert rows["Max throughput"][:2] == ("1,000 MiB/s", "500 MiB/s")


def test_a_table_of_sides_as_columns_is_read_as_before(tmp_path):
    db = _notes(tmp_path, sqs=SQS_TYPES)
    rows = _rows_of(db, "standard queue", "fifo queue")
    assert {a: r for a, r in rows.items() if not a.endswith("(AWS docs)")} == {
        "Ordering": ("best effort", "strict", 5),
        "Throughput": ("nearly unlimited", "300 msg/s", 6)}


def test_a_row_of_another_table_is_not_a_side(tmp_path):
    """Two tables of one note: rows of the S3 table do not pair with the EBS table's."""
    db = _notes(tmp_path, both=S3_CLASSES + "\n" + EBS_TYPES.replace("# EBS", "## EBS"))
    assert "AZs" not in _rows_of(db, "gp3", "st1")
    assert "Bootable" not in _rows_of(db, "s3 standard", "one zone-ia")


# ---------------------------------------------------------------- nothing in the notes

def test_nothing_in_the_notes_is_not_found_in_text_json_and_exit_code(tmp_path):
    """The AWS reference's table is shown apart, as lookup shows the AWS docs apart, and the
    JSON holds the notes' rows only, [] (a script read the AWS values as found)."""
    db = _notes(tmp_path, sqs=SQS_TYPES)
    shown = _compare(db, "gp2", "gp3")
    assert shown.returncode == 1
    assert shown.stdout.startswith("Your notes have nothing that compares gp2 and gp3")
    assert "From the AWS documentation (not in your notes)" in shown.stdout
    as_json = _compare(db, "gp2", "gp3", as_json=True)
    assert as_json.returncode == 1
    assert json.loads(as_json.stdout) == {"left": "gp2", "right": "gp3", "rows": []}
    typer_path = CliRunner().invoke(app, ["compare", "gp2", "gp3", "--json", "--db", str(db)])
    assert typer_path.exit_code == 1 and json.loads(typer_path.stdout)["rows"] == []


def test_beside_the_notes_rows_the_reference_rows_stay(tmp_path):
    db = _notes(tmp_path, ebs="# EBS\n- gp2 vs gp3 -> gp3 is cheaper\n")
    out = json.loads(_compare(db, "gp2", "gp3", as_json=True).stdout)
    aspects = [r["aspect"] for r in out["rows"]]
    assert aspects[0] == "trait" and any(a.endswith("(AWS docs)") for a in aspects)


EC2_PRICING = """# EC2

## Pricing

| | On-Demand | Reserved | Spot |
|---|---|---|---|
| Discount | none | up to 72% | up to 90% |
| Commitment | none | 1 or 3 years | none |
| Interruption | no | no | 2-minute warning |
"""


@pytest.mark.parametrize("pair", [("on-demand", "spot"), ("reserved", "on-demand")])
def test_an_ec2_column_is_no_other_services_subject(tmp_path, pair):
    # "On-Demand" alone is Kinesis's on-demand mode to the alias table: EC2's rows were shown
    # under "On-demand mode vs Spot Instances" (review of fixb30, finding 2), then refused
    # (final read of session 30, B1: the notes do compare them); now they show as EC2's
    # On-Demand, the name as the table writes it (compare.require_pair)
    db = _notes(tmp_path, ec2=EC2_PRICING)
    shown = _compare(db, *pair)
    title = {"spot": "On-Demand vs Spot Instances", "reserved": "Reserved Instances vs On-Demand"}
    figure = {"spot": "up to 90%", "reserved": "up to 72%"}
    other = pair[1] if pair[0] == "on-demand" else pair[0]
    assert shown.returncode == 0 and title[other] in shown.stdout, shown.stdout
    assert figure[other] in shown.stdout and "mode" not in shown.stdout, shown.stdout
    # the two sides the table names of EC2 itself still compare
    both = _compare(db, "reserved", "spot")
    assert both.returncode == 0 and "up to 90%" in both.stdout, both.stdout
