"""A cell of a comparison table that answers when no fact does.

A table that compares two things ("| | Secrets Manager | SSM Param Store |", then "| size |
64 KB max | std 4 KB / adv 8 KB |") is one note line per row, and the parser files the
row's fact under the first column's thing: "parameter store standard param size" finds no
fact of Parameter Store, though its column says "std 4 KB". The `comparisons` table keeps
every row with both sides: each side of a row whose names share a word with the query is
read as a statement of that side (the side named, the row's aspect, the side's cell) and
scored by the same answer score as facts (lookup/answer.py), with the bar that note lines
must reach (lookup/lines.py: the service and the kind of value asked in full). A table
written the other way round (one row per thing, a column per quantity: "| gp3 | 16,000 |
1,000 MiB/s |") gives the same statement with the names the other way round. Stdlib only.
"""

from __future__ import annotations

import sqlite3

from studycli.kinds import Kind
from studycli.lookup.answer import answer_features, confidence
from studycli.lookup.lexicon import Lexicon
from studycli.lookup.lines import LINE_THRESHOLD
from studycli.lookup.query import Query
from studycli.lookup.text import normalize, tokens

CANDIDATE_ROWS = 200  # comparison rows read


def side_answers(conn: sqlite3.Connection, q: Query, lex: Lexicon, only: list[str] | None,
                 limit: int) -> list[dict]:
    """Cells of comparison tables that answer `q`, best first, as fact dicts (kind fact);
    [] when none reaches LINE_THRESHOLD with the service and the kind of value asked."""
    from studycli.store.lookup_lines import comparison_rows

    words = sorted({w for w in q.tokens if len(w) >= 3 and w.isalnum()
                    and w not in lex.stopwords})
    try:
        rows = comparison_rows(conn, words, CANDIDATE_ROWS)
    except sqlite3.OperationalError:  # a database without comparisons
        return []
    sides = [_as_fact(row, name, value) for row in rows
             for name, value in ((row["left"], row["left_value"]),
                                 (row["right"], row["right_value"]))
             if (name or "").strip() and (value or "").strip()]
    _places(conn, sides)
    out = []
    for fact in sides:
        if (only and fact["service"] not in only) or not _side_asked(fact, q):
            continue  # "memcached port": Redis's cell of the row answers of Redis
        fact["answer_features"] = features = answer_features(fact, q, lex)
        fact["answer"] = confidence(features)
        fact["score"] = round(fact["answer"] * 10, 3)
        if fact["answer"] >= LINE_THRESHOLD and min(features["shape"],
                                                    features["service"]) >= 1.0:
            out.append(fact)
    # cells that answer alike: the row saying more of the words typed first ("security
    # group vs nacl stateful": the "state" row's "stateful", not the "level" row before it)
    out.sort(key=lambda h: (-h["score"], -_words_said(h, q), h["source"], h["line"]))
    return _one_per_cell(out)[:limit]


def _words_said(fact: dict, q: Query) -> int:
    """How many of the words typed a cell's row says (its aspect and the cell)."""
    from studycli.lookup.words import stems

    said = stems(f"{fact['attribute']} {fact['value']}", frozenset())
    return len(said & stems(" ".join(q.tokens), frozenset()))


def _as_fact(row: dict, name: str, value: str) -> dict:
    """One side of a row as a statement: the side is the thing, the aspect what of it; in a
    table written the other way round the aspect names the thing and the side what of it."""
    service, subject = _thing(name)
    thing, attribute = name, row["aspect"] or ""
    if not service:
        service, subject = _thing(attribute)
        thing, attribute = attribute, name
    return {"rowid": None, "id": "", "service": service, "subject": subject,
            "attribute": attribute.strip(), "kind": Kind.FACT, "qualifier": "",
            "value": value.strip(), "number": None, "unit": "", "low": None, "high": None,
            "source": row["source"], "line": row["line"],
            "snippet": f"{name.strip()} | {row['aspect']} | {value.strip()}",
            "also": [], "conflicts": [], "from_table": True, "thing": thing.strip()}


def _places(conn: sqlite3.Connection, sides: list[dict]) -> None:
    """The note's own line as each side's snippet (a database from before lines were
    stored keeps the cells written out)."""
    from studycli.store.lookup_lines import line_texts

    lines = line_texts(conn, sorted({(f["source"], f["line"]) for f in sides}))
    for f in sides:
        f["snippet"] = lines.get((f["source"], f["line"])) or f["snippet"]


def _side_asked(fact: dict, q: Query) -> bool:
    """Whether the thing a cell is of is the thing asked: the subject named, or the service
    named and, for a thing inside it, its name typed ("memcached port": Memcached's cell,
    not Redis's; a cell answers of its own column only)."""
    if fact["subject"] and any(s.lower() == fact["subject"].lower() for _, s in q.subjects):
        return True
    if not fact["service"] or fact["service"] not in q.services:
        return False
    return not fact["subject"] or set(tokens(normalize(fact["thing"]))) <= set(q.tokens)


def _thing(name: str) -> tuple[str, str]:
    """(service, subject) that a table's column or row name names; ("", "") for none."""
    from studycli.services import canonical_service, catalog

    text = (name or "").strip()
    owner = catalog().subject_aliases.get(text.lower())
    if owner:
        return owner[0], owner[1]
    return canonical_service(text) or "", ""


def _one_per_cell(facts: list[dict]) -> list[dict]:
    seen: set[tuple] = set()
    out = []
    for f in facts:
        key = (f["source"], f["line"], f["value"])
        if key not in seen:
            seen.add(key)
            out.append(f)
    return out
