"""Ingest: the shipped notes, stable ids, re-ingest, edits, and bad input."""

from __future__ import annotations

import shutil
import sqlite3

import pytest

from studycli.errors import DatabaseError
from studycli.ingest import ingest_paths
from studycli.store.db import connect
from studycli.store.facts import list_facts

from .helpers import CONTENT, json_out, run_cli, run_here


def fact_ids(db_path):
    return {f.id for f in list_facts(connect(db_path))}


@pytest.fixture(scope="module")
def fresh_ingest(tmp_path_factory):
    """The shipped notes ingested into a new database, with the ingest's report (once per
    module: two tests read it; the one that ingests again works on a copy)."""
    db = connect(tmp_path_factory.mktemp("fresh") / "a.db")
    report = ingest_paths(db, [CONTENT])
    db.conn.close()
    return db.path, report


def test_shipped_notes_ingest_into_every_kind(fresh_ingest):
    _, report = fresh_ingest
    assert report.ingested == 5
    assert {s["path"] for s in report.sources} == {p.name for p in CONTENT.iterdir()}
    for kind in ("limit", "default", "range", "error_code", "invocation_mode", "fact"):
        assert report.by_kind.get(kind, 0) > 0, kind
    assert report.comparisons > 0
    assert report.conflicts > 0
    assert report.warnings == []


def test_two_fresh_ingests_give_the_same_ids_and_reingest_is_a_no_op(
        tmp_path, fresh_ingest, shipped_db_file):
    # Two ingests into new databases, each in its own call: this module's and conftest's.
    shutil.copyfile(fresh_ingest[0], tmp_path / "a.db")
    shutil.copyfile(shipped_db_file, tmp_path / "b.db")
    assert fact_ids(tmp_path / "a.db") == fact_ids(tmp_path / "b.db")
    again = ingest_paths(connect(tmp_path / "a.db"), [CONTENT])
    assert again.sources == []
    assert [s["reason"] for s in again.skipped] == ["unchanged"] * 5
    assert fact_ids(tmp_path / "a.db") == fact_ids(tmp_path / "b.db")


def test_editing_one_line_changes_only_that_lines_facts(tmp_path, fresh_ingest):
    notes = tmp_path / "notes"
    shutil.copytree(CONTENT, notes)
    db = tmp_path / "a.db"
    shutil.copyfile(fresh_ingest[0], db)  # the notes as ingested once for the module
    assert ingest_paths(connect(db), [notes]).sources == []  # the copies: unchanged
    before = {f.id: f for f in list_facts(connect(db))}
    note = notes / "000_4c356a59b3abc6e0.txt"
    text = note.read_text(encoding="utf-8")
    assert "- Cache size 500 MB to 237 GB" in text
    note.write_text(text.replace("- Cache size 500 MB to 237 GB", "- Cache size 500 MB to 300 GB"),
                    encoding="utf-8")
    report = ingest_paths(connect(db), [notes])
    assert [s["path"] for s in report.sources] == [note.name]
    after = {f.id: f for f in list_facts(connect(db))}
    removed = [before[i] for i in before.keys() - after.keys()]
    added = [after[i] for i in after.keys() - before.keys()]
    edited_line = text.splitlines().index("- Cache size 500 MB to 237 GB") + 1
    assert removed and added
    assert {f.line for f in removed} == {edited_line}
    assert {f.line for f in added} == {edited_line}
    assert any("300 GB" in f.value for f in added)


def test_bad_inputs_warn_and_the_rest_goes_on(tmp_path):
    notes = tmp_path / "notes"
    notes.mkdir()
    (notes / "empty.md").write_text("")
    (notes / "binary.md").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00binary")
    (notes / "cp1252.md").write_bytes(
        "## Amazon SQS\n\n- Messages up to 256 KB \x96 caf\xe9\n".encode("latin-1"))
    (notes / "long.md").write_text("## AWS Lambda\n\n- " + "timeout 900 seconds " * 6000 + "\n")
    nested = "## Amazon SQS\n\n" + "".join("  " * i + "- level\n" for i in range(300))
    (notes / "nested.md").write_text(nested + "- Max message size 256 KB\n")
    (notes / "html.md").write_text(
        "## Amazon SNS\n\n<table><tr><td>Max message<td>256 KB\n- Messages <=256KB\n")
    (notes / "good.md").write_text("## Amazon SQS\n\n- Visibility timeout default is 30 seconds\n")
    report = ingest_paths(connect(tmp_path / "a.db"), [notes, tmp_path / "missing.md"])
    text = "\n".join(report.warnings)
    assert "missing.md: no such file or directory" in text
    assert "empty.md: skipped: empty note" in text  # not a row of 0 facts
    assert "binary.md: skipped: binary file" in text
    assert "cp1252.md:3: not UTF-8" in text
    facts = list_facts(connect(tmp_path / "a.db"))
    assert any(f.source == "good.md" and f.attribute == "visibility timeout" for f in facts)
    assert any(f.source == "cp1252.md" and f.number == 262144 for f in facts)
    assert any(f.source == "nested.md" and f.number == 262144 for f in facts)


def test_a_note_too_large_is_skipped_with_a_warning(tmp_path):
    big = tmp_path / "big.md"
    with big.open("wb") as fh:
        fh.truncate(50 * 1024 * 1024)  # 50 MB, sparse
    report = ingest_paths(connect(tmp_path / "a.db"), [big])
    assert report.ingested == 0
    assert "larger than" in report.warnings[0]


def test_cli_ingest_json_shape_and_exit_codes(tmp_path):
    # one shipped note, not all five: the module's fixture and conftest's shipped database
    # ingest all of them already, and the shape is the same for one
    db = tmp_path / "cli.db"
    note = min(CONTENT.iterdir(), key=lambda p: p.stat().st_size)
    data = json_out(run_here("ingest", str(note), "--json", db=db))
    assert data["facts"] > 0 and [s["path"] for s in data["sources"]] == [note.name]
    assert set(data) == {"sources", "facts", "by_kind", "comparisons", "conflicts", "skipped",
                         "warnings", "reread", "removed", "folders_missing", "samples_beside",
                         "copies_set_aside", "copies_found"}
    # added keys only: reread in session 19 (reader_stamp), removed in 21 (store.gone_notes),
    # folders_missing in 23 (notes kept though their folder is missing), samples_beside in 27
    # (the shipped samples read back beside the student's notes; null here), copies_set_aside
    # in 50 (the folders a copy of them stands in for: studycli.copied_folders), copies_found
    # in its review (folders that only look like copies: kept, said)
    assert data["samples_beside"] is None and data["copies_set_aside"] == []
    assert data["copies_found"] == []
    assert data["facts"] == sum(data["by_kind"].values())
    nothing = run_here("ingest", str(tmp_path / "nowhere"), db=tmp_path / "x.db")
    assert nothing.returncode == 1
    assert nothing.stderr.count("\n") <= 2 and "Traceback" not in nothing.stderr
    assert "nothing was ingested" in nothing.stderr


def test_a_database_that_is_not_sqlite_is_refused_and_left_alone(tmp_path):
    bogus = tmp_path / "bogus.db"
    bogus.write_bytes(b"this is my thesis, not a database" * 100)
    before = bogus.read_bytes()
    with pytest.raises(DatabaseError, match="cannot be read as a database"):
        connect(bogus)
    result = run_here("facts", db=bogus)
    assert result.returncode == 1 and "Traceback" not in result.stderr
    assert bogus.read_bytes() == before


def test_a_database_from_a_newer_studycli_is_refused(tmp_path):
    db = tmp_path / "new.db"
    connect(db)
    conn = sqlite3.connect(db)
    conn.execute("PRAGMA user_version = 999")
    conn.close()
    result = run_here("facts", db=db)
    assert result.returncode == 1
    assert "newer studycli" in result.stderr and "Traceback" not in result.stderr


def test_first_use_builds_the_database_from_the_shipped_notes(tmp_path):
    # No --db and no $STUDYCLI_DB: the default database, in a data folder not made yet.
    data = tmp_path / "xdg-data"
    result = run_cli("facts", "--kind", "error_code", "--json",
                     env={"STUDYCLI_DB": "", "XDG_DATA_HOME": str(data)})
    facts = json_out(result)
    assert {f["source"] for f in facts} <= {p.name for p in CONTENT.iterdir()}
    assert any(f["attribute"] == "504" for f in facts)
    assert (data / "studycli" / "studycli.db").is_file()


def test_ingest_on_a_new_database_holds_only_the_given_notes(tmp_path):
    note = tmp_path / "mine.md"
    note.write_text("## Amazon SQS\n\n- Visibility timeout default is 30 seconds\n")
    db = tmp_path / "mine.db"
    json_out(run_here("ingest", str(note), "--json", db=db))
    facts = json_out(run_here("facts", "--json", db=db))
    assert {f["source"] for f in facts} == {"mine.md"}


def test_two_processes_ingesting_into_one_new_database_both_succeed(tmp_path, fresh_ingest):
    import subprocess
    import sys

    from .helpers import REPO

    db = tmp_path / "shared.db"
    env = {"PYTHONPATH": str(REPO), "PATH": "/usr/bin:/bin"}
    cmd = [sys.executable, "-m", "studycli", "ingest", str(CONTENT), "--json", "--db", str(db)]
    procs = [subprocess.Popen(cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
                              env=env, cwd=REPO) for _ in range(2)]
    results = [p.communicate(timeout=120) + (p.returncode,) for p in procs]
    for _out, err, code in results:
        assert code == 0, err
        assert "Traceback" not in err
    assert fact_ids(db) == fact_ids(fresh_ingest[0])  # what one ingest stores


def test_migrations_apply_by_name_so_a_missing_one_is_added_later(tmp_path):
    from studycli.store import migrations

    db_path = tmp_path / "m.db"
    connect(db_path)
    ran = []
    migrations.MIGRATIONS.append(("m999_test_only", lambda db: ran.append(db)))
    try:
        connect(db_path)
        connect(db_path)
        names = [r[0] for r in sqlite3.connect(db_path).execute("SELECT name FROM _migrations")]
        version = sqlite3.connect(db_path).execute("PRAGMA user_version").fetchone()[0]
        assert version == len(migrations.MIGRATIONS)
    finally:
        migrations.MIGRATIONS.pop()
    assert len(ran) == 1
    assert "m999_test_only" in names


def test_a_folder_with_no_notes_says_so_in_one_short_line(tmp_path):
    # the warning listed every type read: one line of about 700 characters (new-user tester)
    empty = tmp_path / "empty"
    empty.mkdir()
    result = run_here("ingest", str(empty), db=tmp_path / "a.db")
    said = [line for line in result.stderr.splitlines() if "no notes here" in line]
    assert result.returncode == 1 and said, result.stderr
    assert all(len(line.replace(str(empty), "")) < 200 for line in said), said
    assert "ingest --help" in said[0]
