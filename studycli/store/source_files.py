"""Where each stored note was found: the folder it was last found in (store.gone_notes) and
the file it was last read from, so that two notes of one name (each folder's README.md)
stay two notes (studycli.note_keys chooses their names)."""

from __future__ import annotations

import sqlite3

from studycli.store.rollback import roll_back

_WHERE = ("folder", "file")  # the columns of sources that say where a note is


def stored_files(conn: sqlite3.Connection) -> dict[str, tuple[str | None, str | None]]:
    """Each stored note's name -> (the file it was last read from, the folder it was found
    in); None for what was never recorded."""
    return {path: (file, folder)
            for path, file, folder in conn.execute("SELECT path, file, folder FROM sources")}


def remember_files(conn: sqlite3.Connection, files: dict[str, str]) -> None:
    """Record each stored note of `files` (name -> file) as read from that file."""
    record(conn, "file", files)


def record(conn: sqlite3.Connection, column: str, by_note: dict[str, str]) -> None:
    """Set `column` (folder or file) of each stored note of `by_note` to its value there.
    Only the records that say otherwise are written, in one transaction: a no-op ingest,
    where every note is where it was, writes nothing."""
    if column not in _WHERE:
        raise ValueError(column)
    stored = dict(conn.execute(f"SELECT path, {column} FROM sources"))
    changed = [(value, name) for name, value in by_note.items()
               if name in stored and stored[name] != value]
    if not changed:
        return
    conn.execute("BEGIN IMMEDIATE")
    try:
        conn.executemany(f"UPDATE sources SET {column} = ? WHERE path = ?", changed)
        conn.execute("COMMIT")
    except BaseException:
        roll_back(conn)
        raise
