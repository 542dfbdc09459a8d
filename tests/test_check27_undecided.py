"""`check` said "Nothing outdated or wrong; 3 current, 1 undecided" of a note whose SQS
visibility timeout default was 60 s, while lookup marked it "the AWS docs give other values for
this measure (30 s)": the undecided are listed by --all, with the doubt lookup gives."""

from __future__ import annotations

import json

from .helpers import run_here

NOTE = "# SQS\n\n- visibility timeout default 60 sec, max 12 hours\n"


def test_undecided_are_counted_pointed_at_and_listed_with_their_doubt(tmp_path):
    notes, db = tmp_path / "notes", tmp_path / "c.db"
    notes.mkdir()
    (notes / "sqs.txt").write_text(NOTE)
    assert run_here("ingest", str(notes), db=db).returncode == 0
    wide = {"COLUMNS": "300"}
    plain = " ".join(run_here("check", db=db, env=wide).stdout.split())
    assert "1 undecided (1 with the doubt lookup marks: `studycli check --all` lists them)" in plain
    assert "UNDECIDED" not in plain
    listed = " ".join(run_here("check", "--all", db=db, env=wide).stdout.split())
    assert "sqs.txt:3 UNDECIDED SQS / visibility timeout (default)" in listed
    assert "doubt the AWS docs give other values for this measure (30 s)" in listed
    assert "--all` lists" not in listed
    assert "1 undecided (1 with the doubt lookup marks: listed above)" in listed
    rows = json.loads(run_here("check", "--all", "--json", db=db).stdout)
    assert {r["status"] for r in rows} == {"unknown", "current"}
    doubted = [r for r in rows if r["status"] == "unknown"]
    assert doubted[0]["suspect"] == "the AWS docs give other values for this measure (30 s)"
    # lookup says the same of that number
    hits = json.loads(run_here("lookup", "sqs visibility timeout default", "--json",
                               db=db).stdout)
    assert hits[0]["value"] == "60 s"
    assert "other values for this measure (30 s)" in json.dumps(hits[0]["markers"])
