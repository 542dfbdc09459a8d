"""Copies of the database kept before risky writes (a migration, an ingest that replaces
facts), with SQLite's online backup API so a copy is consistent even while another process
reads. The last KEEP copies live in `<database>.backups/` beside the database."""

from __future__ import annotations

import sqlite3
from datetime import UTC, datetime
from pathlib import Path

from studycli.store.db import open_file_as_is

KEEP = 3


def backup_dir(db_path: Path) -> Path:
    return db_path.with_name(db_path.name + ".backups")


def list_backups(db_path: Path) -> list[Path]:
    """Backups of this database, newest first."""
    folder = backup_dir(Path(db_path))
    if not folder.is_dir():
        return []
    return sorted(folder.glob("*.db"), reverse=True)


def backup(store, reason: str) -> Path | None:
    """Copy the open database to a new backup; prune to the last KEEP. None if it could not
    be written (a read-only folder must not stop the student's work: the caller goes on)."""
    folder = backup_dir(store.path)
    stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%S%fZ")
    dest = folder / f"{stamp}-{reason}.db"
    try:
        folder.mkdir(exist_ok=True)
        copy = open_file_as_is(dest, readonly=False)
        try:
            store.conn.backup(copy)
        finally:
            copy.close()
    except (OSError, sqlite3.Error):
        dest.unlink(missing_ok=True)
        return None
    for old in list_backups(store.path)[KEEP:]:
        old.unlink(missing_ok=True)
    return dest


def copy_database(source: Path, dest: Path) -> None:
    """Copy one database file to another with the backup API (dest is replaced)."""
    src = open_file_as_is(source)
    try:
        out = open_file_as_is(dest, readonly=False)
        try:
            src.backup(out)
        finally:
            out.close()
    finally:
        src.close()
