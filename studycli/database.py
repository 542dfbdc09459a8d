"""The database a command works on: opened through store.db.connect, built from the shipped
notes on first use so a new student's first command just works.

Light on purpose (the parser is imported only to build a new database): the fast paths
(lookup, quiz) open their database here.
"""

from __future__ import annotations

import os

from studycli.errors import StudyError
from studycli.paths import content_dir, resolve_db


def database_built(path: str | os.PathLike) -> bool:
    """Whether a database has been built at `path`: a missing or 0-byte file (`touch x.db`)
    is built on first use, so both count as not built yet."""
    try:
        return os.stat(path).st_size > 0
    except OSError:
        return False


def ensure_database(db_path: str | os.PathLike | None, readonly: bool = False):
    """Open the database (--db, $STUDYCLI_DB or the default); build it if it does not exist.

    readonly: reading commands open it read-only, so they still work on a read-only file.
    """
    from studycli.paths import plain_db_path
    from studycli.store.db import check_path, connect, open_plain

    plain = plain_db_path(db_path)  # the usual case, without pathlib (store.db.open_plain)
    store = open_plain(plain, readonly) if plain else None
    if store is not None:
        return store
    path = check_path(resolve_db(db_path))
    if not database_built(path):
        from studycli.ingest import ingest_paths

        db = connect(path)
        _say_building()
        report = ingest_paths(db, [content_dir()])
        if not report.facts:
            raise StudyError(f"no facts could be read from the shipped notes in {content_dir()}")
        if not readonly:
            return db
        db.close()
    return connect(path, readonly=readonly)


def _say_building() -> None:
    """A line on a terminal's stderr while the first database is built: a new user's first
    command sat on a blank screen for 3 s (10 s on a busy machine) and looked hung. Scripts
    and pipes see nothing: the output they read is unchanged."""
    import sys

    if sys.stderr is not None and sys.stderr.isatty():
        print("Reading the shipped sample notes into a new fact base (first use: a few "
              "seconds)...", file=sys.stderr, flush=True)
