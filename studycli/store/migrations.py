"""Append-only named migrations. Never edit one that has shipped: add a new one.

Each is recorded in the `_migrations` table when applied; PRAGMA user_version holds
how many are applied, so a database from a newer studycli is recognised and left alone.
"""

from __future__ import annotations

from collections.abc import Callable

# The lookup fast path counts migrations: no sqlite-utils (nor typing) at import time.
TYPE_CHECKING = False
if TYPE_CHECKING:
    import sqlite_utils

Migration = Callable[["sqlite_utils.Database"], None]
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
