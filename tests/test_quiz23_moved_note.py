"""A subfolder renamed between two ingests: its notes are the same text under new names. The
summary said "a/x.md: no longer in ..., so its 3 fact(s) are removed", which a student read as
progress lost; it says where the note is now and that cards and reviews are kept."""

from __future__ import annotations

import sqlite3

from .helpers import json_out, run_here

SQS = "# SQS\n\n- max message size 256 KB\n- retention up to 14 days\n"


def test_a_renamed_subfolder_is_reported_as_moved_with_progress_kept(tmp_path):
    notes, db = tmp_path / "notes", tmp_path / "s.db"
    (notes / "old").mkdir(parents=True)
    (notes / "old" / "sqs.md").write_text(SQS)
    (notes / "top.md").write_text("# Aurora\n\n- up to 15 read replicas\n")
    json_out(run_here("ingest", str(notes), "--json", db=db))
    with sqlite3.connect(db) as conn:
        cards = conn.execute("SELECT count(*) FROM cards WHERE lower(service) = 'sqs'"
                             ).fetchone()[0]
    assert cards
    (notes / "old").rename(notes / "new")
    report = json_out(run_here("ingest", str(notes), "--json", db=db))
    moved = [g for g in report["removed"] if g.get("moved_to")]
    assert [g["moved_to"] for g in moved] == ["new/sqs.md"]
    with sqlite3.connect(db) as conn:  # the same cards, none lost or marked missing
        assert conn.execute("SELECT count(*) FROM cards WHERE lower(service) = 'sqs' "
                            "AND missing = 0").fetchone()[0] == cards
    (notes / "new").rename(notes / "again")
    out = " ".join(run_here("ingest", str(notes), env={"COLUMNS": "200"}, db=db).stdout.split())
    assert "new/sqs.md is now again/sqs.md" in out
    assert "cards and reviews of them are all kept" in out
    assert "are removed" not in out
