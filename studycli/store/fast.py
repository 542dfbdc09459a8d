"""Opening an up-to-date database without importing sqlite-utils (~130 ms), for commands
that must start at once (the quiz). Anything unusual (no file yet, an older schema, not a
studycli database) returns None and the caller takes the full path, store.db.open_db,
which creates, migrates and reports problems properly."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from studycli.store.migrations import known_version

BUSY_TIMEOUT_MS = 10_000  # as store.db


class FastDB:
    """`.conn` right away; any other sqlite_utils.Database attribute builds one on demand."""

    def __init__(self, conn: sqlite3.Connection) -> None:
        self.conn = conn
        self._full = None

    def __getattr__(self, name: str):
        if self._full is None:
            import sqlite_utils

            self._full = sqlite_utils.Database(self.conn)
        return getattr(self._full, name)


def open_current(path: Path) -> FastDB | None:
    path = Path(path)
    try:
        if not path.is_file() or path.stat().st_size == 0:
            return None
        conn = sqlite3.connect(str(path), timeout=BUSY_TIMEOUT_MS / 1000, isolation_level=None)
    except (OSError, sqlite3.Error):
        return None
    try:
        if conn.execute("PRAGMA user_version").fetchone()[0] != known_version():
            conn.close()
            return None
        conn.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
        conn.execute("PRAGMA journal_mode = WAL")
    except sqlite3.Error:
        conn.close()
        return None
    return FastDB(conn)
