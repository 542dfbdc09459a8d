"""Reading comparison rows and the facts two compared things share."""

from __future__ import annotations

from studycli.model import Comparison, Fact, Kind

TYPE_CHECKING = False
if TYPE_CHECKING:  # imported for the type checker only
    from studycli.store.db import Store

_CMP_FIELDS = ("left", "right", "aspect", "left_value", "right_value", "source", "line")
_FACT_FIELDS = tuple(Fact.__dataclass_fields__)

# Kinds whose attribute names a measurable property two things can share.
COMPARABLE_KINDS = (Kind.LIMIT, Kind.DEFAULT, Kind.RANGE, Kind.ERROR_CODE)


def list_comparisons(db: Store) -> list[Comparison]:
    cols = ", ".join(f'"{c}"' for c in _CMP_FIELDS)
    sql = f"SELECT {cols} FROM comparisons ORDER BY source, line"
    return [Comparison(**row) for row in db.query(sql)]


def comparable_facts(db: Store, service: str | None = None) -> list[Fact]:
    """Facts of the comparable kinds (of one service, when given), in a stable order."""
    marks = ", ".join("?" for _ in COMPARABLE_KINDS)
    sql = f"SELECT {', '.join(_FACT_FIELDS)} FROM facts WHERE kind IN ({marks})"
    params: list = list(COMPARABLE_KINDS)
    if service:
        sql += " AND lower(service) = lower(?)"
        params.append(service)
    sql += " ORDER BY service, subject, attribute, qualifier, source, line"
    return [Fact(**row) for row in db.query(sql, params)]


def subject_statements(db: Store, service: str, subject: str,
                       limit: int = 8) -> list[Fact]:
    """The plain statements the notes make about one subject, in note order."""
    sql = (f"SELECT {', '.join(_FACT_FIELDS)} FROM facts WHERE kind = 'fact' "
           "AND lower(service) = lower(?) AND lower(subject) = lower(?) "
           "ORDER BY source, line LIMIT ?")
    return [Fact(**row) for row in db.query(sql, [service, subject, limit])]


def facts_at(db: Store, places: set[tuple[str, int]]) -> list[Fact]:
    """The facts read from these note lines ((source, line) pairs), by source and line.

    Only those lines are read (an index on source, then the line): reading every fact of the
    notes named and keeping a few cost `cards` and `compare` ~15 ms on the shipped notes."""
    by_source: dict[str, set[int]] = {}
    for source, line in places:
        by_source.setdefault(source, set()).add(line)
    out: list[Fact] = []
    cols = ", ".join(_FACT_FIELDS)
    for source in sorted(by_source):
        lines = sorted(by_source[source])
        for i in range(0, len(lines), _LINES_PER_QUERY):
            chunk = lines[i:i + _LINES_PER_QUERY]
            sql = (f"SELECT {cols} FROM facts WHERE source = ? "
                   f"AND line IN ({', '.join('?' for _ in chunk)}) ORDER BY line, rowid")
            out += [Fact(*row) for row in db.conn.execute(sql, [source, *chunk])]
    return out


_LINES_PER_QUERY = 500  # under SQLite's bound on parameters in one statement
