"""Session 23 (attrib33): a note an older version stored with no file recorded, edited since,
is replaced by its new text rather than kept stale beside it; a note whose folder is gone is
removed only when that is sure, and the summary says why and how to bring it back."""

from __future__ import annotations

import shutil
import sqlite3

from .helpers import json_out, run_here

SQS = "# SQS\n\n- SQS max message size is 256 KB\n- SQS retention default is 4 days\n"


def _sources(db) -> set[str]:
    with sqlite3.connect(db) as conn:
        return {path for (path,) in conn.execute("SELECT path FROM sources")}


def _as_an_older_version_left_it(db) -> None:
    with sqlite3.connect(db) as conn:
        conn.execute("UPDATE sources SET file = NULL, folder = NULL")


def test_an_edited_note_stored_with_no_file_takes_its_new_text(tmp_path):
    notes = tmp_path / "notes"
    notes.mkdir()
    (notes / "sqs.md").write_text(SQS, encoding="utf-8")
    db = tmp_path / "s.db"
    run_here("ingest", str(notes / "sqs.md"), db=db)
    _as_an_older_version_left_it(db)
    (notes / "sqs.md").write_text(SQS.replace("256 KB", "1 MiB"), encoding="utf-8")
    report = json_out(run_here("ingest", str(notes), "--json", db=db))
    assert [s["path"] for s in report["sources"]] == ["sqs.md"] and report["conflicts"] == 0
    assert _sources(db) == {"sqs.md"}  # was also notes/sqs.md, the stale 256 KB kept
    out = run_here("lookup", "sqs max message size", db=db).stdout
    assert "1 MiB" in out and "256 KB" not in out


def test_another_note_of_that_name_does_not_take_it(tmp_path):
    """Near miss: another folder's README.md is no edit of the one stored on its own."""
    for folder, text in (("A", SQS), ("B", "# Lambda\n\n- Lambda max timeout is 15 min\n")):
        (tmp_path / folder).mkdir()
        (tmp_path / folder / "README.md").write_text(text, encoding="utf-8")
    db = tmp_path / "s.db"
    run_here("ingest", str(tmp_path / "A" / "README.md"), db=db)
    _as_an_older_version_left_it(db)
    run_here("ingest", str(tmp_path / "B"), db=db)
    assert _sources(db) == {"README.md", "B/README.md"}


def test_a_note_whose_folder_is_away_is_kept_until_it_is_sure(tmp_path):
    drive = tmp_path / "usb"
    (drive / "notes").mkdir(parents=True)
    (drive / "notes" / "sqs.md").write_text(SQS, encoding="utf-8")
    other = tmp_path / "other"
    other.mkdir()
    (other / "lambda.md").write_text("# Lambda\n\n- Lambda max timeout is 15 min\n",
                                     encoding="utf-8")
    db = tmp_path / "s.db"
    run_here("ingest", str(drive / "notes"), db=db)
    unmounted = drive.rename(tmp_path / "away")
    drive.mkdir()  # the empty mount point a drive not mounted leaves
    report = json_out(run_here("ingest", str(other), "--json", db=db))
    assert report["removed"] == [] and _sources(db) == {"sqs.md", "lambda.md"}
    shutil.rmtree(unmounted)
    (drive / "music").mkdir()  # the folder above holds something: still no proof (attrib33b)
    summary = " ".join(run_here("ingest", str(other), db=db).stdout.split())
    assert _sources(db) == {"sqs.md", "lambda.md"}
    assert "sqs.md: its folder" in summary and "is missing" in summary
