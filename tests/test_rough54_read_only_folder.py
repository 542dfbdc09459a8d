"""A database in a folder that cannot be written (a read-only disk, a folder without write
permission): SQLite must create `NAME-shm` beside a WAL database even to read it, so every
command failed, and said the file was "damaged or not a database file" (issue 12: a
message that could make a student delete their own history). Reading commands now read it,
writing commands say why they cannot, and nothing in the folder changes.

The folder is made read-only for real: chmod for an ordinary user, `chattr +i` for root
(whom chmod does not stop); the tests skip where neither holds.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import os
import shutil
import sqlite3
import subprocess

import pytest

from studycli.store import unwritable_folder

from .helpers import note_db, run_here

NOTE = "# Amazon SQS\n\n- Default visibility timeout is 30 seconds\n- Max retention is 14 days\n"


def _listing(folder) -> dict[str, str]:
    return {p.name: hashlib.sha256(p.read_bytes()).hexdigest() for p in folder.iterdir()}


@contextlib.contextmanager
def _read_only(folder):
    """`folder` cannot be written while the block runs (really: SQLite is refused too)."""
    if os.geteuid() == 0:
        made = subprocess.run(["chattr", "+i", str(folder)], capture_output=True).returncode == 0
        undo = ["chattr", "-i", str(folder)]
    else:
        folder.chmod(0o555)
        made, undo = True, None
    try:
        probe = folder / ".probe"
        try:
            probe.write_text("x")
        except OSError:
            pass
        else:
            probe.unlink()
            made = False
        if not made:
            pytest.skip("cannot make a folder read-only here")
        yield
    finally:
        if undo:
            subprocess.run(undo, capture_output=True)
        else:
            folder.chmod(0o755)


@pytest.fixture
def db_in_folder(tmp_path):
    folder = tmp_path / "shelf"
    folder.mkdir()
    folder.chmod(0o755)  # no one else's to write, whatever the umask (see read_only_uri)
    db = note_db(folder, NOTE)
    (folder / "n.md").unlink()
    assert not (folder / "notes.db-wal").exists()  # closed cleanly: the main file holds all
    return db


def test_reading_commands_read_a_database_in_a_read_only_folder(db_in_folder):
    before = _listing(db_in_folder.parent)
    with _read_only(db_in_folder.parent):
        stats = run_here("stats", "--json", db=db_in_folder)
        assert stats.returncode == 0, stats.stderr
        assert json.loads(stats.stdout)["cards"] > 0
        lookup = run_here("lookup", "sqs visibility timeout default", db=db_in_folder)
        assert lookup.returncode == 0, lookup.stderr
        assert "30 s" in lookup.stdout, lookup.stdout
        doctor = run_here("doctor", db=db_in_folder)
        assert doctor.returncode == 0, doctor.stderr
        assert "needs repair" not in doctor.stderr
    assert _listing(db_in_folder.parent) == before


@pytest.mark.parametrize("command", [("ingest",), ("quiz",)])
def test_writing_commands_say_the_folder_is_read_only_not_that_the_file_is_damaged(
        db_in_folder, command):
    before = _listing(db_in_folder.parent)
    with _read_only(db_in_folder.parent):
        result = run_here(*command, db=db_in_folder, input="")
    assert result.returncode == 1
    assert "Traceback" not in result.stderr and result.stderr.count("\n") == 1, result.stderr
    err = result.stderr
    assert "read-only" in err and "folder" in err
    assert "damaged" not in err and "not a database" not in err
    assert "chmod u+w" not in err  # the file's own permission is not what stops it
    assert _listing(db_in_folder.parent) == before


def test_a_journal_left_beside_it_is_not_skipped_and_the_file_not_called_damaged(
        db_in_folder, tmp_path):
    """A `-wal` file holds changes the main file lacks: reading the main file alone would
    show an older database, so it is not read, and the message names the folder."""
    live = tmp_path / "live.db"
    shutil.copyfile(db_in_folder, live)
    holder = sqlite3.connect(live)
    holder.execute("PRAGMA journal_mode = WAL")
    holder.execute("PRAGMA wal_autocheckpoint = 0")
    holder.execute("UPDATE cards SET suspended = suspended")
    holder.commit()
    shutil.copyfile(live.with_name("live.db-wal"), db_in_folder.with_name("notes.db-wal"))
    holder.close()
    with _read_only(db_in_folder.parent):
        result = run_here("stats", db=db_in_folder)
    assert result.returncode == 1
    assert "Traceback" not in result.stderr and result.stderr.count("\n") == 1, result.stderr
    assert "not damaged" in result.stderr and "folder" in result.stderr
    assert unwritable_folder.read_only_uri(db_in_folder) == "?mode=ro"  # writable again


def test_a_read_only_disk_is_named_as_such(tmp_path, monkeypatch):
    """A read-only mount cannot be made in a test; statvfs's flag is what says it."""
    real = os.statvfs

    class Flags:
        def __init__(self, result):
            self.f_flag = result.f_flag | os.ST_RDONLY

    monkeypatch.setattr(os, "statvfs", lambda p: Flags(real(p)))
    db = tmp_path / "x.db"
    wal = sqlite3.connect(db)
    wal.execute("PRAGMA journal_mode = WAL")
    wal.execute("CREATE TABLE t (x)")
    wal.close()
    assert unwritable_folder.why_unwritable(db) == "it is on a read-only disk"
    assert "read-only disk" in unwritable_folder.refusal_to_write(db)
    assert unwritable_folder.read_only_uri(db) == "?mode=ro&immutable=1"
    said = unwritable_folder.cannot_open(db, "unable to open database file")
    assert said and "not damaged" in said
    assert unwritable_folder.cannot_open(db, "file is not a database") is None


def test_a_writable_folder_changes_nothing(tmp_path):
    db = tmp_path / "x.db"
    db.write_bytes(b"")
    assert unwritable_folder.why_unwritable(db) is None
    assert unwritable_folder.refusal_to_write(db) is None
    assert unwritable_folder.read_only_uri(db) == "?mode=ro"
    assert unwritable_folder.cannot_open(db, "unable to open database file") is None


@pytest.mark.parametrize("command", [("export", "csv"), ("export", "markdown"),
                                     ("progress", "export")])
def test_an_export_into_a_read_only_folder_names_the_file_asked_for(
        db_in_folder, tmp_path, command):
    """It named the hidden temporary file (".studycli-export-nakv_ehy: Operation not
    permitted"), a name the student never typed."""
    out = tmp_path / "out"
    out.mkdir()
    target = out / "deck.txt"
    with _read_only(out):
        result = run_here(*command, str(target), db=db_in_folder)
    assert result.returncode == 1
    assert "Traceback" not in result.stderr and result.stderr.count("\n") == 1, result.stderr
    assert str(target) in result.stderr and ".studycli-" not in result.stderr
    assert not list(out.iterdir())


def _hot_journal_beside(db) -> None:
    """Leave beside `db` (made a rollback-journal database) the `-journal` of a change that
    never committed, its pages already written into the file: a process killed mid-write."""
    conn = sqlite3.connect(db, isolation_level=None)
    conn.execute("PRAGMA journal_mode = DELETE")
    conn.execute("VACUUM")  # pages enough that a tiny cache must spill to the file
    conn.close()
    live = db.with_name("live.db")
    shutil.copyfile(db, live)
    writer = sqlite3.connect(live, isolation_level=None)
    writer.execute("PRAGMA cache_size = 1")
    writer.execute("BEGIN")
    writer.execute("DELETE FROM cards")
    shutil.copyfile(live, db)  # as the disk held them when the process died
    shutil.copyfile(live.with_name("live.db-journal"), db.with_name("notes.db-journal"))
    writer.execute("ROLLBACK")
    writer.close()
    for left in live.parent.glob("live.db*"):
        left.unlink()


def test_an_unfinished_change_in_a_rollback_journal_is_never_read_as_the_database(
        db_in_folder):
    """`immutable=1` reads the main file alone: beside a hot `-journal` that file holds a
    change that never committed (here: every card deleted). A database not in WAL mode needs
    no `-shm` to be read, so it is opened as it always was: SQLite sees the journal, and a
    command says it cannot read it rather than showing the unfinished change."""
    _hot_journal_beside(db_in_folder)
    assert unwritable_folder.read_only_uri(db_in_folder) == "?mode=ro"
    with _read_only(db_in_folder.parent):
        assert unwritable_folder.read_only_uri(db_in_folder) == "?mode=ro"
        stats = run_here("stats", "--json", db=db_in_folder)
    # (it read "cards": 0, the deletion that never committed, through immutable=1)
    assert stats.returncode == 1, stats.stdout
    err = stats.stderr
    assert "Traceback" not in err and err.count("\n") == 1, err
    assert "not damaged" in err and "notes.db-journal" in err and "damaged or" not in err, err


def test_a_folder_another_user_may_write_is_not_read_as_unchanging(db_in_folder, monkeypatch):
    """`immutable=1` trusts that nothing writes the file while it is read. A folder this
    user cannot write may still be its owner's to write (a classmate's shared folder, a
    service account's): that owner's quiz may change the file mid-read, so it is not opened
    so; the message still says the file is not damaged."""
    folder = str(db_in_folder.parent)
    real_access = os.access
    monkeypatch.setattr(os, "access", lambda p, mode, **kw: False if os.fspath(p) == folder
                        and mode == os.W_OK else real_access(p, mode, **kw))
    monkeypatch.setattr(os, "geteuid", lambda: os.stat(folder).st_uid + 1)  # not its owner
    os.chmod(folder, 0o755)
    assert unwritable_folder.why_unwritable(db_in_folder)
    assert unwritable_folder.read_only_uri(db_in_folder) == "?mode=ro"
    said = unwritable_folder.cannot_open(db_in_folder, "unable to open database file")
    assert said and "not damaged" in said
    refusal = unwritable_folder.refusal_to_write(db_in_folder) or ""
    assert "read-only" in refusal and "still work" not in refusal  # they may not
    os.chmod(folder, 0o555)  # no one's to write (but the superuser's)
    try:
        assert unwritable_folder.read_only_uri(db_in_folder) == "?mode=ro&immutable=1"
    finally:
        os.chmod(folder, 0o755)


def test_a_link_to_a_database_in_a_read_only_folder_is_judged_by_the_real_folder(
        db_in_folder, tmp_path):
    """`--db ~/notes.db`, a link to the file on a read-only stick: SQLite makes its journal
    files beside the file the link points to, so that folder is the one that counts."""
    link = tmp_path / "link.db"
    link.symlink_to(db_in_folder)
    with _read_only(db_in_folder.parent):
        assert unwritable_folder.why_unwritable(link)
        stats = run_here("stats", "--json", db=link)
        assert stats.returncode == 0, stats.stderr
        assert json.loads(stats.stdout)["cards"] > 0
        quiz = run_here("quiz", db=link, input="")
    assert quiz.returncode == 1
    assert "read-only" in quiz.stderr and "damaged" not in quiz.stderr, quiz.stderr


def test_a_file_it_may_not_read_is_not_blamed_on_the_folder(db_in_folder, monkeypatch):
    """"unable to open database file" is also SQLite's word for a file this user may not
    read: the folder's message would send the student to the wrong fix."""
    real_access = os.access
    monkeypatch.setattr(os, "access", lambda p, mode, **kw: False if mode in (os.W_OK, os.R_OK)
                        else real_access(p, mode, **kw))
    assert unwritable_folder.cannot_open(db_in_folder, "unable to open database file") is None
