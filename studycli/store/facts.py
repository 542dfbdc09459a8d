"""Reading and writing facts, comparisons and sources."""

from __future__ import annotations

from collections import defaultdict
from datetime import datetime, timezone

import sqlite_utils

from studycli.model import Comparison, Fact, ParsedNote


def source_hash(db: sqlite_utils.Database, path: str) -> str | None:
    row = db.execute("SELECT sha256 FROM sources WHERE path = ?", [path]).fetchone()
    return row[0] if row else None


def replace_source(db: sqlite_utils.Database, note: ParsedNote, sha256: str) -> None:
    """Swap one note's facts and comparisons for new ones, in one transaction."""
    with db.conn:
        db.execute("DELETE FROM facts WHERE source = ?", [note.source])
        db.execute("DELETE FROM comparisons WHERE source = ?", [note.source])
        if note.facts:
            # The same key and value twice in one note is one fact: the first line wins.
            db["facts"].insert_all((f.to_dict() for f in note.facts), ignore=True)
        if note.comparisons:
            db["comparisons"].insert_all((c.to_dict() for c in note.comparisons), ignore=True)
        db["sources"].upsert(
            {
                "path": note.source,
                "sha256": sha256,
                "ingested_at": datetime.now(timezone.utc).isoformat(timespec="seconds"),
                "facts": db.execute(
                    "SELECT count(*) FROM facts WHERE source = ?", [note.source]
                ).fetchone()[0],
                "comparisons": len(note.comparisons),
            },
            pk="path",
        )


def count_facts(db: sqlite_utils.Database) -> int:
    return db.execute("SELECT count(*) FROM facts").fetchone()[0]


def count_by_kind(db: sqlite_utils.Database) -> dict[str, int]:
    rows = db.execute("SELECT kind, count(*) FROM facts GROUP BY kind ORDER BY kind")
    return {kind: n for kind, n in rows}


def count_comparisons(db: sqlite_utils.Database) -> int:
    return db.execute("SELECT count(*) FROM comparisons").fetchone()[0]


def list_sources(db: sqlite_utils.Database) -> list[dict]:
    return list(db.query("SELECT path, sha256, ingested_at, facts, comparisons FROM sources"))


_FACT_FIELDS = [f for f in Fact.__dataclass_fields__]


def list_facts(
    db: sqlite_utils.Database, service: str | None = None, kind: str | None = None
) -> list[Fact]:
    where, params = [], []
    if service:
        where.append("lower(service) = lower(?)")
        params.append(service)
    if kind:
        where.append("kind = ?")
        params.append(kind)
    sql = f"SELECT {', '.join(_FACT_FIELDS)} FROM facts"
    if where:
        sql += " WHERE " + " AND ".join(where)
    sql += " ORDER BY service, subject, attribute, qualifier, source, line"
    return [Fact(**row) for row in db.query(sql, params)]


def find_conflicts(db: sqlite_utils.Database) -> list[list[Fact]]:
    """Groups of facts with one key and more than one value, stated on different lines."""
    sql = f"""
        SELECT {', '.join('f.' + c for c in _FACT_FIELDS)}
        FROM facts f JOIN (
            SELECT lower(service) s, lower(subject) su, lower(attribute) a, qualifier q
            FROM facts WHERE kind != 'fact'
            GROUP BY 1, 2, 3, 4 HAVING count(DISTINCT lower(value)) > 1
        ) k ON lower(f.service) = k.s AND lower(f.subject) = k.su
           AND lower(f.attribute) = k.a AND f.qualifier = k.q
        WHERE f.kind != 'fact'
        ORDER BY f.service, f.subject, f.attribute, f.qualifier, f.source, f.line
    """
    groups: dict[tuple, list[Fact]] = defaultdict(list)
    for row in db.query(sql):
        fact = Fact(**row)
        groups[fact.key].append(fact)
    return [g for g in groups.values() if _really_differ(g)]


def _really_differ(group: list[Fact]) -> bool:
    # Values that differ only in wording but agree in canonical number are not a conflict.
    canon = {(f.number, f.unit, f.low, f.high) if f.number is not None or f.low is not None
             else f.value.lower() for f in group}
    return len(canon) > 1 and len({(f.source, f.line) for f in group}) > 1
