"""A new user's notes (session 21): a one-line "X vs Y: X is a, Y is b" in a plain list is a
comparison of both sides: each clause on the side it opens with."""

from __future__ import annotations

import json

from .helpers import ingest_text, run_here, shipped_reference

REF = shipped_reference(200)


def _ingest(tmp_path, text: str, name: str = "notes.txt"):
    return ingest_text(tmp_path, text, name, columns="200")


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


def _top(db, query: str) -> str:
    out = json.loads(run_here("lookup", query, "--json", "--limit", "3", db=db, env=REF).stdout)
    assert out, query
    return out[0]["value"]


def test_a_word_asked_picks_the_number_its_line_ties_it_to(tmp_path):
    # the baseline and the max of one measure on one line: "baseline" is the 3,000's
    _, db, _ = _ingest(tmp_path, "## EBS\n- gp3 volumes give 3,000 IOPS baseline and can be "
                                 "provisioned up to 16,000 IOPS\n", name="ebs.md")
    assert "3000" in _top(db, "ebs gp3 baseline iops").replace(",", "")


def test_a_rate_of_the_requests_asked_answers_with_its_clause(tmp_path):
    _, db, _ = _ingest(tmp_path, "## S3\n- S3 supports 3,500 PUT/COPY/POST/DELETE and 5,500 "
                                 "GET/HEAD requests per second per prefix\n", name="s3.md")
    top = _top(db, "s3 get requests per prefix").replace(",", "")
    assert "5500" in top and "3500" not in top, top


def test_a_heading_says_a_word_under_the_name_it_is_also_searched_as(tmp_path):
    notes = tmp_path / "notes"
    notes.mkdir()
    (notes / "ddb.md").write_text("# Databases\n## DynamoDB\n- GSI can be added any time, has "
                                  "its own RCU/WCU\n", encoding="utf-8")
    (notes / "misc.md").write_text("# misc\n- Dynamo streams feed Lambda\n- DynamoDB is "
                                   "serverless NoSQL\n", encoding="utf-8")
    db = tmp_path / "s.db"
    assert run_here("ingest", str(notes), db=db, env=REF).returncode == 0
    out = json.loads(run_here("search", "dynamo", "gsi", "--json", db=db, env=REF).stdout)
    hits = out["hits"] if isinstance(out, dict) else out
    assert hits and "GSI can be added" in hits[0]["text"], out
