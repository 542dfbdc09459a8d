"""Is this file a studycli database? Answered by reading only, before anything is written.

Our databases carry `PRAGMA application_id = APPLICATION_ID` from creation. One made before
that mark existed is recognised by our `_migrations` table (with our first migration in it)
and adopted: stamped on its next writable open. Anything else with tables in it belongs to
another program and is refused untouched. A file SQLite cannot read at all may be damaged
rather than foreign, so that message says both and how to recover, never only "not ours".
"""

from __future__ import annotations

import sqlite3
from pathlib import Path

from studycli.errors import DatabaseError
from studycli.store.migrations import known_version

APPLICATION_ID = 0x53545544  # "STUD"
FIRST_MIGRATION = "m001_initial"


def identify(conn: sqlite3.Connection, path: Path) -> int:
    """The schema version of our database at `path` (0: new and empty), or a DatabaseError."""
    try:
        app_id = conn.execute("PRAGMA application_id").fetchone()[0]
        version = conn.execute("PRAGMA user_version").fetchone()[0]
        tables = table_names(conn)
        legacy = app_id == 0 and "_migrations" in tables and conn.execute(
            "SELECT 1 FROM _migrations WHERE name = ?", [FIRST_MIGRATION]).fetchone() is not None
    except sqlite3.OperationalError as exc:
        if "locked" in str(exc) or "busy" in str(exc):
            raise DatabaseError(f"{path} is busy ({exc}); try again in a moment") from None
        raise DatabaseError(unreadable(path, exc)) from None
    except (sqlite3.DatabaseError, UnicodeDecodeError) as exc:
        raise DatabaseError(unreadable(path, exc)) from None
    if app_id not in (0, APPLICATION_ID):
        raise DatabaseError(
            f"{path} belongs to another program (SQLite application_id {app_id:#x}); "
            "studycli left it untouched; pass another path with --db")
    if app_id == 0 and tables and not legacy:
        shown = ", ".join(sorted(tables)[:4]) + (", ..." if len(tables) > 4 else "")
        raise DatabaseError(
            f"{path} is another program's SQLite database (tables: {shown}), not a studycli "
            "database; studycli left it untouched; pass another path with --db")
    if version > known_version():
        raise DatabaseError(
            f"{path} was written by a newer studycli (schema {version}, this one knows "
            f"{known_version()}); upgrade studycli or pass another --db")
    return version


def unreadable(path: Path, exc: BaseException) -> str:
    """What to tell a student whose database file SQLite cannot read."""
    reason = str(exc) if isinstance(exc, sqlite3.Error) else "text that is not valid UTF-8"
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
