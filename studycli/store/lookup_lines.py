"""Reads by note line for lookup: the facts stated on given lines (stdlib sqlite3 only).

A plain statement and a structured fact often come from one note line ("Docker is not
supported as a Lambda runtime" is also Lambda / docker support = not supported); a lookup
marks the statement with the conflicts of its line's facts.
"""

from __future__ import annotations

import sqlite3

from studycli.store.read import FACT_FIELDS

_COLS = ", ".join(FACT_FIELDS)


def facts_on_lines(conn: sqlite3.Connection, places: list[tuple[str, int]]) -> list[dict]:
    """Facts whose (source, line) is one of `places` (the facts_source index narrows it)."""
    out: list[dict] = []
    by_source: dict[str, set[int]] = {}
    for source, line in places:
        by_source.setdefault(source, set()).add(line)
    for source, lines in by_source.items():
        marks = ", ".join("?" * len(lines))
        cur = conn.execute(f"SELECT rowid, {_COLS} FROM facts WHERE source = ? "
                           f"AND line IN ({marks})", [source, *sorted(lines)])
        out += [dict(zip(("rowid", *FACT_FIELDS), row)) for row in cur]
    return out
