"""Reading and writing facts, comparisons and sources."""

from __future__ import annotations

import itertools
import sqlite3
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from datetime import UTC, datetime
from operator import attrgetter

from studycli.kept import FACT_ROWS
from studycli.model import Fact, ParsedNote
from studycli.store.fts_bulk import FACTS, swap_rows
from studycli.store.rollback import roll_back

TYPE_CHECKING = False
if TYPE_CHECKING:  # imported for the type checker only
    from studycli.store.db import Store


def source_hash(db: Store, path: str) -> str | None:
    row = db.execute("SELECT sha256 FROM sources WHERE path = ?", [path]).fetchone()
    return row[0] if row else None


def source_stamps(db: Store, path: str) -> tuple[str, str | None] | None:
    """(the hash of the note's text, the stamp of what read it: studycli.reader_stamp) as
    stored, or None for a note never ingested. The stamp is None for a note stored before
    notes were stamped."""
    row = db.execute("SELECT sha256, reader FROM sources WHERE path = ?", [path]).fetchone()
    return (row[0], row[1]) if row else None


_FACT_INSERT = (f"INSERT OR IGNORE INTO facts ({', '.join(Fact.__dataclass_fields__)}, id) "
                f"VALUES ({', '.join('?' for _ in Fact.__dataclass_fields__)}, ?)")
# A fact's fields in column order, in one C call per fact: a getattr per field from a
# generator cost about as much as the id's hash (a dense 1 MB note has some 55,000 facts).
_FACT_FIELDS_OF = attrgetter(*Fact.__dataclass_fields__)
_CMP_FIELDS = ("left", "right", "aspect", "left_value", "right_value", "source", "line")
_CMP_ROW = attrgetter(*_CMP_FIELDS, "id")
_CMP_INSERT = (f"INSERT OR IGNORE INTO comparisons ({', '.join(_CMP_FIELDS)}, id) "
               f"VALUES ({', '.join('?' for _ in _CMP_FIELDS)}, ?)")


def first_per_id(facts: list[Fact]) -> dict[str, Fact]:
    """The facts one per id, in note order: the same key and value twice in one note is one
    fact, and the first line wins."""
    distinct: dict[str, Fact] = {}
    for fact in facts:
        distinct.setdefault(fact.id, fact)
    return distinct


def replace_source(db: Store, note: ParsedNote, sha256: str,
                   also: Callable[[], object] | None = None,
                   reader: str | None = None) -> dict[str, Fact]:
    """Swap one note's facts and comparisons for new ones, in one transaction (`also`, run
    inside it, writes what must change with them: the note's lines for `search`; `reader`:
    the stamp of the code that read it, studycli.reader_stamp). Returns the facts as stored
    (first_per_id).

    Plain executemany inside an explicit BEGIN: sqlite-utils' writers commit on their own,
    which would split a note's swap into several transactions.
    """
    conn = db.conn
    # Repeated facts left out here, not by the INSERT: each fact's id is looked up once (its
    # cached hash still costs the fact's hash, ~3 us), and a dense note repeats a third of its
    # facts (a TSV deck, a table copied twice).
    distinct = first_per_id(note.facts)
    conn.execute("BEGIN IMMEDIATE")
    try:
        conn.execute("DELETE FROM comparisons WHERE source = ?", [note.source])
        swap_rows(conn, FACTS, note.source, len(distinct), lambda: conn.executemany(
            _FACT_INSERT, [(*_FACT_FIELDS_OF(f), fid) for fid, f in distinct.items()]))
        conn.executemany(_CMP_INSERT, map(_CMP_ROW, note.comparisons))
        count = conn.execute("SELECT count(*) FROM facts WHERE source = ?",
                             [note.source]).fetchone()[0]
        conn.execute(
            "INSERT OR REPLACE INTO sources (path, sha256, ingested_at, facts, comparisons, "
            "reader) VALUES (?, ?, ?, ?, ?, ?)",
            [note.source, sha256, datetime.now(UTC).isoformat(timespec="seconds"),
             count, len(note.comparisons), reader])
        if also is not None:
            also()
        conn.execute("COMMIT")
    except BaseException:
        roll_back(conn)
        raise
    return distinct


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
    listed = getattr(db, "_listed_once", None)
    if listed is None:
        return _listed(db, sql, params)
    # inside facts_listed_once: the same listing again, while no fact changed, is the one
    # made then. Every listing made while no fact changed is kept, not the last alone: the
    # unasked cards list one service's facts at a time between the hooks' lists of them all.
    state = _facts_state(db.conn)
    if listed.get("state") != state:
        listed.clear()
        listed["state"] = state
    asked = (sql, tuple(params))
    if asked not in listed:
        listed[asked] = _listed(db, sql, params)
    return list(listed[asked])


def facts_of_line(db: Store, source: str, line: int) -> list[Fact]:
    """The facts one note line states, in the order they were stored."""
    return [Fact(*row) for row in db.conn.execute(
        f"SELECT {', '.join(_FACT_FIELDS)} FROM facts WHERE source = ? AND line = ? "
        "ORDER BY rowid", (source, line))]


def facts_by_line(db: Store) -> dict[tuple[str, int], list[Fact]]:
    """facts_of_line of every line at once, by (source, line): one read of the table for a
    caller that asks of most lines (the facts table has no index on the line, so each
    facts_of_line scans it whole)."""
    out: dict[tuple[str, int], list[Fact]] = {}
    for row in db.conn.execute(f"SELECT {', '.join(_FACT_FIELDS)} FROM facts ORDER BY rowid"):
        fact = Fact(*row)
        out.setdefault((fact.source, fact.line), []).append(fact)
    return out


def _listed(db: Store, sql: str, params: list) -> list[Fact]:
    # positional, in field order (the SELECT's): no dict per row
    return [Fact(*row) for row in db.execute(sql, params)]


@contextmanager
def facts_listed_once(db: Store) -> Iterator[None]:
    """Within the block, list_facts asked twice for the same facts while none changed reads
    them once: after an ingest the card sync and the AWS check each list every fact (facts
    are frozen, so sharing them is safe; each caller gets its own list). Changes are seen
    exactly: this connection's writes to the facts table by connection-local (TEMP) triggers
    counting them, other connections' commits by PRAGMA data_version."""
    conn = db.conn
    try:
        conn.execute(f"CREATE TEMP TABLE IF NOT EXISTS {_WRITES} (n INTEGER NOT NULL)")
        conn.execute(f"DELETE FROM temp.{_WRITES}")
        conn.execute(f"INSERT INTO temp.{_WRITES} VALUES (0)")
        for event in _EVENTS:  # (a trigger's body may not name a schema: temp comes first)
            conn.execute(f"CREATE TEMP TRIGGER IF NOT EXISTS {_WRITES}_{event} AFTER {event} "
                         f"ON main.facts BEGIN UPDATE {_WRITES} SET n = n + 1; END")
        db._listed_once = {}  # type: ignore[attr-defined]
    except sqlite3.Error:
        pass  # no temp store here: every listing reads, as outside the block
    from studycli.kept import rows_counted

    # the count starts again at 0 in each block, and a fact written between two blocks is
    # counted by neither: a digest taken in one block is of no use in another
    generation = next(_GENERATIONS)

    def writes(other: sqlite3.Connection) -> tuple[int, int] | None:
        return (generation, _facts_state(conn)[0]) \
            if other is conn and hasattr(db, "_listed_once") else None

    try:
        # the kept work's keys hash every fact row (the card sync, the unasked cards, the
        # AWS tally): hashed again only when a fact changed, not when a card did
        with rows_counted(FACT_ROWS, writes):
            yield
    finally:
        if hasattr(db, "_listed_once"):
            del db._listed_once
        try:
            for event in _EVENTS:
                conn.execute(f"DROP TRIGGER IF EXISTS temp.{_WRITES}_{event}")
            conn.execute(f"DROP TABLE IF EXISTS temp.{_WRITES}")
        except sqlite3.Error:
            pass


_WRITES = "studycli_facts_writes"
# FACT_ROWS (studycli.kept): what the kept work's keys hash, the writes to it counted here
_EVENTS = ("INSERT", "UPDATE", "DELETE")
_GENERATIONS = itertools.count()  # one number per facts_listed_once block


def _facts_state(conn: sqlite3.Connection) -> tuple[int, int]:
    writes = conn.execute(f"SELECT n FROM temp.{_WRITES}").fetchone()[0]
    return writes, conn.execute("PRAGMA data_version").fetchone()[0]


# The attribute without what its brackets say: a qualifier may be written there, in any
# language ("retention period (maximo)"), and studycli.conflicts reads qualifiers by meaning,
# so the narrowing keeps every qualifier of an attribute.
_ATTR = ("(CASE WHEN lower({0}) LIKE '% (%)' THEN substr(lower({0}), 1, "
         "instr(lower({0}), ' (') - 1) ELSE lower({0}) END)")


def conflict_candidates(db: Store) -> list[Fact]:
    """Facts whose key two or more notes state with different values, in key order: the
    narrowing SQL can do. Whether they really disagree is studycli.conflicts' rule."""
    sql = f"""
        SELECT {', '.join('f.' + c for c in _FACT_FIELDS)}
        FROM facts f JOIN (
            SELECT lower(service) s, lower(subject) su, {_ATTR.format('attribute')} a
            FROM facts WHERE kind != 'error_code'
            GROUP BY 1, 2, 3
            HAVING count(DISTINCT source) > 1 AND count(DISTINCT lower(value)) > 1
        ) k ON lower(f.service) = k.s AND lower(f.subject) = k.su
           AND {_ATTR.format('f.attribute')} = k.a
        WHERE f.kind != 'error_code'
        ORDER BY f.service, f.subject, f.attribute, f.qualifier, f.source, f.line
    """
    return [Fact(**row) for row in db.query(sql)]
