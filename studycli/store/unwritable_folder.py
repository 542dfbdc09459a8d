"""A database in a folder that cannot be written: a read-only disk (a USB stick, a network
share or a container volume mounted read-only) or a folder without write permission.

SQLite keeps a WAL database's journal in two files beside it (`NAME-wal`, `NAME-shm`) and
must create the `-shm` file even to read. Where it cannot, every open fails with "unable to
open database file", which said nothing of the folder and was reported as a damaged file
(a student told their history is damaged may delete it). Here: why the folder cannot be
written, and how to read the file all the same.

Stdlib only, no pathlib: store/db.py imports it where a database is opened through
`connect` (to read it, or to check that a command that writes may) or opened as it is
(open_file_as_is), and identity.py where one cannot be read; the fast path (db.py's
open_plain) never imports it.
"""

from __future__ import annotations

import os


def why_unwritable(path: str | os.PathLike) -> str | None:
    """Why the folder holding `path` cannot take SQLite's journal files, or None when it can.
    The folder of the file a link points to: SQLite makes its journal files there."""
    return _why_folder(os.path.dirname(os.path.realpath(path)))


_ON_READ_ONLY_DISK = "it is on a read-only disk"


def _why_folder(folder: str) -> str | None:
    if _read_only_disk(folder):
        return _ON_READ_ONLY_DISK
    if os.path.isdir(folder) and not os.access(folder, os.W_OK):
        return f"its folder {folder} cannot be written"
    return None


def _read_only_disk(folder: str) -> bool:
    try:
        return bool(os.statvfs(folder).f_flag & os.ST_RDONLY)
    except (OSError, AttributeError):  # no statvfs (Windows) or no such folder
        return False


def _others_may_write(folder: str) -> bool:
    """Whether a user other than this one may write in `folder`, by its permission bits: its
    group or everyone, or its owner when that is someone else."""
    try:
        st = os.stat(folder)
    except OSError:
        return True
    if st.st_mode & 0o022:
        return True
    return bool(st.st_mode & 0o200) and st.st_uid != os.geteuid()


def _in_wal_mode(path: str | os.PathLike) -> bool:
    """Whether the file's header says WAL (bytes 18-19 are 2): only such a database needs
    the `-shm` file to be read."""
    try:
        with open(path, "rb") as f:
            header = f.read(20)
    except OSError:
        return False
    return len(header) == 20 and header[18] == 2


def read_only_uri(path: str | os.PathLike) -> str:
    """The query string of a read-only `file:` URI for `path`.

    `immutable=1` lets SQLite read without creating `-shm`, trusting that nothing changes the
    file meanwhile, and it reads the main file alone, ignoring any journal beside it. So it
    is used only where all of these hold: the database is in WAL mode (a rollback-journal
    database is read without `-shm`, and SQLite must see a `-journal` of an unfinished
    change, which immutable would show as if committed); the folder cannot be written, by
    this user nor by any other (a read-only disk, or a folder whose permission lets no one
    but the superuser write: an owner who can write it may be changing the file), so no
    writer can create the journal files it needs; and no `-wal` file lies beside it (the
    main file then holds every committed change)."""
    real = os.path.realpath(path)
    why = _why_folder(os.path.dirname(real))
    return "?mode=ro&immutable=1" if _immutable(real, why, bool(why) and _in_wal_mode(real)) \
        else "?mode=ro"


def _immutable(real: str, why: str | None, wal: bool) -> bool:
    """Whether the database at `real` (its resolved path), whose folder cannot be written
    because `why` (None: it can) and whose header says WAL when `wal`, is read immutable
    (read_only_uri says when)."""
    return bool(why and wal and not os.path.exists(real + "-wal")
                and (why == _ON_READ_ONLY_DISK or not _others_may_write(os.path.dirname(real))))


def cannot_open(path: str | os.PathLike, detail: str) -> str | None:
    """The message for SQLite's failure to open an existing file whose folder cannot be
    written ("unable to open database file": it cannot create `-shm`; "attempt to write a
    readonly database" beside a `-journal`: it cannot roll back a change left unfinished),
    or None when that is not the cause."""
    if not os.path.isfile(path) or not os.access(path, os.R_OK):  # (the file's own fault)
        return None
    real = os.path.realpath(path)
    unfinished = "readonly database" in detail and os.path.exists(real + "-journal")
    if "unable to open" not in detail and not unfinished:
        return None
    why = _why_folder(os.path.dirname(real))
    if why is None:
        return None
    name = os.path.basename(real)
    if unfinished:
        return (f"{path} cannot be opened: {why}, and a change left unfinished (its journal "
                f"{name}-journal lies beside it) must be rolled back before it is read. The "
                "database is not damaged: make the folder writable, or copy the database with "
                "its -journal file to a writable folder and pass the copy with --db; a command "
                "that writes (a quiz, an ingest) then rolls the change back")
    return (f"{path} cannot be opened: {why}, and SQLite needs to create its journal files "
            f"beside the database ({name}-wal, -shm). The database is not "
            "damaged and nothing was changed: make the folder writable, or copy the database "
            "(with its -wal file, if any) to a writable folder and pass the copy with --db")


def refusal_to_write(path: str | os.PathLike) -> str | None:
    """Why a command that writes cannot use the database at `path`, or None when it can."""
    real = os.path.realpath(path)
    why = _why_folder(os.path.dirname(real))
    if why is None:
        return None
    wal = _in_wal_mode(real)
    reads = _immutable(real, why, wal) or not wal  # (else only while -shm is there)
    return (f"{path} is read-only ({why}): "
            + ("reading commands (lookup, facts, stats, ...) still work; " if reads else "")
            + "to study or ingest, make the folder writable, or copy the database to "
            "a writable folder and pass the copy with --db")
