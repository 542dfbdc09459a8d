"""Append-only named migrations. Never edit one that has shipped: add a new one.

Each is recorded in the `_migrations` table when applied; PRAGMA user_version holds
how many are applied, so a database from a newer studycli is recognised and left alone.
"""

from __future__ import annotations

from collections.abc import Callable

import sqlite_utils

Migration = Callable[[sqlite_utils.Database], None]
MIGRATIONS: list[tuple[str, Migration]] = []


def migration(fn: Migration) -> Migration:
    MIGRATIONS.append((fn.__name__, fn))
    return fn


FACT_COLUMNS = {
    "id": str, "service": str, "subject": str, "attribute": str, "kind": str,
    "qualifier": str, "value": str, "number": float, "unit": str, "low": float,
    "high": float, "source": str, "line": int, "snippet": str,
}


FTS_COLUMNS = ("service", "subject", "attribute", "value", "snippet")
_cols = ", ".join(FTS_COLUMNS)
_new = ", ".join(f"new.{c}" for c in FTS_COLUMNS)
_old = ", ".join(f"old.{c}" for c in FTS_COLUMNS)
FACTS_FTS_SQL = (
    f"CREATE VIRTUAL TABLE facts_fts USING fts5({_cols}, content='facts', "
    "content_rowid='rowid', tokenize='porter unicode61')",
    f"CREATE TRIGGER facts_ai AFTER INSERT ON facts BEGIN "
    f"INSERT INTO facts_fts (rowid, {_cols}) VALUES (new.rowid, {_new}); END",
    f"CREATE TRIGGER facts_ad AFTER DELETE ON facts BEGIN "
    f"INSERT INTO facts_fts (facts_fts, rowid, {_cols}) VALUES ('delete', old.rowid, {_old}); END",
    f"CREATE TRIGGER facts_au AFTER UPDATE ON facts BEGIN "
    f"INSERT INTO facts_fts (facts_fts, rowid, {_cols}) VALUES ('delete', old.rowid, {_old}); "
    f"INSERT INTO facts_fts (rowid, {_cols}) VALUES (new.rowid, {_new}); END",
)


@migration
def m001_initial(db: sqlite_utils.Database) -> None:
    db["sources"].create(
        {"path": str, "sha256": str, "ingested_at": str, "facts": int, "comparisons": int},
        pk="path",
    )
    db["facts"].create(FACT_COLUMNS, pk="id")
    db["facts"].create_index(["service", "subject", "attribute", "qualifier"])
    db["facts"].create_index(["source"])
    # Written out rather than enable_fts(): its executescript() would commit mid-migration.
    for statement in FACTS_FTS_SQL:
        db.execute(statement)
    db["comparisons"].create(
        {"id": str, "left": str, "right": str, "aspect": str, "left_value": str,
         "right_value": str, "source": str, "line": int},
        pk="id",
    )
    db["comparisons"].create_index(["source"])


SCHEMA_VERSION_NOTE = "schema version = number of migrations known to this studycli"


def known_version() -> int:
    return len(MIGRATIONS)


@migration
def m_exam_attempts(db: sqlite_utils.Database) -> None:
    """Practice exam attempts and their answers (kept apart from the quiz's cards and reviews)."""
    db["exam_attempts"].create(
        {"id": str, "profile": str, "seed": int, "started_at": str, "finished_at": str,
         "questions": int, "raw": int, "scaled": int, "pass_mark": int, "passed": int,
         "unanswered": int, "timed_out": int, "seconds": float},
        pk="id",
    )
    db["exam_attempts"].create_index(["finished_at"])
    db["exam_answers"].create(
        {"attempt_id": str, "position": int, "question_id": str, "service": str, "kind": str,
         "multi": int, "chosen": str, "answers": str, "correct": int, "flagged": int,
         "fact_ids": str},
        pk=("attempt_id", "position"),
        foreign_keys=[("attempt_id", "exam_attempts", "id")],
    )
