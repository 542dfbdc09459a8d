"""Ctrl-C during a write: the interrupt survives, never replaced by a failed ROLLBACK (nuB31)."""

from __future__ import annotations

import sqlite3
from types import SimpleNamespace

import pytest

from studycli.model import ParsedNote
from studycli.store import cards, facts, gone_notes, note_lines, source_files
from studycli.store.db import connect


class _CtrlCAfterCommit:
    """A connection on which Ctrl-C lands just after COMMIT ran, before the `try` ends:
    the moment an ingest of a 400-note folder met at random."""

    def __init__(self, conn: sqlite3.Connection) -> None:
        self._conn = conn

    def __getattr__(self, name):
        return getattr(self._conn, name)

    def execute(self, sql, *args):
        cursor = self._conn.execute(sql, *args)
        if sql == "COMMIT":
            raise KeyboardInterrupt
        return cursor


def _note_stored(conn) -> None:
    conn.execute("INSERT INTO sources (path, sha256, ingested_at, facts, comparisons) "
                 "VALUES ('n.md', 'x', '2026-12-05', 0, 0)")


WRITES = {
    "facts.replace_source": lambda c: facts.replace_source(
        SimpleNamespace(conn=c), ParsedNote(source="n.md", facts=[], comparisons=[]), "x"),
    "note_lines.replace_lines": lambda c: note_lines.replace_lines(c, "n.md", ["a line"]),
    "gone_notes.forget": lambda c: gone_notes.forget(c, "n.md"),
    "source_files.record": lambda c: source_files.record(c, "file", {"n.md": "other.md"}),
    "cards.write": lambda c: cards.write(SimpleNamespace(conn=c), lambda conn: None),
}


@pytest.mark.parametrize("write", WRITES.values(), ids=list(WRITES))
def test_ctrl_c_after_commit_is_still_an_interrupt(write, tmp_path):
    db = connect(tmp_path / "s.db")
    _note_stored(db.conn)
    with pytest.raises(KeyboardInterrupt):  # was sqlite3.OperationalError: cannot rollback
        write(_CtrlCAfterCommit(db.conn))
    assert not db.conn.in_transaction
