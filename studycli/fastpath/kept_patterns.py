"""A fast command's own kept patterns (extract/regex_cache.py, a file per command), installed
only where its database is built already.

A command whose run builds the database (a first use, a new --db) ingests the shipped notes
first, and that ingest reads the parser's kept patterns (regex_cache's purpose ""). Installs
are idempotent (the first purpose is the run's), so a command's own file installed before it
made the build compile the parser's ~1,800 patterns afresh where a warm cache had them, some
0.3 s of CPU. Such a run compiles its own patterns as before and keeps them from the next.
"""

from __future__ import annotations


def install_when_built(purpose: str, db: str | None) -> bool:
    """Install `purpose`'s kept patterns if the command's database (--db, $STUDYCLI_DB or the
    default, resolved as the command resolves it) is built; whether it was. The caller calls
    regex_cache.save_at_exit() once its work is done, only if this returned True."""
    from studycli.database import database_built
    from studycli.paths import plain_db_path, resolve_db

    if not database_built(plain_db_path(db) or resolve_db(db)):
        return False
    from studycli.extract import regex_cache

    regex_cache.install(purpose)
    return True
