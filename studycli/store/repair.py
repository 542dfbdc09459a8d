"""What `studycli doctor` does to a database: check it, restore a backup, or rebuild the fact
base from the notes while keeping the student's own rows (cards, reviews, exams).

The fact tables can always be rebuilt from the notes; the student's progress cannot, so a
rebuild salvages every progress row it can still read, row by row past damaged pages. The file
being replaced is never deleted: it is moved aside (with its -wal/-shm) for a later look.
"""

from __future__ import annotations

import sqlite3
from datetime import UTC, datetime
from pathlib import Path

from studycli.store.backup import copy_database

# Rebuilt from the notes; everything else in the database is the student's own.
# The student's own rows: everything else (facts, note lines, their full-text indexes, the
# AWS check) is rebuilt from the notes, and some of it (FTS shadow and vocab tables) cannot
# be copied row by row at all.
PROGRESS_TABLES = {"cards", "reviews", "exam_attempts", "exam_answers", "forecasts"}


def open_as_is(path: Path) -> sqlite3.Connection:
    """A read-only look at a file that may be damaged (no identification, no migration)."""
    from studycli.store.db import open_file_as_is

    return open_file_as_is(path)


def integrity(path: Path, limit: int = 20) -> list[str]:
    """PRAGMA integrity_check's findings (["ok"] when sound), or the error opening it."""
    try:
        conn = open_as_is(path)
        try:
            return [r[0] for r in conn.execute(f"PRAGMA integrity_check({int(limit)})")]
        finally:
            conn.close()
    except (sqlite3.Error, UnicodeDecodeError) as exc:
        return [f"cannot be read: {exc}"]


def counts(conn: sqlite3.Connection) -> dict[str, int | str]:
    """Rows per table of interest, or the error reading it."""
    out: dict[str, int | str] = {}
    for table in ("facts", "cards", "reviews", "exam_attempts"):
        try:
            out[table] = conn.execute(f"SELECT count(*) FROM {table}").fetchone()[0]
        except (sqlite3.Error, UnicodeDecodeError) as exc:
            out[table] = f"unreadable ({exc})"
    return out


def move_aside(path: Path, why: str) -> Path:
    """Rename the database (and its -wal, -shm) out of the way; returns the new name."""
    stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%SZ")
    aside = path.with_name(f"{path.name}.{why}-{stamp}")
    for suffix in ("", "-wal", "-shm"):
        src = Path(f"{path}{suffix}")
        if src.exists():
            src.rename(f"{aside}{suffix}")
    return aside


def restore(path: Path, backup: Path) -> Path | None:
    """Put `backup` in place of the database; the current file (if any) is moved aside."""
    aside = move_aside(path, "before-restore") if path.exists() else None
    copy_database(backup, path)
    return aside


def salvage(old: sqlite3.Connection, new: sqlite3.Connection) -> dict[str, tuple[int, int]]:
    """Copy the student's rows from `old` into the same tables of `new` (which has the
    current schema). Returns {table: (rows copied, rows that could not be read)}."""
    report: dict[str, tuple[int, int]] = {}
    new_tables = {r[0] for r in new.execute("SELECT name FROM sqlite_master WHERE type='table'")}
    try:
        old_tables = [r[0] for r in old.execute(
            "SELECT name FROM sqlite_master WHERE type='table' AND name NOT LIKE 'sqlite_%'")]
    except (sqlite3.Error, UnicodeDecodeError):
        return report
    for table in old_tables:
        if table not in PROGRESS_TABLES or table not in new_tables:
            continue
        report[table] = _copy_table(old, new, table)
    return report


def _copy_table(old, new, table: str) -> tuple[int, int]:
    cols = [r[1] for r in new.execute(f'PRAGMA table_info("{table}")')]
    try:
        old_cols = {r[1] for r in old.execute(f'PRAGMA table_info("{table}")')}
    except (sqlite3.Error, UnicodeDecodeError):
        return 0, 0
    cols = [c for c in cols if c in old_cols]
    names = ", ".join(f'"{c}"' for c in cols)
    insert = (f'INSERT OR IGNORE INTO "{table}" ({names}) '
              f'VALUES ({", ".join("?" * len(cols))})')
    select = f'SELECT {names} FROM "{table}"'
    try:
        rows = old.execute(select).fetchall()
        new.executemany(insert, rows)
        return len(rows), 0
    except (sqlite3.Error, UnicodeDecodeError):
        pass  # damaged pages: go row by row and keep what can be read
    copied = lost = 0
    try:
        top = old.execute(f'SELECT max(rowid) FROM "{table}"').fetchone()[0] or 0
    except (sqlite3.Error, UnicodeDecodeError):
        top = 0
    for rowid in range(1, top + 1):
        try:
            row = old.execute(f"{select} WHERE rowid = ?", [rowid]).fetchone()
        except (sqlite3.Error, UnicodeDecodeError):
            lost += 1
            continue
        if row is not None:
            new.execute(insert, row)
            copied += 1
    return copied, lost
