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
    # a note whose file is gone has moved when the file found is that note: its name follows
    assert choose_keys([("/new/README.md", "README.md")], stored, lambda _f: False,
                       claims=lambda _key, _file: True) == ["README.md"]
    # another file of its name leaves it alone (its drive may be away: attrib33b)
    assert choose_keys([("/new/README.md", "README.md")], stored, lambda _f: False) == [
        "new/README.md"]


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


def _nested(tmp_path):
    """notes/aws/A/README.md (SQS), notes/aws/B/README.md (Lambda), ingested A then B."""
    db = tmp_path / "s.db"
    for folder, text in (("A", SQS), ("B", LAMBDA)):
        (tmp_path / "notes" / "aws" / folder).mkdir(parents=True)
        (tmp_path / "notes" / "aws" / folder / "README.md").write_text(text, encoding="utf-8")
        run_here("ingest", str(tmp_path / "notes" / "aws" / folder), db=db)
    assert set(_sources(db)) == {"README.md", "B/README.md"}
    return db


def _lambda_timeout(db) -> str:
    result = run_here("lookup", "lambda max timeout", db=db)
    assert result.returncode == 0, result.stderr
    return result.stdout


def test_rename_the_parent_then_ingest_b_first(tmp_path):
    """B took `README.md` from A's (A's file gone), A became `A/README.md`, and the old
    `B/README.md` record stayed: lookup cited B's old value after B's note was edited."""
    db = _nested(tmp_path)
    (tmp_path / "notes").rename(tmp_path / "study")
    b = tmp_path / "study" / "aws" / "B"
    assert [s["path"] for s in json_out(run_here("ingest", str(b), "--json", db=db))
            ["skipped"]] == ["B/README.md"]  # the name followed B: unchanged, not read again
    run_here("ingest", str(tmp_path / "study" / "aws" / "A"), db=db)
    assert set(_sources(db)) == {"README.md", "B/README.md"}
    (b / "README.md").write_text("# Lambda\n\n- Lambda max timeout is 11 minutes\n",
                                 encoding="utf-8")
    run_here("ingest", str(b), db=db)
    out = _lambda_timeout(db)
    assert "timeout is 11 minutes" in out and "timeout is 15 minutes" not in out


def test_rename_b_only(tmp_path):
    """B's folder renamed to C: its note is stored as `C/README.md`; the old `B/README.md`,
    whose folder and file are gone, is not taught beside it."""
    db = _nested(tmp_path)
    c = (tmp_path / "notes" / "aws" / "B").rename(tmp_path / "notes" / "aws" / "C")
    (c / "README.md").write_text("# Lambda\n\n- Lambda max timeout is 11 minutes\n",
                                 encoding="utf-8")
    report = json_out(run_here("ingest", str(c), "--json", db=db))
    # its only fact line edited: nothing says C's note is B's (B may be on a drive away), so
    # B's is kept and the summary says its folder is missing (attrib33b)
    assert report["removed"] == [] and report["folders_missing"][0]["notes"] == ["B/README.md"]
    assert set(_sources(db)) == {"README.md", "B/README.md", "C/README.md"}
    assert "timeout is 11 minutes" in _lambda_timeout(db)


def test_rename_b_only_unchanged_moves_it(tmp_path):
    """B's folder renamed to C, its note unchanged: the same text, so B's record moves."""
    db = _nested(tmp_path)
    c = (tmp_path / "notes" / "aws" / "B").rename(tmp_path / "notes" / "aws" / "C")
    report = json_out(run_here("ingest", str(c), "--json", db=db))
    assert [r["path"] for r in report["removed"]] == ["B/README.md"]
    assert report["removed"][0]["moved_to"] == "C/README.md"
    assert set(_sources(db)) == {"README.md", "C/README.md"}


def test_a_note_ingested_on_its_own_by_an_older_version_keeps_its_facts(tmp_path):
    """Ingested as `ingest A/README.md` before files were recorded (no folder, no file): a
    second folder's README.md took its name and replaced its facts."""
    a, b = _two_folders(tmp_path)
    db = tmp_path / "s.db"
    run_here("ingest", str(a / "README.md"), db=db)
    with sqlite3.connect(db) as conn:  # as the older version left it
        conn.execute("UPDATE sources SET file = NULL, folder = NULL")
    run_here("ingest", str(b), db=db)
    assert set(_sources(db)) == {"README.md", "B/README.md"}
    again = json_out(run_here("ingest", str(a / "README.md"), "--json", db=db))
    assert [s["path"] for s in again["skipped"]] == ["README.md"]  # claimed again, its own


def test_a_moved_note_takes_the_longest_name_its_path_ends_with():
    stored = {"README.md": "/old/aws/A/README.md", "B/README.md": "/old/aws/B/README.md"}

    def same_folder(key: str, file: str) -> bool:  # the file is that note (as its text says)
        return file.split("/")[-2] == stored[key].split("/")[-2]

    assert choose_keys([("/new/aws/B/README.md", "README.md"),
                        ("/new/aws/A/README.md", "README.md")], stored,
                       lambda _f: False, claims=same_folder) == ["B/README.md", "README.md"]


def test_a_note_linked_beside_itself_is_read_and_listed_once(tmp_path):
    notes = tmp_path / "notes"
    notes.mkdir()
    (notes / "a.md").write_text(SQS, encoding="utf-8")
    (notes / "b.md").symlink_to("a.md")
    db = tmp_path / "s.db"
    first = json_out(run_here("ingest", str(notes), "--json", db=db))
    assert [s["path"] for s in first["sources"]] == ["a.md"]
    again = json_out(run_here("ingest", str(notes), "--json", db=db))
    assert [s["path"] for s in again["skipped"]] == ["a.md"]
