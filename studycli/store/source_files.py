"""The file each stored note was last read from, so that two notes of one name (each
folder's README.md) stay two notes (studycli.note_keys chooses their names)."""

from __future__ import annotations

import sqlite3


def stored_files(conn: sqlite3.Connection) -> dict[str, tuple[str | None, str | None]]:
    """Each stored note's name -> (the file it was last read from, the folder it was found
    in); None for what was never recorded."""
    return {path: (file, folder)
            for path, file, folder in conn.execute("SELECT path, file, folder FROM sources")}


def remember_files(conn: sqlite3.Connection, files: dict[str, str]) -> None:
    """Record each stored note of `files` (name -> file) as read from that file. Only the
    records that say otherwise are written, in one transaction: a no-op ingest writes
    nothing."""
    stored = {path: file for path, (file, _folder) in stored_files(conn).items()}
    changed = [(file, name) for name, file in files.items()
               if name in stored and stored[name] != file]
    if not changed:
        return
    conn.execute("BEGIN IMMEDIATE")
    try:
        conn.executemany("UPDATE sources SET file = ? WHERE path = ?", changed)
        conn.execute("COMMIT")
    except BaseException:
        conn.execute("ROLLBACK")
        raise
