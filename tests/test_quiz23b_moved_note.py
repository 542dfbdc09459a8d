"""A note moved or renamed: "your cards are all kept" only when they are. The same text can
give fewer facts under a new name (a line naming no service is filed under the file name's
service), and identical notes moved together each get their own new name."""

from __future__ import annotations

import sqlite3

from .helpers import json_out, run_here

BARE = ("- max timeout 15 minutes\n- max memory 10 GB\n- default concurrency 1000\n"
        "- max deployment package 50 MB zipped\n- /tmp storage up to 10 GB\n")


def _live_cards(db, service: str) -> int:
    with sqlite3.connect(db) as conn:
        return conn.execute("SELECT count(*) FROM cards WHERE service = ? AND missing = 0",
                            [service.lower()]).fetchone()[0]


def test_a_rename_that_loses_the_file_names_service_says_cards_went(tmp_path):
    notes, db = tmp_path / "notes", tmp_path / "s.db"
    notes.mkdir()
    (notes / "lambda.txt").write_text(BARE)
    json_out(run_here("ingest", str(notes), "--json", db=db))
    before = _live_cards(db, "Lambda")
    assert before
    (notes / "lambda.txt").rename(notes / "week1.txt")
    report = json_out(run_here("ingest", str(notes), "--json", db=db))
    lost = _live_cards(db, "Lambda")
    (entry,) = [g for g in report["removed"] if g.get("moved_to")]
    assert entry["moved_to"] == "week1.txt"
    assert entry["lost_facts"] > 0 and entry["lost_cards"] == before - lost > 0
    assert entry["service_of_old_name"] == "Lambda"
    (notes / "week1.txt").rename(notes / "lambda.txt")  # back: every card asked again
    run_here("ingest", str(notes), db=db)
    assert _live_cards(db, "Lambda") == before
    (notes / "lambda.txt").rename(notes / "week2.txt")
    out = " ".join(run_here("ingest", str(notes), env={"COLUMNS": "300"}, db=db).stdout.split())
    assert "lambda.txt is now week2.txt (moved or renamed), but" in out
    assert f"{entry['lost_cards']} card(s) of them are no longer asked" in out
    assert "its old name said they were about Lambda" in out
    assert "all kept" not in out


def test_a_rename_that_keeps_every_fact_still_says_all_kept(tmp_path):
    notes, db = tmp_path / "notes", tmp_path / "s.db"
    notes.mkdir()
    (notes / "lambda.txt").write_text("# Lambda\n\n" + BARE)
    run_here("ingest", str(notes), db=db)
    (notes / "lambda.txt").rename(notes / "week1.txt")
    report = json_out(run_here("ingest", str(notes), "--json", db=db))
    (entry,) = [g for g in report["removed"] if g.get("moved_to")]
    assert entry["lost_facts"] == 0 and entry["lost_cards"] == 0


def test_identical_notes_moved_together_are_paired_one_to_one(tmp_path):
    notes, db = tmp_path / "notes", tmp_path / "s.db"
    (notes / "old").mkdir(parents=True)
    text = "# SQS\n\n- max message size 256 KB\n"
    for name in ("a.md", "b.md"):
        (notes / "old" / name).write_text(text)
    run_here("ingest", str(notes), db=db)
    (notes / "old").rename(notes / "new")
    report = json_out(run_here("ingest", str(notes), "--json", db=db))
    moved = {g["path"]: g["moved_to"] for g in report["removed"] if g.get("moved_to")}
    assert moved == {"old/a.md": "new/a.md", "old/b.md": "new/b.md"}
