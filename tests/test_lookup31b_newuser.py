"""A new user's notes (session 21): a one-line "X vs Y: X is a, Y is b" in a plain list is a
comparison of both sides: each clause on the side it opens with."""

from __future__ import annotations

import json

from .helpers import REPO, run_here

REF = {"STUDYCLI_REFERENCE": str(REPO / "data" / "reference"), "COLUMNS": "200"}


def _ingest(tmp_path, text: str, name: str = "notes.txt"):
    notes = tmp_path / "notes"
    notes.mkdir(exist_ok=True)
    (notes / name).write_text(text, encoding="utf-8")
    db = tmp_path / "s.db"
    result = run_here("ingest", str(notes), db=db, env=REF)
    assert result.returncode == 0, result.stderr
    return notes, db, result


def test_a_comparison_line_in_a_plain_list_gives_each_side_its_clause(tmp_path):
    _, db, _ = _ingest(tmp_path, (
        "- SQS vs SNS: SQS is pull (polling), SNS is push\n"
        "- Kinesis vs SQS -> Kinesis replays records, SQS deletes them once read\n"
        "- SQS max message size is 256 KB\n"))
    rows = json.loads(run_here("compare", "sqs", "sns", "--json", db=db, env=REF).stdout)
    cells = {(r["left"], r["right"]) for r in rows["rows"]}
    assert ("SQS is pull (polling)", "SNS is push") in cells, rows
    rows = json.loads(run_here("compare", "kinesis", "sqs", "--json", db=db, env=REF).stdout)
    cells = {(r["left"], r["right"]) for r in rows["rows"]}
    assert ("Kinesis replays records", "SQS deletes them once read") in cells, rows


def test_a_comma_inside_one_sides_clause_stays_in_it(tmp_path):
    _, db, _ = _ingest(tmp_path, "- EFS vs EBS: EFS is shared, mounted by many; EBS attaches "
                                 "to one instance\n")
    rows = json.loads(run_here("compare", "efs", "ebs", "--json", db=db, env=REF).stdout)
    cells = {(r["left"], r["right"]) for r in rows["rows"]}
    assert ("EFS is shared, mounted by many", "EBS attaches to one instance") in cells, rows
