"""Two folders' notes of one name (each folder's README.md) are two notes: ingesting the
second folder replaced the first one's facts, so a student lost a folder of notes without
a word."""

from __future__ import annotations

import json
import sqlite3

from studycli.note_keys import choose_keys

from .helpers import json_out, run_here

SQS = "# SQS\n\n- SQS max message size is 256 KB\n"
LAMBDA = "# Lambda\n\n- Lambda max timeout is 15 minutes\n"


def _two_folders(tmp_path):
    for folder, text in (("A", SQS), ("B", LAMBDA)):
        (tmp_path / folder).mkdir()
        (tmp_path / folder / "README.md").write_text(text, encoding="utf-8")
    return tmp_path / "A", tmp_path / "B"


def _sources(db):
    with sqlite3.connect(db) as conn:
        return dict(conn.execute("SELECT source, count(*) FROM facts GROUP BY source"))


def test_a_second_folders_readme_keeps_the_firsts(tmp_path):
    a, b = _two_folders(tmp_path)
    db = tmp_path / "s.db"
    json_out(run_here("ingest", str(a), "--json", db=db))
    second = json_out(run_here("ingest", str(b), "--json", db=db))
    assert [s["path"] for s in second["sources"]] == ["B/README.md"]
    assert set(_sources(db)) == {"README.md", "B/README.md"}
    assert run_here("lookup", "sqs max message size", db=db).returncode == 0
    with sqlite3.connect(db) as conn:  # A's cards are not marked missing
        assert conn.execute("SELECT count(*) FROM cards WHERE lower(service) = 'sqs' "
                            "AND missing = 0").fetchone()[0]
    again = json_out(run_here("ingest", str(a), str(b), "--json", db=db))  # names kept
    assert {s["path"] for s in again["skipped"]} == {"README.md", "B/README.md"}
    (b / "README.md").rename(b / "lambda.md")  # deleting B's removes B's only
    gone = json_out(run_here("ingest", str(b), "--json", db=db))
    assert [r["path"] for r in gone["removed"]] == ["B/README.md"]
    assert set(_sources(db)) == {"README.md", "lambda.md"}


def test_a_moved_folder_keeps_its_notes_names(tmp_path):
    a, _b = _two_folders(tmp_path)
    db = tmp_path / "s.db"
    json_out(run_here("ingest", str(a), "--json", db=db))
    moved = a.rename(tmp_path / "renamed")
    report = json_out(run_here("ingest", str(moved), "--json", db=db))
    assert [s["path"] for s in report["skipped"]] == ["README.md"]
    assert set(_sources(db)) == {"README.md"}


def test_a_database_from_before_knows_its_notes_files(tmp_path):
    from studycli.store.migrations import MIGRATIONS

    a, b = _two_folders(tmp_path)
    db = tmp_path / "s.db"
    run_here("ingest", str(a), db=db)
    with sqlite3.connect(db) as conn:  # as the previous version left it
        conn.execute("ALTER TABLE sources DROP COLUMN file")
        conn.execute("DELETE FROM _migrations WHERE name = 'm036_source_file'")
        conn.execute(f"PRAGMA user_version = {len(MIGRATIONS) - 1}")
    run_here("ingest", str(b), db=db)
    assert set(_sources(db)) == {"README.md", "B/README.md"}


def test_names_grow_by_the_folders_above_until_free():
    stored = {"README.md": "/x/a/README.md", "a/README.md": "/y/a/README.md"}
    every = {"/x/a/README.md", "/y/a/README.md"}
    found = [("/z/a/README.md", "README.md"), ("/z/a/README.md", "README.md"),
             ("/x/a/README.md", "README.md"), ("/w/README.md", "README.md")]
    assert choose_keys(found, stored, every.__contains__) == [
        "z/a/README.md", "z/a/README.md", "README.md", "w/README.md"]
    # a note whose file is gone has moved: its name follows it
    assert choose_keys([("/new/README.md", "README.md")], stored, lambda _f: False) == [
        "README.md"]


def test_check_b_checks_bs_note_not_the_first_folders(tmp_path):
    """`check B` checked the facts stored as `README.md` (A's), never B's `B/README.md`:
    a student told nothing was outdated in a note that was."""
    for folder, text in (("A", "# SQS\n\n- SQS max message size is 64 KB\n"),
                         ("B", "# Lambda\n\n- Lambda max timeout is 5 minutes\n")):
        (tmp_path / folder).mkdir()
        (tmp_path / folder / "README.md").write_text(text, encoding="utf-8")
    db = tmp_path / "s.db"
    run_here("ingest", str(tmp_path / "A"), db=db)
    run_here("ingest", str(tmp_path / "B"), db=db)
    found = json.loads(run_here("check", str(tmp_path / "B"), "--json", db=db).stdout)
    assert {f["source"] for f in found} == {"B/README.md"}
    assert any(f["status"] == "outdated" and f["service"] == "Lambda" for f in found)
