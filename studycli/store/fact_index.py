"""Small indexed reads over facts, so the quiz need not load the whole fact base to ask
its first question (question distractors need only distinct values per unit)."""

from __future__ import annotations

from studycli.model import Fact

_FIELDS = list(Fact.__dataclass_fields__)


def facts_with_key(db, key: tuple) -> list[Fact]:
    """Facts whose Fact.key is `key` (uses the facts_lower_key expression index)."""
    cur = db.conn.execute(
        f"SELECT {', '.join(_FIELDS)} FROM facts WHERE lower(service) = ? AND lower(subject) = ? "
        "AND lower(attribute) = ? AND qualifier = ? ORDER BY source, line", list(key))
    return [Fact(*row) for row in cur.fetchall()]


def distinct_numbers(db) -> dict[str, list[float]]:
    out: dict[str, list[float]] = {}
    for unit, number in db.conn.execute(
            "SELECT DISTINCT unit, number FROM facts WHERE kind IN ('limit', 'default') "
            "AND number IS NOT NULL ORDER BY unit, number"):
        out.setdefault(unit, []).append(number)
    return out


def distinct_measured_numbers(db) -> dict[str, list[tuple[float, str]]]:
    """unit -> every distinct (number, attribute) of the limits and defaults: what a number
    measures, so a wrong option is taken from values of the same measure."""
    out: dict[str, list[tuple[float, str]]] = {}
    for unit, number, attribute in db.conn.execute(
            "SELECT DISTINCT unit, number, attribute FROM facts WHERE kind IN ('limit', "
            "'default') AND number IS NOT NULL ORDER BY unit, number, attribute"):
        out.setdefault(unit, []).append((number, attribute))
    return out


def distinct_ranges(db) -> dict[str, list[tuple[float, float]]]:
    out: dict[str, list[tuple[float, float]]] = {}
    for unit, low, high in db.conn.execute(
            "SELECT DISTINCT unit, low, high FROM facts WHERE kind = 'range' "
            "AND low IS NOT NULL AND high IS NOT NULL ORDER BY unit, low, high"):
        out.setdefault(unit, []).append((low, high))
    return out


def distinct_measured_ranges(db) -> dict[str, list[tuple[tuple[float, float], str]]]:
    """unit -> every distinct ((low, high), attribute) of the ranges."""
    out: dict[str, list[tuple[tuple[float, float], str]]] = {}
    for unit, low, high, attribute in db.conn.execute(
            "SELECT DISTINCT unit, low, high, attribute FROM facts WHERE kind = 'range' "
            "AND low IS NOT NULL AND high IS NOT NULL ORDER BY unit, low, high, attribute"):
        out.setdefault(unit, []).append(((low, high), attribute))
    return out


def error_facts(db) -> list[Fact]:
    cur = db.conn.execute(
        f"SELECT {', '.join(_FIELDS)} FROM facts WHERE kind = 'error_code' "
        "ORDER BY service, subject, attribute, qualifier, source, line")
    return [Fact(*row) for row in cur.fetchall()]


def facts_by_ids(db, ids: list[str]) -> list[Fact]:
    if not ids:
        return []
    marks = ", ".join("?" * len(ids))
    cur = db.conn.execute(f"SELECT {', '.join(_FIELDS)} FROM facts WHERE id IN ({marks})",
                          list(ids))
    order = {fid: n for n, fid in enumerate(ids)}
    return sorted((Fact(*row) for row in cur.fetchall()), key=lambda f: order[f.id])
