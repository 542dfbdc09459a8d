"""A database in a folder that cannot be written: a read-only disk (a USB stick, a network
share or a container volume mounted read-only) or a folder without write permission.

SQLite keeps a WAL database's journal in two files beside it (`NAME-wal`, `NAME-shm`) and
must create the `-shm` file even to read. Where it cannot, every open fails with "unable to
open database file", which said nothing of the folder and was reported as a damaged file
(a student told their history is damaged may delete it). Here: why the folder cannot be
written, and how to read the file all the same.

Stdlib only, no pathlib: the lookup fast path imports this through the store.
"""

from __future__ import annotations

import os


def why_unwritable(path: str | os.PathLike) -> str | None:
    """Why the folder holding `path` cannot take SQLite's journal files, or None when it can."""
    folder = os.path.dirname(os.path.abspath(path))
    try:
        if os.statvfs(folder).f_flag & os.ST_RDONLY:
            return "it is on a read-only disk"
    except (OSError, AttributeError):  # no statvfs (Windows) or no such folder
        pass
    if os.path.isdir(folder) and not os.access(folder, os.W_OK):
        return f"its folder {folder} cannot be written"
    return None


def read_only_uri(path: str | os.PathLike) -> str:
    """The query string of a read-only `file:` URI for `path`.

    `immutable=1` lets SQLite read without creating `-shm`, trusting that nothing changes the
    file meanwhile. That holds only where no writer can be at work, and it reads the main
    file alone, so it is used only when the folder cannot be written (no writer can create
    the journal files it needs) and no `-wal` file lies beside the database (the main file
    then holds every committed change)."""
    if why_unwritable(path) and not os.path.exists(os.fspath(path) + "-wal"):
        return "?mode=ro&immutable=1"
    return "?mode=ro"


def cannot_open(path: str | os.PathLike, detail: str) -> str | None:
    """The message for SQLite's "unable to open database file" on an existing file whose
    folder cannot be written, or None when that is not the cause."""
    if "unable to open" not in detail or not os.path.isfile(path):
        return None
    why = why_unwritable(path)
    if why is None:
        return None
    return (f"{path} cannot be opened: {why}, and SQLite needs to create its journal files "
            f"beside the database ({os.path.basename(path)}-wal, -shm). The database is not "
            "damaged and nothing was changed: make the folder writable, or copy the database "
            "(with its -wal file, if any) to a writable folder and pass the copy with --db")


def refusal_to_write(path: str | os.PathLike) -> str | None:
    """Why a command that writes cannot use the database at `path`, or None when it can."""
    why = why_unwritable(path)
    if why is None:
        return None
    return (f"{path} is read-only ({why}): reading commands (lookup, facts, stats, ...) "
            "still work; to study or ingest, make the folder writable, or copy the database to "
            "a writable folder and pass the copy with --db")
