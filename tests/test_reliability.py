"""Reliability: hostile notes, other programs' databases, damaged files and bad arguments.

The cases drive the real CLI on a tmp database, each command in a real process or through
the console script's own entry in this process (helpers.run_here), and check the three
promises: no escape byte from a note reaches the output, nothing that is not ours is
changed, and a failure is one line on stderr (never a traceback).
"""

from __future__ import annotations

import hashlib
import json
import os
import re
import shutil
import sqlite3

import pytest

from studycli.store.db import connect
from studycli.store.identity import APPLICATION_ID

from .helpers import child_pids, note_db, proc_stat, run_cli, run_here

NOTE = """# Amazon SQS

- Max message size is 256 KB
- Default visibility timeout is 30 seconds
- Messages are kept for 4 days by default
"""
# Clear screen, window title, OSC 8 link, OSC 52 clipboard write, 8-bit CSI, bidi override.
EVIL = ("\x1b[2J\x1b]0;pwned\x07\x1b]8;;http://x.example\x1b\\link\x1b]8;;\x1b\\"
        "\x1b]52;c;ZXZpbA==\x07\x9b31m\u202eevil")
SGR = re.compile(r"\x1b\[[0-9;]*m")  # Rich's own colours: the only escapes allowed out
UNSAFE = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]")


def one_line_error(result) -> str:
    assert "Traceback" not in result.stderr, result.stderr
    assert result.stderr.count("\n") == 1, result.stderr
    return result.stderr


def sha(path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


@pytest.fixture
def notes(tmp_path):
    folder = tmp_path / "notes"
    folder.mkdir()
    (folder / "sqs.md").write_text(NOTE)
    return folder


# --- escape sequences from notes and file names ------------------------------------------

@pytest.fixture(scope="module")
def _evil_db_once(tmp_path_factory):
    """Notes and a file name full of escape sequences, ingested once per test process (the
    ingest's own output is checked here); each test reads a copy."""
    folder = tmp_path_factory.mktemp("evil")
    notes = folder / "notes"
    notes.mkdir()
    (notes / "sqs.md").write_text(NOTE)
    (notes / f"evil{EVIL[:12]}.md").write_text(
        f"# Amazon SQS\n\n- Max message size is 256 KB {EVIL}\n"
        f"- Max message size is 1 MB {EVIL}\n- Lambda timeout is 900 seconds {EVIL}\n")
    db = folder / "evil.db"
    result = run_cli("ingest", str(notes), db=db, env={
        "FORCE_COLOR": "1", "COLUMNS": "80", "STUDYCLI_CACHE": str(folder / "cache")})
    assert result.returncode == 0, result.stderr
    assert not UNSAFE.search(SGR.sub("", result.stdout + result.stderr))
    conn = sqlite3.connect(db)
    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    conn.close()
    return db


@pytest.fixture
def evil_db(_evil_db_once, tmp_path):
    db = tmp_path / "evil.db"
    shutil.copyfile(_evil_db_once, db)
    return db


@pytest.mark.parametrize("args", [["facts"], ["conflicts"], ["facts", "--service", "sqs"],
                                  ["stats"], ["cards"], ["compare", "sqs", "lambda"],
                                  ["lookup", "sqs max message size"]])
def test_no_escape_from_a_note_reaches_the_terminal(evil_db, args):
    run = run_cli if args in (["facts"], ["cards"]) else run_here  # real processes for two
    result = run(*args, db=evil_db, env={"FORCE_COLOR": "1", "COLUMNS": "80"})
    out = SGR.sub("", result.stdout + result.stderr)
    assert not UNSAFE.search(out), repr(UNSAFE.search(out))
    assert "Traceback" not in result.stderr


def test_json_keeps_the_note_text_but_prints_no_raw_control(evil_db):
    result = run_cli("facts", "--json", db=evil_db)
    assert not UNSAFE.search(result.stdout.replace("\n", ""))
    snippets = [f["snippet"] for f in json.loads(result.stdout)]
    assert any(EVIL in s for s in snippets)  # the data is unchanged, only written safely


def test_the_sanitizer_leaves_ordinary_text_alone():
    from studycli.sanitize import safe_text

    text = "Lambda: 15 min → 900 s\tok\n· «SQS» 256 KB ✓ 日本語 العربية"
    assert safe_text(text) == text
    # sequences and bidi controls go whole; a lone control character is a word break
    assert safe_text("a\x1b[31mb\x1b]0;t\x07c\u202ed\x00e") == "abcd e"


# --- other programs' databases are refused untouched -------------------------------------

@pytest.mark.parametrize("setup", [
    "CREATE TABLE notes (x); PRAGMA user_version = 3;",
    "CREATE TABLE facts (x);",
    "PRAGMA application_id = 42; CREATE TABLE things (x);",
])
@pytest.mark.cold_cache  # "untouched": not even a cache folder beside it
@pytest.mark.parametrize("command", [["stats"], ["ingest"], ["quiz"], ["lookup", "sqs"]])
def test_another_programs_database_is_refused_untouched(tmp_path, setup, command):
    db = tmp_path / "other.db"
    conn = sqlite3.connect(db)
    conn.executescript(setup)
    conn.close()
    before, files = sha(db), sorted(p.name for p in tmp_path.iterdir())
    run = run_cli if command == ["stats"] else run_here  # one real process per database
    result = run(*command, db=db)
    assert result.returncode == 1
    assert "another program" in one_line_error(result)
    assert sha(db) == before and sorted(p.name for p in tmp_path.iterdir()) == files


def _wal_database(folder, pending: bool, sides=("", "-wal", "-shm")):
    """Another program's database in WAL mode; with `pending`, its last write is still in
    the -wal file (the program is running, or crashed), as a copy taken while it was open
    (of the files in `sides`)."""
    live = folder / "live.db"
    conn = sqlite3.connect(live)
    conn.execute("PRAGMA journal_mode = WAL")
    conn.execute("PRAGMA wal_autocheckpoint = 0")
    conn.execute("CREATE TABLE facts (id)")
    conn.execute("INSERT INTO facts VALUES (1)")
    conn.commit()
    db = folder / "other.db"
    if not pending:  # closed: its WAL is checkpointed into the file and removed
        conn.close()
    for side in sides if pending else ("",):
        shutil.copyfile(f"{live}{side}", f"{db}{side}")
    conn.close()
    for side in ("", "-wal", "-shm"):
        (folder / f"live.db{side}").unlink(missing_ok=True)
    return db


@pytest.mark.parametrize("pending,sides", [(True, ("", "-wal", "-shm")), (False, ("",)),
                                           (True, ("", "-wal"))])
def test_another_programs_wal_database_is_refused_untouched(tmp_path, pending, sides):
    """Opening it read-write would checkpoint its WAL into it on close; opening it read-only
    would leave -wal and -shm files beside it (the -shm index is shared memory any reader
    may rebuild, so only the database and its WAL are compared; a copy with a WAL but no
    -shm had one left beside it)."""
    db = _wal_database(tmp_path, pending, sides)
    wal = tmp_path / "other.db-wal"
    before = (sha(db), wal.exists() and sha(wal))
    files = sorted(p.name for p in tmp_path.iterdir())
    for command in (["ingest"], ["lookup", "sqs"], ["stats"], ["doctor"]):
        result = run_here(*command, db=db)
        assert result.returncode == 1 and "another program" in result.stdout + result.stderr
        assert (sha(db), wal.exists() and sha(wal)) == before, command
        assert sorted(p.name for p in tmp_path.iterdir()) == files, command


def test_a_database_from_before_the_mark_is_adopted(tmp_path, notes):
    db = tmp_path / "old.db"
    assert run_here("ingest", str(notes), db=db).returncode == 0
    conn = sqlite3.connect(db)
    conn.execute("PRAGMA application_id = 0")
    conn.commit()
    conn.close()
    assert run_here("stats", db=db).returncode == 0  # read-only: adopted as it is
    assert run_cli("ingest", str(notes), db=db).returncode == 0
    assert sqlite3.connect(db).execute("PRAGMA application_id").fetchone()[0] == APPLICATION_ID


def test_a_new_database_carries_our_mark(tmp_path, notes):
    db = tmp_path / "new.db"  # in-process; a real process's new database: _studied_db_once
    assert run_here("ingest", str(notes), db=db).returncode == 0
    assert sqlite3.connect(db).execute("PRAGMA application_id").fetchone()[0] == APPLICATION_ID


# --- damaged and odd database files ------------------------------------------------------

@pytest.fixture(scope="module")
def _studied_db_once(tmp_path_factory):
    """The notes ingested and two cards reviewed, by the real CLI in real processes, once per
    test process (the ingest and quiz are checked here); each test gets a copy."""
    folder = tmp_path_factory.mktemp("studied")
    notes = folder / "notes"
    notes.mkdir()
    (notes / "sqs.md").write_text(NOTE)
    db = folder / "s.db"
    assert run_cli("ingest", str(notes), db=db).returncode == 0
    result = run_cli("quiz", "--limit", "2", db=db, input="space\n3\nspace\n3\nq\n")
    assert result.returncode == 0, result.stderr
    conn = sqlite3.connect(db)
    assert conn.execute("SELECT count(*) FROM reviews").fetchone()[0] == 2
    assert conn.execute("PRAGMA application_id").fetchone()[0] == APPLICATION_ID
    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    conn.close()
    assert sorted(p.name for p in folder.iterdir()) == ["notes", "s.db"]  # nothing left aside
    return db


@pytest.fixture
def studied_db(_studied_db_once, tmp_path, notes):
    """A database with facts, cards and two reviews of `notes` (a copy for this test alone)."""
    db = tmp_path / "s.db"
    shutil.copyfile(_studied_db_once, db)
    return db


def _damage_facts(db):
    """Zero one page of the facts table: the header stays readable, the data does not."""
    conn = sqlite3.connect(db)
    page = conn.execute("SELECT rootpage FROM sqlite_master WHERE name = 'facts'").fetchone()[0]
    size = conn.execute("PRAGMA page_size").fetchone()[0]
    conn.execute("PRAGMA journal_mode = DELETE")
    conn.close()
    data = bytearray(db.read_bytes())
    data[(page - 1) * size:page * size] = bytes(size)
    db.write_bytes(bytes(data))


def test_a_damaged_database_is_not_written_and_doctor_rebuilds_it(studied_db, notes):
    _damage_facts(studied_db)
    before = sha(studied_db)
    for args, run in ((["quiz", "--limit", "1"], run_cli), (["ingest", str(notes)], run_here)):
        result = run(*args, db=studied_db, input="q\n")
        assert result.returncode == 1
        err = one_line_error(result)
        assert "damaged" in err and "doctor" in err and "not a studycli" not in err
    assert sha(studied_db) == before
    assert run_here("doctor", db=studied_db).returncode == 1
    result = run_cli("doctor", "--rebuild", str(notes), db=studied_db)
    assert result.returncode == 0, result.stderr
    conn = sqlite3.connect(studied_db)
    assert conn.execute("SELECT count(*) FROM reviews").fetchone()[0] == 2
    assert conn.execute("SELECT count(*) FROM facts").fetchone()[0] > 0
    assert run_here("doctor", db=studied_db).returncode == 0
    assert list(studied_db.parent.glob("s.db.before-rebuild-*"))  # the old file is kept


def test_flipped_bytes_give_one_line(studied_db):
    data = bytearray(studied_db.read_bytes())
    for i in range(4096, len(data), 97):
        data[i] ^= 0x5A
    studied_db.write_bytes(bytes(data))
    for args in (["stats"], ["facts"], ["quiz"], ["lookup", "sqs"], ["conflicts"]):
        run = run_cli if args == ["stats"] else run_here  # one real process is enough
        result = run(*args, db=studied_db, input="q\n")
        assert result.returncode == 1, (args, result.stdout)
        assert "not a studycli" not in one_line_error(result)


def test_backups_are_kept_and_restored(studied_db, notes):
    (notes / "sqs.md").write_text(NOTE.replace("256 KB", "1 MB"))
    assert run_here("ingest", str(notes), db=studied_db).returncode == 0
    backups = list((studied_db.parent / "s.db.backups").glob("*before-ingest.db"))
    assert len(backups) == 1
    result = run_cli("doctor", "--restore", db=studied_db)
    assert result.returncode == 0, result.stderr
    values = {r[0] for r in sqlite3.connect(studied_db).execute("SELECT value FROM facts")}
    assert "256 KB" in values and "1 MB" not in values


def test_backups_keep_the_last_few(tmp_path, notes):
    from studycli.store.backup import KEEP, backup, list_backups

    store = connect(tmp_path / "b.db")
    for _ in range(KEEP + 2):
        backup(store, "test")
    assert len(list_backups(store.path)) == KEEP


@pytest.mark.parametrize("db", ["/dev/null", " "])
def test_odd_database_paths_are_one_line(tmp_path, db):
    result = run_cli("stats", env={"STUDYCLI_DB": db})
    assert result.returncode == 1
    one_line_error(result)
    result = run_here("stats", "--db", db)
    assert result.returncode == 1


def test_a_missing_folder_in_the_database_path_is_a_typo_not_a_wish(tmp_path):
    """`--db /nonexistent/dir/x.db` once created the folders and a fresh database in them,
    hiding the typo; only the default database's folder is ours to create."""
    typo = tmp_path / "no-such-dir" / "x.db"
    for command in (("stats",), ("lookup", "lambda timeout"), ("quiz",)):
        result = run_here(*command, "--db", str(typo))
        assert result.returncode == 1
        assert "no such folder" in result.stderr and str(typo.parent) in result.stderr
    assert not typo.parent.exists()
    result = run_cli("stats", env={"STUDYCLI_DB": str(typo)})
    assert result.returncode == 1
    one_line_error(result)
    assert not typo.parent.exists()


def test_a_read_only_database_reads_and_refuses_to_write(studied_db, monkeypatch, capsys):
    """(The suite runs as root, where chmod cannot make a file read-only: os.access answers.)"""
    import os

    from studycli.cli import run

    real_access = os.access
    monkeypatch.setattr(os, "access", lambda path, mode, **kw: (
        False if mode == os.W_OK and str(path) == str(studied_db) else real_access(path, mode)))
    assert run(["stats", "--db", str(studied_db), "--json"]) == 0
    assert json.loads(capsys.readouterr().out)["reviews_total"] == 2
    assert run(["ingest", "--db", str(studied_db)]) == 1
    err = capsys.readouterr().err
    assert "read-only" in err and "reading commands" in err and "not a studycli" not in err


# --- bad arguments -----------------------------------------------------------------------

@pytest.mark.parametrize("args", [["quiz", "--new", "99999999999999999999"],
                                  ["quiz", "--limit", "99999999999999999999"],
                                  ["facts", "--kind", "bogus"]])
def test_bad_arguments_are_usage_errors(args):
    run = run_cli if args[0] == "quiz" and args[1] == "--new" else run_here
    result = run(*args)
    assert result.returncode == 2 and "Traceback" not in result.stderr


def test_facts_kind_lists_the_kinds():
    assert "error_code" in run_here("facts", "--kind", "bogus").stderr


def test_an_empty_path_does_not_ingest_the_current_folder(tmp_path):
    result = run_here("ingest", "", db=tmp_path / "e.db")
    assert result.returncode == 1 and "empty path" in one_line_error(result)


# --- reading notes -----------------------------------------------------------------------

def test_symlinks_out_of_the_folder_are_not_followed(tmp_path, notes):
    secret = tmp_path / "secret.txt"
    secret.write_text("- SQS secret limit is 77 KB\n")
    (notes / "link.md").symlink_to(secret)
    (notes / "loop").symlink_to(notes)  # a folder linking to itself must not hang
    db = tmp_path / "l.db"
    result = run_cli("ingest", str(notes), "--json", db=db)  # a process: its time limit
    assert result.returncode == 0
    assert any("--follow-links" in w for w in json.loads(result.stdout)["warnings"])
    assert "77 KB" not in run_here("facts", "--json", db=db).stdout
    result = run_here("ingest", str(notes), "--follow-links", db=db)
    assert result.returncode == 0, result.stderr
    assert "77 KB" in run_here("facts", "--json", db=db).stdout


@pytest.mark.parametrize("codec", ["utf-16", "utf-32", "utf-16-be", "utf-32-le"])
def test_notes_with_a_unicode_mark_are_read(tmp_path, codec):
    from studycli.ingest import read_note

    bom = {"utf-16-be": b"\xfe\xff", "utf-32-le": b"\xff\xfe\x00\x00"}.get(codec, b"")
    note = tmp_path / "n.md"
    note.write_bytes(bom + NOTE.encode(codec))
    warnings: list = []
    assert read_note(note, "n.md", warnings) == NOTE and not warnings


def test_an_unreadable_note_or_folder_is_warned_about_and_the_rest_goes_on(
        tmp_path, notes, monkeypatch):
    import os
    from pathlib import Path

    from studycli.ingest import ingest_paths

    (notes / "bad.md").write_text(NOTE)
    (notes / "locked").mkdir()
    (notes / "locked" / "x.md").write_text(NOTE)
    real_read, real_scandir = Path.read_bytes, os.scandir

    def read_bytes(self):
        if self.name == "bad.md":
            raise PermissionError(13, "Permission denied", str(self))
        return real_read(self)

    def scandir(path="."):
        if Path(path).name == "locked":
            raise PermissionError(13, "Permission denied", str(path))
        return real_scandir(path)

    monkeypatch.setattr(Path, "read_bytes", read_bytes)
    monkeypatch.setattr(os, "scandir", scandir)
    report = ingest_paths(connect(tmp_path / "u.db"), [notes / "bad.md", notes])
    assert report.ingested == 1 and report.facts > 0
    assert any("bad.md" in w and "cannot read" in w for w in report.warnings)
    assert any("locked" in w and "folder skipped" in w for w in report.warnings)


# --- processes ---------------------------------------------------------------------------

@pytest.mark.skipif(not __import__("os").path.isdir("/proc"), reason="needs /proc")
def test_ingest_workers_die_with_their_parent(tmp_path):
    import os
    import signal
    import subprocess
    import sys
    import time

    from .helpers import REPO

    notes = tmp_path / "many"
    notes.mkdir()
    for i in range(24):  # enough notes for the process pool, each slow enough to catch it
        (notes / f"n{i}.md").write_text(NOTE * 400)
    proc = subprocess.Popen([sys.executable, "-m", "studycli", "ingest", str(notes), "--db",
                             str(tmp_path / "k.db")], cwd=REPO, stdout=subprocess.DEVNULL,
                            stderr=subprocess.DEVNULL)
    deadline = time.monotonic() + 30
    workers: list[int] = []
    while time.monotonic() < deadline and len(workers) < 2:
        workers = child_pids(proc.pid)
        time.sleep(0.05)
    assert workers, "the ingest never started its workers"
    os.kill(proc.pid, signal.SIGKILL)
    proc.wait()
    deadline = time.monotonic() + 5
    alive = workers
    while alive and time.monotonic() < deadline:
        alive = [w for w in workers if (proc_stat(w) or ["Z"])[0] != "Z"]
        time.sleep(0.1)
    assert not alive


# --- everyday rough edges ----------------------------------------------------------------

def test_version_and_short_help_everywhere(capsys):
    """The console script's own entry (studycli.entry.main, fast paths included) in-process for
    the -h of every command; one real process for --version."""
    from studycli.entry import main
    from studycli.version import version

    assert run_cli("--version").stdout.strip() == f"studycli {version()}"
    for command in ("ingest", "facts", "conflicts", "stats", "cards", "quiz", "lookup",
                    "compare", "exam", "doctor"):
        try:
            code = main([command, "-h"])
        except SystemExit as exit_:
            code = exit_.code
        out = capsys.readouterr().out
        assert code in (0, None) and "usage" in out.lower(), command


def test_conflicts_wrap_under_their_indent_at_80_columns(tmp_path):
    folder = tmp_path / "c"
    folder.mkdir()
    tail = " because the course said so and I wrote it down word for word in class" * 2
    (folder / "a.md").write_text(f"# AWS Lambda\n- Lambda timeout is 900 seconds{tail}\n")
    (folder / "b.md").write_text(f"# AWS Lambda\n- Lambda timeout is 300 seconds{tail}\n")
    db = tmp_path / "c.db"
    assert run_here("ingest", str(folder), db=db).returncode == 0
    out = run_cli("conflicts", db=db, env={"COLUMNS": "80"}).stdout
    lines = out.splitlines()
    assert len(lines) > 3 and all(len(line) <= 80 for line in lines)
    assert all(line.startswith("  ") for line in lines[1:] if line.strip()), out


def test_an_everyday_word_service_is_shown_by_its_full_name(tmp_path):
    from studycli.model import Fact
    from studycli.ui.facts_table import render_facts

    fact = Fact("Config", "", "rules per account", "limit", "max", "150", 150, "count",
                source="n.md", line=1, snippet="- AWS Config rules: 150 per account")
    table = next(render_facts([fact], 100))
    assert table.columns[0]._cells[0].plain == "AWS Config"  # noqa: SLF001


def test_stats_does_not_say_no_reviews_after_reviews():
    from studycli.ui.stats_view import _retention

    assert "no reviews yet" not in _retention(None, 10)
    assert _retention(None, 0) == "– (no reviews yet)" and _retention(0.9, 10) == "90%"


@pytest.mark.cold_cache  # not even a cache folder beside it
def test_doctor_never_touches_another_programs_database(tmp_path):
    db = tmp_path / "other.db"
    conn = sqlite3.connect(db)
    conn.execute("CREATE TABLE mine (x)")
    conn.close()
    before = sha(db)
    for args in (["doctor"], ["doctor", "--rebuild"], ["doctor", "--restore"]):
        run = run_cli if args == ["doctor"] else run_here  # one real process is enough
        result = run(*args, db=db)
        assert result.returncode == 1 and "another program" in one_line_error(result)
    assert sha(db) == before and sorted(p.name for p in tmp_path.iterdir()) == ["other.db"]


def test_sqlite_messages_quoting_damaged_bytes_print_no_control():
    from studycli.store.identity import explain, unreadable

    exc = sqlite3.DatabaseError(
        'malformed database schema (cards) - unrecognized token: "\x1b]0;x\x07"')
    for message in (unreadable("s.db", exc), explain(exc, "s.db")):
        assert not UNSAFE.search(message) and "malformed" in message


def test_an_older_schema_is_backed_up_then_migrated_even_by_a_reading_command(tmp_path, notes):
    from studycli.store.migrations import MIGRATIONS

    db = tmp_path / "old.db"
    assert run_here("ingest", str(notes), db=db).returncode == 0
    last = MIGRATIONS[-1][0]
    conn = sqlite3.connect(db)
    conn.execute("DELETE FROM _migrations WHERE name = ?", [last])
    conn.execute(f"PRAGMA user_version = {len(MIGRATIONS) - 1}")
    conn.commit()
    conn.close()
    assert run_cli("stats", "--json", db=db).returncode == 0
    conn = sqlite3.connect(db)
    assert conn.execute("PRAGMA user_version").fetchone()[0] == len(MIGRATIONS)
    assert conn.execute("SELECT 1 FROM _migrations WHERE name = ?", [last]).fetchone()
    assert list((tmp_path / "old.db.backups").glob("*before-migration.db"))


def test_a_file_the_system_will_not_let_us_change_is_one_line_and_leaves_nothing(
        studied_db, notes, monkeypatch):
    """`doctor --rebuild` on a database the system refuses to rename (chattr +i, a read-only
    mount; the suite runs as root, so rename is made to refuse): a PermissionError traceback,
    and the half-built `.rebuilding` file was left beside it."""
    import os
    from pathlib import Path

    real_rename = Path.rename

    def rename(self, target):
        if Path(self).name == studied_db.name:
            raise PermissionError(1, "Operation not permitted", str(self), None, str(target))
        return real_rename(self, target)

    monkeypatch.setattr(Path, "rename", rename)
    before = sha(studied_db)
    result = run_here("doctor", "--rebuild", str(notes), db=studied_db)
    assert result.returncode == 1
    err = one_line_error(result)
    assert "Operation not permitted" in err and studied_db.name in err
    assert sha(studied_db) == before
    assert not [p for p in os.listdir(studied_db.parent) if "rebuilding" in p]


def test_ctrl_c_in_a_typer_command_is_said_and_exits_1(shipped_copy, monkeypatch):
    """typer turns Ctrl-C into a silent exit 130: the compare drill ended with no word on
    whether the answers given were kept (the quiz says it; every command should)."""
    import studycli.app.drill as drill

    def interrupted(*args, **kwargs):
        raise KeyboardInterrupt

    monkeypatch.setattr(drill, "run_drill", interrupted)
    result = run_here("compare", "sqs", "kinesis", "--drill", db=shipped_copy, input="1\n")
    assert result.returncode == 1, (result.returncode, result.stderr)
    assert "interrupted" in one_line_error(result)


def test_ctrl_c_in_a_typer_command_says_what_that_command_kept(notes, tmp_path, monkeypatch):
    """Every typer command's Ctrl-C said "everything answered so far is saved", also an
    ingest's (which keeps its finished notes) and an import's (which keeps nothing)."""
    import studycli.commands as commands
    import studycli.progress as progress

    def interrupted(*args, **kwargs):
        raise KeyboardInterrupt

    monkeypatch.setattr(commands, "run_ingest", interrupted)
    result = run_here("ingest", str(notes), db=tmp_path / "a.db")
    assert result.returncode == 1
    assert "run the same ingest again" in one_line_error(result)
    monkeypatch.setattr(progress, "import_progress", interrupted)
    (tmp_path / "p.json").write_text("{}")
    result = run_here("progress", "import", str(tmp_path / "p.json"), db=tmp_path / "a.db")
    assert result.returncode == 1
    err = one_line_error(result)
    assert "nothing was changed" in err and "answered" not in err


def test_interrupted_message_names_the_group_subcommand_first():
    from studycli.interrupts import interrupted_message

    assert "all or nothing" in interrupted_message(["progress", "import", "p.json"])
    assert "whole or not at all" in interrupted_message(["progress", "export", "p.json"])
    assert "whole or not at all" in interrupted_message(["export", "anki", "--db", "x.db"])
    assert "ingest again" in interrupted_message(["ingest", "--json", "notes"])
    assert interrupted_message(["readiness"]) == "interrupted"
    assert interrupted_message([]) == "interrupted"


def test_ctrl_c_in_an_exam_says_what_was_kept_on_both_paths(shipped_copy, monkeypatch, capsys):
    """typer dropped the exam's own message (a KeyboardInterrupt's) on the way out: a student
    whose exam typer ran (not the fast path) was told nothing of what was saved."""
    import studycli.app.exam as exam
    import studycli.cli as cli

    def interrupted(*args, **kwargs):
        raise exam.Interrupted(exam.INTERRUPTED_BLANK)

    monkeypatch.setattr(exam, "take_exam", interrupted)
    result = run_here("exam", "--questions", "3", db=shipped_copy)
    assert result.returncode == 1  # the draw's notes first, then the one line
    assert result.stderr.endswith("studycli: interrupted; nothing was answered, so no attempt "
                                  "is saved\n"), result.stderr
    assert cli.run(["exam", "--questions", "3", "--db", str(shipped_copy)]) == 1
    assert capsys.readouterr().err.endswith("nothing was answered, so no attempt is saved\n")


def test_search_shows_a_note_line_as_every_other_command_does(evil_db):
    """Search's lines were stored with each escape byte made a space, so `search` showed the
    sequences' debris ("[2J ]0;pwned ]52;c;ZXZpbA==") and found their payloads as words."""
    result = run_here("search", "max", "message", "size", "--json", db=evil_db)
    lines = [hit["text"] for hit in json.loads(result.stdout)]
    assert any("1 MB" in line for line in lines)
    assert not any("]52;" in line or "[2J" in line or "pwned" in line for line in lines)
    assert run_here("search", "ZXZpbA", db=evil_db).returncode == 1  # not a word of the note


def test_lookup_at_80_columns_never_wraps_back_to_column_0_nor_splits_a_file_name():
    """A conflict's sides and "Other matches" lines were printed whole (117 columns with two
    long note names): the terminal wrapped them to column 0, mid-file-name."""
    from studycli.ui.lookup_plain import _folded

    names = ["a-very-long-note-file-name-about-serverless-lambda-limits-and-quotas.md:2",
             "another-quite-long-file-name-for-older-lambda-notes-from-the-course.md:2"]
    lines = [f"  900 s           outdated per the AWS docs  {names[0]}",
             f"    300 s           {names[1]}", "  30 s  —  SQS  sqs.md:4"]
    out = _folded(lines, 80).splitlines()
    assert all(len(line) <= 80 for line in out)
    assert all(line.startswith("  ") for line in out)  # under their entry, never column 0
    assert sum(name in line for line in out for name in names) == 2  # each name whole
    assert out[-1] == lines[-1]
    colored = _folded([f"  \x1b[2m{' '.join(['word'] * 30)}\x1b[0m"], 80).splitlines()
    assert len(colored) == 2 and all(len(SGR.sub("", line)) <= 80 for line in colored)


def test_lookup_piped_keeps_each_match_on_one_line(tmp_path):
    """Off a terminal, lookup folded its lines at 100 columns as if a terminal would wrap
    them: `studycli lookup ... | grep` found a match's value on one line and its file:line
    on the next. On a terminal (fold=True) the same lines are folded to its width."""
    from studycli.lookup import lookup
    from studycli.ui.lookup_plain import render

    name = "a-very-long-note-file-name-about-serverless-lambda-limits-and-quotas-for-exam.md"
    db = note_db(tmp_path, "# Lambda\n\n- timeout max 900 s\n- memory max 10240 MB\n"
                 "- ephemeral storage max 10240 MB\n", name=name)
    out = run_here("lookup", "lambda max", db=db).stdout.splitlines()
    matches = out[out.index("Other matches:") + 1:]
    assert matches and all(f"{name}:" in line and ("10,240" in line or "10240" in line)
                           for line in matches), out
    assert max(map(len, out)) > 100  # not folded: a pipe has no width
    conn = sqlite3.connect(db)
    try:
        folded = render(lookup(conn, "lambda max"), width=80).splitlines()
    finally:
        conn.close()
    # folded to 80, a file name longer than that alone on its line (never split)
    assert all(len(line) <= 80 or line.strip().startswith(name) for line in folded), folded
    assert any(line.strip().startswith(name) for line in folded[5:]), folded


def test_exam_export_to_a_folder_says_so_rather_than_offering_force(tmp_path):
    """`exam --export /tmp` said "already exists; add --force", and with --force "not a
    regular file": a folder is never replaced, so say that first, as `export` does."""
    for extra in ([], ["--force"]):
        result = run_here("exam", "--export", str(tmp_path), *extra, db=tmp_path / "x.db")
        assert result.returncode == 1
        err = one_line_error(result)
        assert "is a directory" in err and "--force" not in err


# --- output that cannot be written --------------------------------------------------------

@pytest.mark.skipif(not os.path.exists("/dev/full"), reason="needs /dev/full (Linux)")
@pytest.mark.parametrize("json_out", [False, True])
def test_lookup_to_a_full_disk_is_one_line(tmp_path, json_out):
    """`studycli lookup ... > /dev/full`: one line saying the output could not be written and
    exit 1, as every other command says it; it was a traceback (OSError from the fast path's
    write, which caught only a reader leaving the pipe)."""
    import subprocess
    import sys

    from .helpers import REPO

    db = note_db(tmp_path, "## SQS\n\n- max message size 256 KB\n")
    args = ["lookup", "sqs max message size", "--db", str(db)] + (["--json"] if json_out else [])
    with open("/dev/full", "w") as full:
        done = subprocess.run([sys.executable, "-m", "studycli", *args], stdout=full,
                              stderr=subprocess.PIPE, text=True, cwd=REPO, timeout=60,
                              env={**os.environ, "PYTHONPATH": str(REPO)})
    assert done.returncode == 1
    assert "Traceback" not in done.stderr
    assert done.stderr.count("\n") == 1 and "No space left on device" in done.stderr, done.stderr


@pytest.mark.parametrize("command", [["lookup", "sqs max message size"], ["facts"], ["stats"]])
def test_a_closed_standard_output_is_no_traceback(tmp_path, command):
    """`studycli facts >&-`: Python makes a closed stdout None, and every write was an
    AttributeError traceback (found by a reviewer, session 37). The command runs as with
    `> /dev/null`, with its own exit code."""
    import subprocess
    import sys

    from .helpers import REPO

    db = note_db(tmp_path, "## SQS\n\n- max message size 256 KB\n")
    done = subprocess.run([sys.executable, "-m", "studycli", *command, "--db", str(db)],
                          stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True,
                          cwd=REPO, timeout=60, env={**os.environ, "PYTHONPATH": str(REPO)},
                          preexec_fn=lambda: os.close(1))
    assert "Traceback" not in done.stderr, done.stderr
    assert done.returncode == 0, done.stderr
