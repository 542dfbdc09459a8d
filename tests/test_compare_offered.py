"""`studycli compare` with no names offers the pairs the notes compare ("X vs Y" rows and
tables, or an "X vs Y" they write), and pairs that share attributes only where curated data
sets them side by side: "RDS vs SQS" (both keep something for days) was offered."""

from __future__ import annotations

import json

from studycli import compare as lib
from studycli.compare_model import Side
from studycli.compare_offered import compared_in_data
from tests.helpers import ingested_folder, run_here

NOTES = {
    "rds.md": "# RDS\n\n- Retention period: max 35 days\n- Max storage: 64 TiB\n",
    "sqs.md": "# SQS\n\n- Retention period: max 14 days\n- Max message size: 256 KB\n",
    "sns.md": "# SNS\n\n- Max message size: 256 KB\n",
    "db.md": "# Databases\n\n## RDS vs Aurora\n\n- RDS: up to 5 read replicas; Aurora: up to 15\n",
}


def _pairs(db_path) -> set[tuple[str, str]]:
    proc = run_here("compare", "--json", db=db_path)
    assert proc.returncode == 0, proc.stderr
    return {(p["left"], p["right"]) for p in json.loads(proc.stdout)}


def test_a_tmp_folder_offers_only_pairs_the_notes_or_the_data_compare(tmp_path):
    pairs = _pairs(ingested_folder(tmp_path, NOTES))
    assert ("RDS", "SQS") not in pairs and ("SQS", "RDS") not in pairs, pairs
    assert ("SNS", "SQS") in pairs  # the exam's messaging choices
    assert ("Aurora", "RDS") in pairs  # "## RDS vs Aurora": the notes compare them


def test_the_shipped_notes_offer_only_pairs_they_compare(shipped_copy):
    from studycli.database import ensure_database

    db = ensure_database(shipped_copy)
    pairs = lib.comparable_pairs(db)
    assert pairs and all(p.comparison_rows or compared_in_data(p.left, p.right) for p in pairs)
    only_shared = {(p.left.label, p.right.label) for p in pairs if not p.comparison_rows}
    assert only_shared == {("Express workflow", "Standard workflow"), ("SNS", "SQS")}


def test_curated_groupings():
    assert compared_in_data(Side("EBS", "gp2"), Side("EBS", "gp3"))
    assert compared_in_data(Side("SQS"), Side("Kinesis Data Streams"))
    assert compared_in_data(Side("S3", "S3 Standard-IA"), Side("S3", "S3 One Zone-IA"))
    assert not compared_in_data(Side("RDS"), Side("SQS"))
    assert not compared_in_data(Side("SQS", "FIFO queue"), Side("SQS", "extended client"))
    assert not compared_in_data(Side("API Gateway", "Lambda authorizer"),
                                Side("API Gateway", "cache"))
