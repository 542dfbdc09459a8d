"""A note deleted from a folder takes its facts with it at the folder's next ingest: a new
user deleted a wrong note and kept being quizzed on it, cited at a file that was gone."""

from __future__ import annotations

import shutil
import sqlite3

from .helpers import json_out, run_here

SQS = "# SQS\n\n- max message size 256 KB\n- retention up to 14 days\n"
AURORA = "# Aurora\n\n- up to 15 read replicas\n"


def _folder(tmp_path):
    notes = tmp_path / "notes"
    notes.mkdir()
    (notes / "sqs.md").write_text(SQS)
    (notes / "misc.txt").write_text(AURORA)
    return notes


def _sources(db):
    with sqlite3.connect(db) as conn:
        return {p for (p,) in conn.execute("SELECT DISTINCT source FROM facts")}


def test_a_note_deleted_from_the_folder_loses_its_facts_and_keeps_its_cards(tmp_path):
    notes, db = _folder(tmp_path), tmp_path / "s.db"
    first = json_out(run_here("ingest", str(notes), "--json", db=db))
    facts = next(s["facts"] for s in first["sources"] if s["path"] == "misc.txt")
    with sqlite3.connect(db) as conn:
        cards = conn.execute("SELECT count(*) FROM cards "
                             "WHERE lower(service) = 'aurora'").fetchone()[0]
    assert cards and _sources(db) == {"sqs.md", "misc.txt"}
    (notes / "misc.txt").unlink()
    report = json_out(run_here("ingest", str(notes), "--json", db=db))
    assert report["removed"] == [{"path": "misc.txt", "folder": str(notes.resolve()),
                                  "facts": facts, "sample": False}]
    assert _sources(db) == {"sqs.md"}
    found = run_here("lookup", "aurora read replicas", db=db)
    assert found.returncode == 1 and "misc.txt" not in found.stdout
    assert "misc.txt" not in run_here("search", "replicas", db=db).stdout
    with sqlite3.connect(db) as conn:  # kept, marked missing: progress comes back with it
        assert conn.execute("SELECT count(*) FROM cards WHERE lower(service) = 'aurora' "
                            "AND missing = 1").fetchone()[0] == cards
    text = run_here("ingest", str(notes), db=db)  # said once, then nothing more to remove
    assert "no longer in" not in text.stdout
    (notes / "misc.txt").write_text(AURORA)
    json_out(run_here("ingest", str(notes), "--json", db=db))
    with sqlite3.connect(db) as conn:
        assert conn.execute("SELECT count(*) FROM cards WHERE lower(service) = 'aurora' "
                            "AND missing = 0").fetchone()[0] == cards


def test_the_summary_says_which_note_went(tmp_path):
    notes, db = _folder(tmp_path), tmp_path / "s.db"
    run_here("ingest", str(notes), db=db)
    (notes / "misc.txt").unlink()
    out = " ".join(run_here("ingest", str(notes), env={"COLUMNS": "200"}, db=db).stdout.split())
    assert "misc.txt: no longer in" in out and "fact(s) are removed" in out


def test_only_a_folder_seen_whole_removes_anything(tmp_path):
    notes, db = _folder(tmp_path), tmp_path / "s.db"
    run_here("ingest", str(notes), db=db)
    # the note named on its own, or another folder, says nothing of what this folder holds
    (notes / "misc.txt").unlink()
    other = tmp_path / "other"
    other.mkdir()
    (other / "x.md").write_text("# SNS\n\n- max message size 256 KB\n")
    assert json_out(run_here("ingest", str(other), "--json", db=db))["removed"] == []
    assert json_out(run_here("ingest", str(notes / "sqs.md"), "--json", db=db))["removed"] == []
    assert "misc.txt" in _sources(db)
    # a walk that left something out (here a link out of the folder, skipped with a warning;
    # an unreadable subfolder likewise) may have left the note out: nothing is removed
    outside = tmp_path / "outside.md"
    outside.write_text("# EBS\n\n- gp3 baseline 3000 IOPS\n")
    (notes / "link.md").symlink_to(outside)
    report = json_out(run_here("ingest", str(notes), "--json", db=db))
    assert report["removed"] == [] and any("link.md" in w for w in report["warnings"])
    assert "misc.txt" in _sources(db)


def test_own_notes_set_the_shipped_samples_aside(tmp_path, few_samples):
    # The first command builds the database from the sample notes; a new user's own notes
    # were then mixed with them for good (quiz, exams and readiness about a stranger's notes)
    notes, db = _folder(tmp_path), tmp_path / "s.db"
    run_here("stats", db=db)  # built from the shipped notes on first use
    samples = _sources(db)
    assert samples and not samples & {"sqs.md", "misc.txt"}
    report = json_out(run_here("ingest", str(notes), "--json", db=db))
    assert {g["path"] for g in report["removed"] if g["sample"]} == samples
    assert _sources(db) == {"sqs.md", "misc.txt"}
    said = " ".join(run_here("ingest", str(notes / "sqs.md"), db=db).stdout.split())
    assert "sample" not in said  # said once: the database has only the student's notes now
    # asked for, they come back beside the student's notes, and stay
    back = json_out(run_here("ingest", "--json", db=db))
    assert back["removed"] == [] and _sources(db) == samples | {"sqs.md", "misc.txt"}
    assert json_out(run_here("ingest", str(notes), "--json", db=db))["removed"] == []
    assert _sources(db) == samples | {"sqs.md", "misc.txt"}


def _first_use(few_samples_db_file, tmp_path):
    """A database as the first command leaves it: built from the samples (`few_samples`: the
    session's one build, copied; test_own_notes_set_the_shipped_samples_aside builds it by
    that command)."""
    db = tmp_path / "s.db"
    shutil.copyfile(few_samples_db_file, db)
    return db


def test_samples_stay_when_nothing_of_the_students_could_be_read(tmp_path, few_samples,
                                                                few_samples_db_file):
    db = _first_use(few_samples_db_file, tmp_path)
    samples = _sources(db)
    broken = tmp_path / "broken.md"
    broken.write_bytes(b"\x00\x01\x02binary" * 50)
    assert run_here("ingest", str(broken), db=db).returncode == 1
    assert _sources(db) == samples


def test_a_copy_of_a_sample_note_is_the_students_own(tmp_path, few_samples, few_samples_db_file):
    db = _first_use(few_samples_db_file, tmp_path)
    samples = _sources(db)
    copies = tmp_path / "mine"
    shutil.copytree(few_samples, copies)
    first = sorted(copies.iterdir())[0]
    first.write_text(first.read_text(encoding="utf-8") + "\n- Max 10 GB\n", encoding="utf-8")
    report = json_out(run_here("ingest", str(copies), "--json", db=db))
    assert report["removed"] == [] and _sources(db) == samples


def test_a_no_op_ingest_writes_no_folder_record(tmp_path):
    # every note was recorded as its folder's again at each ingest: a write (and a commit a
    # note, the connection autocommitting) on a run that changed nothing
    from studycli.store import gone_notes
    from studycli.store.db import connect

    notes, db = _folder(tmp_path), tmp_path / "s.db"
    run_here("ingest", str(notes), db=db)
    store = connect(db)
    before = store.conn.total_changes
    gone_notes.remember_folder(store.conn, str(notes.resolve()), ["sqs.md", "misc.txt"])
    assert store.conn.total_changes == before
    gone_notes.remember_folder(store.conn, "/elsewhere", ["sqs.md", "new.md"])
    assert store.conn.total_changes == before + 1  # the one note that moved


def test_a_folder_with_a_picture_and_a_pdf_is_still_seen_whole(tmp_path):
    # the walk's own warnings ("passed over 1 file of binary data", a .pdf named) counted as a
    # folder not seen whole: a deleted note was never dropped from most real note folders
    notes, db = _folder(tmp_path), tmp_path / "s.db"
    (notes / "pic.png").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00binary")
    (notes / "slides.pdf").write_bytes(b"%PDF-1.4\n\x00\x01")
    run_here("ingest", str(notes), db=db)
    (notes / "misc.txt").unlink()
    report = json_out(run_here("ingest", str(notes), "--json", db=db))
    assert [g["path"] for g in report["removed"]] == ["misc.txt"]
    assert _sources(db) == {"sqs.md"}


def test_samples_brought_back_beside_own_notes_are_said_with_the_way_out(
        tmp_path, few_samples, few_samples_db_file):
    """`studycli ingest` with no path, typed to read one's edits again, brought 1,136 sample
    facts back beside a new user's 182 with nothing said but five hashed file names."""
    db = _first_use(few_samples_db_file, tmp_path)
    alone = " ".join(run_here("ingest", db=db).stdout.split())
    assert "back beside your own notes" not in alone  # only samples: nothing to say
    notes = _folder(tmp_path)
    run_here("ingest", str(notes), db=db)
    said = " ".join(run_here("ingest", db=db, env={"COLUMNS": "500"}).stdout.split())
    assert "sample note(s) shipped with studycli" in said and "back beside your own notes" in said
    assert f"name their folder (`studycli ingest {notes}`)" in said
    assert f"`studycli doctor --rebuild {notes}`" in said
    # the way out it names works: the samples go, the student's notes stay
    assert run_here("doctor", "--rebuild", str(notes), db=db).returncode == 0
    assert _sources(db) == {"sqs.md", "misc.txt"}


def test_samples_read_from_where_studycli_was_installed_before_are_still_set_aside(
        tmp_path, few_samples, few_samples_db_file):
    # The README's first command (`pip install .`) builds the database from the samples in
    # site-packages; its second (`pip install -e '.[test]'`) makes studycli read them from the
    # source checkout. The database still records the old folder, and a new user's own notes
    # were then mixed with the samples for good.
    db = _first_use(few_samples_db_file, tmp_path)
    samples = _sources(db)
    old = str(tmp_path / "old-venv" / "site-packages" / "studycli" / "content")
    with sqlite3.connect(db) as conn:
        conn.execute("UPDATE sources SET folder = ?", [old])
    notes = _folder(tmp_path)
    report = json_out(run_here("ingest", str(notes), "--json", db=db))
    assert {g["path"] for g in report["removed"] if g["sample"]} == samples
    assert {g["folder"] for g in report["removed"]} == {old}
    assert _sources(db) == {"sqs.md", "misc.txt"}


def test_a_folder_whose_notes_differ_from_the_samples_is_not_taken_for_them(
        tmp_path, few_samples, few_samples_db_file):
    db = _first_use(few_samples_db_file, tmp_path)
    samples = _sources(db)
    with sqlite3.connect(db) as conn:  # one note's text is not a shipped note's
        conn.execute("UPDATE sources SET folder = ?", [str(tmp_path / "elsewhere")])
        conn.execute("UPDATE sources SET sha256 = 'edited' WHERE path = ?", [min(samples)])
    report = json_out(run_here("ingest", str(_folder(tmp_path)), "--json", db=db))
    assert report["removed"] == [] and _sources(db) == samples | {"sqs.md", "misc.txt"}
