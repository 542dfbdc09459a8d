"""Is this file a studycli database? Answered by reading only, before anything is written.

Our databases carry `PRAGMA application_id = APPLICATION_ID` from creation. One made before
that mark existed is recognised by our `_migrations` table (with our first migration in it)
and adopted: stamped on its next writable open. Anything else with tables in it belongs to
another program and is refused untouched. A file SQLite cannot read at all may be damaged
rather than foreign, so that message says both and how to recover, never only "not ours".
"""

from __future__ import annotations

import _sqlite3 as sqlite3  # sqlite3 less its datetime import: store/__init__.py
import os

from studycli.errors import DatabaseError
from studycli.store.migrations import known_version

TYPE_CHECKING = False
if TYPE_CHECKING:  # the lookup fast path runs without pathlib
    from pathlib import Path

APPLICATION_ID = 0x53545544  # "STUD"


class ForeignDatabase(DatabaseError):
    """Another program's database: refused, and never repaired, moved or rebuilt."""
FIRST_MIGRATION = "m001_initial"


def identify(conn: sqlite3.Connection, path: Path) -> int:
    """The schema version of our database at `path` (0: new and empty), or a DatabaseError."""
    try:
        app_id = conn.execute("PRAGMA application_id").fetchone()[0]
        version = conn.execute("PRAGMA user_version").fetchone()[0]
    except sqlite3.OperationalError as exc:
        if "locked" in str(exc) or "busy" in str(exc):
            raise DatabaseError(f"{path} is busy ({exc}); try again in a moment") from None
        raise DatabaseError(unreadable(path, exc)) from None
    except (sqlite3.DatabaseError, UnicodeDecodeError) as exc:
        raise DatabaseError(unreadable(path, exc)) from None
    try:
        tables = table_names(conn)
        legacy = app_id == 0 and "_migrations" in tables and conn.execute(
            "SELECT 1 FROM _migrations WHERE name = ?", [FIRST_MIGRATION]).fetchone() is not None
    except (sqlite3.DatabaseError, UnicodeDecodeError) as exc:
        # Our mark is readable: the file is ours and damaged, not another program's.
        why = damaged(path, _detail(exc)) if app_id == APPLICATION_ID else unreadable(path, exc)
        raise DatabaseError(why) from None
    _refuse_foreign(path, app_id, tables, legacy)
    if version > known_version():
        raise DatabaseError(
            f"{path} was written by a newer studycli (schema {version}, this one knows "
            f"{known_version()}); upgrade studycli or pass another --db")
    return version


def _refuse_foreign(path, app_id: int, tables: set[str], legacy: bool) -> None:
    if app_id not in (0, APPLICATION_ID):
        raise ForeignDatabase(
            f"{path} belongs to another program (SQLite application_id {app_id:#x}); "
            "studycli left it untouched; pass another path with --db")
    if app_id == 0 and tables and not legacy:
        shown = ", ".join(sorted(tables)[:4]) + (", ..." if len(tables) > 4 else "")
        raise ForeignDatabase(
            f"{path} is another program's SQLite database (tables: {shown}), not a studycli "
            "database; studycli left it untouched; pass another path with --db")


_HEADER = b"SQLite format 3\x00"


def refuse_foreign_file(path) -> None:
    """Refuse another program's database before any connection that could change it is
    opened. `identify` runs on the connection a command then uses, but merely opening a
    file read-write changes another program's database when it is in WAL mode: the last
    connection to close checkpoints the WAL into the file and deletes it, and even a
    read-only one leaves -wal and -shm files beside it. So the file's header is read first
    (our application_id is in it); a file without any mark (ours from before the mark, or
    another program's) has its tables listed through a connection that cannot write, and
    that does not create the WAL's side files when there are none. Anything SQLite cannot
    read is left to the connection's own open to report."""
    try:
        with open(path, "rb") as f:
            header = f.read(100)
    except OSError:
        return
    if len(header) < 100 or not header.startswith(_HEADER):
        return  # empty (a new database) or not SQLite at all: the open says so
    app_id = int.from_bytes(header[68:72], "big")
    if app_id == APPLICATION_ID:
        return
    if app_id:
        _refuse_foreign(path, app_id, set(), legacy=False)
    from pathlib import Path  # here: only a file without a mark comes this far

    uri = Path(path).resolve().as_uri() + "?mode=ro"
    wal = header[18] == 2
    shm = Path(f"{path}-shm")
    made_shm = False
    if wal and not os.path.exists(f"{path}-wal"):
        # WAL mode with no WAL file: no connection has it open, the file alone is the
        # whole database; immutable reads it without creating -wal and -shm
        uri += "&immutable=1"
    elif wal:
        # A WAL file but no -shm (copied without it): its tables may be only in the WAL, so
        # it must be read through it, and reading a WAL creates the -shm index. No -shm means
        # no connection has the database open (each one maps it), so the index made here is
        # ours alone and is removed after, leaving the folder as it was.
        made_shm = not shm.exists()
    try:
        conn = sqlite3.connect(uri, uri=True, timeout=5)
    except sqlite3.Error:
        return
    try:
        tables = table_names(conn)
        legacy = "_migrations" in tables and conn.execute(
            "SELECT 1 FROM _migrations WHERE name = ?", [FIRST_MIGRATION]).fetchone() is not None
    except (sqlite3.Error, UnicodeDecodeError):
        return  # damaged or busy: the command's own open reports it
    finally:
        conn.close()
        if made_shm:
            shm.unlink(missing_ok=True)
    _refuse_foreign(path, 0, tables, legacy)


# A writer checks the file first (about 2 ms a megabyte); past this size `studycli doctor`
# does it, so that opening a very large database stays quick.
CHECK_BELOW_BYTES = 32 * 2**20


def check_intact(conn: sqlite3.Connection, path: Path) -> None:
    """Refuse to write into a database whose pages are damaged (PRAGMA quick_check)."""
    try:
        if os.stat(path).st_size > CHECK_BELOW_BYTES:
            return
        problems = [r[0] for r in conn.execute("PRAGMA quick_check(3)")]
    except (sqlite3.DatabaseError, UnicodeDecodeError) as exc:
        raise DatabaseError(damaged(path, _detail(exc))) from None
    except OSError:
        return
    if problems != ["ok"]:
        raise DatabaseError(damaged(path, problems[0]))


def damaged(path, detail: str) -> str:
    doctor = (f"`studycli doctor --db '{path}'`" if path is not None
              else "`studycli doctor` (with the same --db, if you gave one)")
    return (f"{path or 'the database'} is damaged ({detail}); nothing was written to it. "
            f"{doctor} checks it and can restore a backup or rebuild it from your notes "
            "keeping your cards and reviews")


# The database this command opened (store.db.Store records it): a failure met mid-command
# is caught far from the store (fastpath.guard, cli.run), and its message should still name
# the file and the doctor command for it, not "the database ... (with the same --db)".
_opened: list = [None]


def opened(path) -> None:
    _opened[0] = path


def explain(exc: BaseException, path=None) -> str:
    """One line for a database failure met while working (not at open)."""
    path = path if path is not None else _opened[0]
    where = path or "the database"
    text = _detail(exc)
    if "Could not decode to UTF-8" in text:  # sqlite3's words for a damaged text value
        text = "text that is not valid UTF-8"  # (they quote the damaged note text itself)
    if "readonly" in text or "read-only" in text:
        return (f"{where} is read-only ({text}): reading commands (lookup, facts, stats, ...) "
                "still work; to study or ingest, make the file and its folder writable or "
                "copy it and pass the copy with --db")
    if ("malformed" in text or "not a database" in text or "not valid UTF-8" in text
            or isinstance(exc, UnicodeDecodeError)):
        return damaged(path, text)
    if "locked" in text or "busy" in text:
        return f"{where} is busy ({text}); another studycli is writing; try again in a moment"
    if "full" in text:
        return f"the disk holding {where} is full ({text}); free some space and try again"
    return f"{where} could not be used ({text}); `studycli doctor` checks it"


def unreadable(path: Path, exc: BaseException) -> str:
    """What to tell a student whose database file SQLite cannot read."""
    reason = _detail(exc)
    from studycli.store.unwritable_folder import cannot_open

    if folder_says := cannot_open(path, reason):  # not damaged: the folder is read-only
        return folder_says
    return (f"{path} cannot be read as a database ({reason}): it is damaged or not a database "
            f"file. If it is your studycli database, `studycli doctor --db '{path}'` checks it "
            "and can restore a backup or rebuild it from your notes keeping your reviews; "
            "otherwise pass another path with --db")


def table_names(conn: sqlite3.Connection) -> set[str]:
    return {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}


def has_tables(conn: sqlite3.Connection) -> bool:
    return bool(table_names(conn))


def needs_stamp(conn: sqlite3.Connection) -> bool:
    """An adopted database from before the application_id mark."""
    return conn.execute("PRAGMA application_id").fetchone()[0] == 0 and has_tables(conn)


def _detail(exc: BaseException) -> str:
    """SQLite's own words, which may quote bytes of the damaged file: only printable ones are
    kept, so an error message cannot carry an escape sequence to the terminal."""
    if not isinstance(exc, sqlite3.Error):
        return "text that is not valid UTF-8"
    return "".join(ch if ch.isprintable() else "?" for ch in str(exc))
