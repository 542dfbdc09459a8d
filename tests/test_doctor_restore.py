"""`doctor --restore --backup FILE` puts back only a studycli backup: another program's
database (or a missing file, a folder, a pipe) is refused, and neither file is changed."""

from __future__ import annotations

import hashlib
import sqlite3

from .helpers import run_here


def _digest(path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_restore_refuses_what_is_not_a_studycli_backup(tmp_path):
    db = tmp_path / "s.db"
    notes = tmp_path / "notes"
    notes.mkdir()
    (notes / "n.md").write_text("# Amazon SQS\n- Max message size is 256 KB\n")
    assert run_here("ingest", str(notes), db=db).returncode == 0
    foreign = tmp_path / "other.db"
    conn = sqlite3.connect(foreign)
    conn.execute("CREATE TABLE notes (x)")
    conn.commit()
    conn.close()
    before = _digest(foreign), _digest(db)
    for backup, says in ((foreign, "another program's database"),
                         (tmp_path / "missing.db", "does not exist"), (tmp_path, "is not a file")):
        result = run_here("doctor", "--restore", "--backup", str(backup), db=db)
        assert result.returncode == 1 and says in result.stderr, result.stderr
        assert result.stderr.count("\n") == 1 and "Traceback" not in result.stderr
    assert (_digest(foreign), _digest(db)) == before
    assert not list(tmp_path.glob("s.db.before-restore-*"))


def test_a_database_without_backups_says_so_inside_80_columns(tmp_path):
    notes = tmp_path / "notes"
    notes.mkdir()
    (notes / "n.md").write_text("## SQS\n- max message size 256 KB\n", encoding="utf-8")
    db = tmp_path / "s.db"
    # a new database is built without a backup (there was nothing to keep)
    assert run_here("ingest", str(notes), db=db).returncode == 0
    out = run_here("doctor", db=db)
    assert out.returncode == 0, out.stderr
    lines = out.stdout.splitlines()
    assert any(line.startswith("Backups    none yet") for line in lines), out.stdout
    assert all(len(line) <= 80 for line in lines if "Database" not in line), out.stdout


def test_doctor_names_notes_an_older_studycli_read(tmp_path):
    """After an upgrade, `ingest` reads again only the notes in the paths it is given: a
    folder ingested once kept the old reader's facts (its errors included) and nothing said
    so. doctor names such notes and how to read them again, inside 80 columns."""
    notes = tmp_path / "notes"
    notes.mkdir()
    for name in ("a.md", "b.md"):
        (notes / name).write_text("## SQS\n- max message size 256 KB\n", encoding="utf-8")
    db = tmp_path / "s.db"
    assert run_here("ingest", str(notes), db=db).returncode == 0
    healthy = run_here("doctor", db=db)
    assert healthy.returncode == 0 and "older studycli" not in healthy.stdout
    conn = sqlite3.connect(db)
    conn.execute("UPDATE sources SET reader = 'an older reader' WHERE path LIKE '%a.md'")
    conn.commit()
    conn.close()
    result = run_here("doctor", db=db)
    assert result.returncode == 0  # a note to act on, not damage
    said = [line for line in result.stdout.splitlines() if line.strip()]
    at = next(i for i, line in enumerate(said) if "older studycli" in line)
    assert "1 note read by an older studycli: a.md" in said[at] and "b.md" not in said[at]
    assert "`studycli ingest` their folder again" in said[at + 1]
    assert all(len(line) <= 80 for line in said[at:at + 3])
    assert run_here("ingest", str(notes), db=db).returncode == 0
    assert "older studycli" not in run_here("doctor", db=db).stdout
