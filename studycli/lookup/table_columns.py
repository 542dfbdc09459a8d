"""A cell of a wide table, read by its column's header, when no fact answers.

A table of several things side by side ("| | gp2 | gp3 | io1 | io2 Block Express |", then
"| max IOPS | 16,000 | 16,000 | 64,000 | 256,000 |") is one note line per row; the parser
files the row under one of its things (often the wrong one) and keeps no comparison of more
than two sides, so "io2 block express max iops" finds the row but not its cell. Here a
ranked row's header (lookup/context.py) is read: the one column whose header the query
names in full gives the statement "<header> <row label>: <cell>", scored by the answer
score with the bar that note lines must reach (lookup/lines.py). Stdlib only.
"""

from __future__ import annotations

import sqlite3

from studycli.kinds import Kind
from studycli.lookup.answer import answer_features, confidence
from studycli.lookup.lexicon import Lexicon
from studycli.lookup.lines import LINE_THRESHOLD, NEAR
from studycli.lookup.query import Query
from studycli.lookup.row_label import pipe_cells
from studycli.lookup.words import stems

ROWS = 12  # ranked facts looked at for a table row
MIN_COLUMNS = 3  # a row label and at least two things: two-sided tables are the parser's


def column_answers(conn: sqlite3.Connection, ranked: list[dict], q: Query, lex: Lexicon,
                   limit: int) -> list[dict]:
    """Cells that answer `q`, best first, as fact dicts (kind fact); [] when none does."""
    from studycli.lookup.context import attach_context

    rows = [h for h in ranked[:ROWS] if _is_row(h.get("snippet"))]
    rows += _row_lines(conn, q, lex)  # a row of bare numbers is often no fact at all
    if not rows:
        return []
    attach_context(conn, rows)
    out = []
    seen: set[tuple] = set()
    for h in rows:
        cell = _cell_asked(h, q)
        if cell is None or (h["source"], h["line"], cell[1]) in seen:
            continue
        seen.add((h["source"], h["line"], cell[1]))
        fact = _as_fact(h, *cell)
        fact["answer_features"] = features = answer_features(fact, q, lex)
        fact["answer"] = confidence(features)
        fact["score"] = round(fact["answer"] * 10, 3)
        # a cell labelled by its row ("max IOPS: 256,000") states a bare number, as an
        # answer under a note's question may (lookup/lines.py NEAR)
        if fact["answer"] >= LINE_THRESHOLD and min(features["shape"] + NEAR,
                                                    features["service"]) >= 1.0:
            out.append(fact)
    out.sort(key=lambda f: (-f["score"], f["source"], f["line"]))
    return out[:limit]


LINES = 40  # note lines read for table rows


def _is_row(text: str | None) -> bool:
    return bool(text) and text.lstrip().startswith("|")  # type: ignore[union-attr]


def _row_lines(conn: sqlite3.Connection, q: Query, lex: Lexicon) -> list[dict]:
    """Table rows among the note lines that say any word of the query's topic, as line
    facts (lookup/lines.py) with the service their line or neighbours name."""
    from studycli.lookup import search_expression
    from studycli.lookup.lines import _as_fact as line_fact
    from studycli.lookup.lines import _services
    from studycli.store import note_lines

    words = sorted({w for concept in q.topic for w, v in concept.items()
                    if v == max(concept.values()) and len(w) >= 2})
    expression = search_expression(words, {w for w in words if len(w) >= 4 and w.isalnum()})
    if not expression:
        return []
    try:
        found = note_lines.search(conn, expression, LINES)
    except sqlite3.OperationalError:  # a database from before the line index
        return []
    rows = [line_fact(r) for r in found if _is_row(r["text"])]
    _services(conn, rows, lex)
    return rows


def _cell_asked(h: dict, q: Query) -> tuple[str, str, str] | None:
    """(header, row label, cell) of the one column whose header every word of which the
    query says; None when no column, or more than one, is named so."""
    header = next((p for p in (h.get("context") or "").split("\n")
                   if p.lstrip().startswith("|")), "")
    if not header:
        return None
    head, row = pipe_cells(header), pipe_cells(h["snippet"])
    if len(head) != len(row) or len(row) < MIN_COLUMNS:
        return None
    asked = set(q.terms)
    named = [j for j in range(1, len(head))
             if (words := stems(head[j], frozenset())) and words <= asked]
    if len(named) != 1 or not row[named[0]]:
        return None
    j = named[0]
    return head[j], row[0], row[j]


def _as_fact(h: dict, header: str, label: str, cell: str) -> dict:
    return {**h, "rowid": None, "id": "", "subject": "", "attribute": f"{header} {label}",
            "kind": Kind.FACT, "qualifier": "", "value": f"{header} {label}: {cell}",
            "number": None, "unit": "", "low": None, "high": None, "also": [],
            "conflicts": [], "from_table": True}
