"""Undoing a failed write transaction, including one that Ctrl-C cut short.

Every write runs `BEGIN IMMEDIATE ... COMMIT` and, on any exception, `ROLLBACK`. Ctrl-C can
land after COMMIT has run but before the `try` ends: a bare ROLLBACK then fails ("cannot
rollback - no transaction is active") and its error replaces the interrupt, so an interrupted
ingest said the database could not be used instead of "run the same ingest again"."""

from __future__ import annotations

import _sqlite3 as sqlite3  # sqlite3 less its datetime import: store/__init__.py


def roll_back(conn: sqlite3.Connection) -> None:
    """ROLLBACK the transaction still open on `conn`; nothing when none is (it committed)."""
    if conn.in_transaction:
        conn.execute("ROLLBACK")
