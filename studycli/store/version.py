"""Schema-version checks, stdlib only: the lookup fast path runs them without sqlite-utils."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from studycli.errors import DatabaseError


def known_version() -> int:
    """How many migrations this studycli knows (the schema version it writes)."""
    from studycli.store.migrations import known_version as known

    return known()


def check_version(conn: sqlite3.Connection, path: Path) -> int:
    """The database's schema version; refuses a file that is not ours to touch."""
    try:
        version = conn.execute("PRAGMA user_version").fetchone()[0]
        conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
    except sqlite3.DatabaseError as exc:
        raise DatabaseError(
            f"{path} is not a studycli database ({exc}); pass another path with --db"
        ) from None
    if version > known_version():
        raise DatabaseError(
            f"{path} was written by a newer studycli (schema {version}, this one knows "
            f"{known_version()}); upgrade studycli or pass another --db"
        )
    if version == 0:
        tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")}
        if tables:
            raise DatabaseError(
                f"{path} is an SQLite file that studycli did not create; "
                "pass another path with --db"
            )
    return version
