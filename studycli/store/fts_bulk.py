"""Index a note's rows in a full-text table with one statement instead of one trigger run
per row: in a large note's swap, the per-row triggers cost twice as much as the rows.

Inside the caller's transaction the table's insert and delete triggers are dropped, the old
rows are removed from the index and the new ones added in bulk, and the triggers are created
again from their own stored SQL; a failure rolls all of it back with the transaction. The
index ends up holding exactly what the triggers would have put in it.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable, Sequence

# Below this many rows the two DROP/CREATE TRIGGER statements cost more than they save. They
# cross near 15 rows for facts and 10 for note lines (bench/fts_bulk_threshold.py); a note of
# 200 rows is twice as quick in bulk, its lines three times.
BULK_FROM = 16


class FtsTable:
    """A content table and the FTS5 index kept in step with it. A plain class, not a
    dataclass: every reader of note lines imports this module (store/note_lines.py), a
    lookup among them, and `dataclasses` brings `inspect`, `ast` and `dis` with it (~4 ms of
    such a lookup's CPU)."""

    __slots__ = ("columns", "content", "index", "rowid", "triggers")

    def __init__(self, content: str, index: str, rowid: str, columns: Sequence[str],
                 triggers: tuple[str, str]) -> None:
        self.content = content  # the table the rows are in ("facts")
        self.index = index  # its external-content FTS5 table ("facts_fts")
        self.rowid = rowid  # the content table's column the index's rowid is
        self.columns = columns  # the indexed columns
        self.triggers = triggers  # the AFTER INSERT and AFTER DELETE triggers that keep it


def swap_rows(conn: sqlite3.Connection, table: FtsTable, source: str, rows: int,
              write: Callable[[], object]) -> None:
    """Delete `source`'s rows of `table.content` and run `write` (which inserts about `rows`
    new rows of `source`), keeping the full-text index in step. Call inside a transaction."""
    saved = _trigger_sql(conn, table.triggers) if rows >= BULK_FROM else []
    if len(saved) != len(table.triggers):  # a small note, or not the schema this knows
        conn.execute(f"DELETE FROM {table.content} WHERE source = ?", [source])
        write()
        return
    cols = ", ".join(table.columns)
    select = f"SELECT {table.rowid}, {cols} FROM {table.content} WHERE source = ?"
    for name in table.triggers:
        conn.execute(f"DROP TRIGGER {name}")
    conn.execute(f"INSERT INTO {table.index} ({table.index}, rowid, {cols}) "
                 f"SELECT 'delete', {select.removeprefix('SELECT ')}", [source])
    conn.execute(f"DELETE FROM {table.content} WHERE source = ?", [source])
    write()
    conn.execute(f"INSERT INTO {table.index} (rowid, {cols}) {select}", [source])
    for sql in saved:
        conn.execute(sql)


def _trigger_sql(conn: sqlite3.Connection, names: tuple[str, ...]) -> list[str]:
    found = dict(conn.execute(
        f"SELECT name, sql FROM sqlite_master WHERE type = 'trigger' "
        f"AND name IN ({', '.join('?' * len(names))})", names).fetchall())
    return [found[n] for n in names if n in found]


FACTS = FtsTable("facts", "facts_fts", "rowid",
                 ("service", "subject", "attribute", "value", "snippet"),
                 ("facts_ai", "facts_ad"))
NOTE_LINES = FtsTable("note_lines", "note_lines_fts", "id", ("text",),
                      ("note_lines_ai", "note_lines_ad"))
