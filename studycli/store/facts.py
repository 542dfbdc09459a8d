"""Reading and writing facts, comparisons and sources."""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime

from studycli.model import Fact, ParsedNote
from studycli.store.fts_bulk import FACTS, swap_rows

TYPE_CHECKING = False
if TYPE_CHECKING:  # imported for the type checker only
    from studycli.store.db import Store


def source_hash(db: Store, path: str) -> str | None:
    row = db.execute("SELECT sha256 FROM sources WHERE path = ?", [path]).fetchone()
    return row[0] if row else None


_FACT_INSERT = (f"INSERT OR IGNORE INTO facts ({', '.join(Fact.__dataclass_fields__)}, id) "
                f"VALUES ({', '.join('?' for _ in Fact.__dataclass_fields__)}, ?)")
_CMP_FIELDS = ("left", "right", "aspect", "left_value", "right_value", "source", "line")
_CMP_INSERT = (f"INSERT OR IGNORE INTO comparisons ({', '.join(_CMP_FIELDS)}, id) "
               f"VALUES ({', '.join('?' for _ in _CMP_FIELDS)}, ?)")


def replace_source(db: Store, note: ParsedNote, sha256: str,
                   also: Callable[[], object] | None = None) -> None:
    """Swap one note's facts and comparisons for new ones, in one transaction (`also`, run
    inside it, writes what must change with them: the note's lines for `search`).

    Plain executemany inside an explicit BEGIN: sqlite-utils' writers commit on their own,
    which would split a note's swap into several transactions.
    """
    conn = db.conn
    conn.execute("BEGIN IMMEDIATE")
    try:
        conn.execute("DELETE FROM comparisons WHERE source = ?", [note.source])
        # The same key and value twice in one note is one fact: the first line wins.
        swap_rows(conn, FACTS, note.source, len(note.facts), lambda: conn.executemany(
            _FACT_INSERT, (tuple(getattr(f, name) for name in Fact.__dataclass_fields__)
                           + (f.id,) for f in note.facts)))
        conn.executemany(_CMP_INSERT, (
            tuple(getattr(c, name) for name in _CMP_FIELDS) + (c.id,) for c in note.comparisons))
        count = conn.execute("SELECT count(*) FROM facts WHERE source = ?",
                             [note.source]).fetchone()[0]
        conn.execute(
            "INSERT OR REPLACE INTO sources (path, sha256, ingested_at, facts, comparisons) "
            "VALUES (?, ?, ?, ?, ?)",
            [note.source, sha256, datetime.now(UTC).isoformat(timespec="seconds"),
             count, len(note.comparisons)])
        if also is not None:
            also()
        conn.execute("COMMIT")
    except BaseException:
        conn.execute("ROLLBACK")
        raise


def count_facts(db: Store) -> int:
    return db.execute("SELECT count(*) FROM facts").fetchone()[0]


def count_by_kind(db: Store) -> dict[str, int]:
    rows = db.execute("SELECT kind, count(*) FROM facts GROUP BY kind ORDER BY kind")
    return {kind: n for kind, n in rows}


def count_comparisons(db: Store) -> int:
    return db.execute("SELECT count(*) FROM comparisons").fetchone()[0]


_FACT_FIELDS = [f for f in Fact.__dataclass_fields__]


def list_facts(
    db: Store, service: str | None = None, kind: str | None = None
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
    # positional, in field order (the SELECT's): no dict per row; a full ingest's card sync
    # and AWS check each list every fact
    return [Fact(*row) for row in db.execute(sql, params)]


# A limit stated without "max" ("Retry on errors for 3 times") disagrees with a stated maximum.
_QUAL = "(CASE WHEN qualifier = '' THEN 'max' ELSE qualifier END)"


def conflict_candidates(db: Store) -> list[Fact]:
    """Facts whose key two or more notes state with different values, in key order: the
    narrowing SQL can do. Whether they really disagree is studycli.conflicts' rule."""
    sql = f"""
        SELECT {', '.join('f.' + c for c in _FACT_FIELDS)}
        FROM facts f JOIN (
            SELECT lower(service) s, lower(subject) su, lower(attribute) a, {_QUAL} q
            FROM facts WHERE kind != 'error_code'
            GROUP BY 1, 2, 3, 4
            HAVING count(DISTINCT source) > 1 AND count(DISTINCT lower(value)) > 1
        ) k ON lower(f.service) = k.s AND lower(f.subject) = k.su
           AND lower(f.attribute) = k.a AND {_QUAL.replace('qualifier', 'f.qualifier')} = k.q
        WHERE f.kind != 'error_code'
        ORDER BY f.service, f.subject, f.attribute, f.qualifier, f.source, f.line
    """
    return [Fact(**row) for row in db.query(sql)]
