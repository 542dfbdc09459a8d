"""The suite's new databases take their schema from a template the real migrations made once
per test process (tests/conftest.py _new_databases_from_a_template): a database made that way
is the one the migrations make, so no test sees another schema than a student's."""

from __future__ import annotations

import sqlite3

from studycli.store import db as store_db
from studycli.store.db import connect


def _schema(path) -> dict:
    conn = sqlite3.connect(path)
    try:
        return {
            "objects": conn.execute("SELECT type, name, tbl_name, sql FROM sqlite_master "
                                    "ORDER BY type, name").fetchall(),
            "migrations": conn.execute("SELECT name FROM _migrations ORDER BY name").fetchall(),
            **{pragma: conn.execute(f"PRAGMA {pragma}").fetchone()[0]
               for pragma in ("user_version", "application_id", "journal_mode", "page_size",
                              "encoding", "auto_vacuum")},
        }
    finally:
        conn.close()


def test_a_database_from_the_template_is_the_one_the_migrations_make(tmp_path, monkeypatch):
    real = getattr(store_db._migrate, "real", None)
    if real is None:  # STUDYCLI_TESTS_MIGRATE=1: every database is migrated as it is
        real = store_db._migrate
    connect(tmp_path / "template.db").close()
    monkeypatch.setattr(store_db, "_migrate", real)
    connect(tmp_path / "migrated.db").close()
    assert _schema(tmp_path / "template.db") == _schema(tmp_path / "migrated.db")


def test_an_older_schema_takes_the_real_migrations(tmp_path):
    """A database one migration behind (a student's from before an update) keeps its rows and
    gets the missing migration by the real path: only an empty new file is a copy."""
    from studycli.store.migrations import MIGRATIONS

    path = tmp_path / "older.db"
    connect(path).close()
    conn = sqlite3.connect(path)
    last = MIGRATIONS[-1][0]
    conn.execute("DELETE FROM _migrations WHERE name = ?", [last])
    conn.execute("INSERT INTO _migrations (name, applied_at) VALUES ('m000_kept_row', 'then')")
    conn.execute(f"PRAGMA user_version = {len(MIGRATIONS) - 1}")
    conn.commit()
    conn.close()
    connect(path).close()
    names = {row["name"] for row in _rows(path)}
    assert {last, "m000_kept_row"} <= names  # migrated in place, not copied over


def _rows(path) -> list[sqlite3.Row]:
    conn = sqlite3.connect(path)
    conn.row_factory = sqlite3.Row
    try:
        return conn.execute("SELECT name FROM _migrations").fetchall()
    finally:
        conn.close()
