"""Read-only queries for the lookup fast path: stdlib sqlite3, no sqlite-utils.

Rows come back as plain dicts with the fact fields (plus `rowid` and, from the full-text
search, `bm25`), which is all a lookup needs and cheap to build.
"""

from __future__ import annotations

import _sqlite3 as sqlite3  # sqlite3 less its datetime import: store/__init__.py
import re
from collections.abc import Callable

from studycli.kinds import Kind

FACT_FIELDS = ("service", "subject", "attribute", "kind", "qualifier", "value", "number", "unit",
               "low", "high", "source", "line", "snippet", "id")
_COLS = ", ".join(f"f.{c}" for c in FACT_FIELDS)
# Column weights for bm25 over facts_fts(service, subject, attribute, value, snippet):
# a word in the attribute says most about what a fact is about.
_BM25 = "bm25(facts_fts, 2.0, 3.0, 6.0, 2.0, 1.0)"


def _rows(cursor: sqlite3.Cursor, extra: tuple[str, ...] = ()) -> list[dict]:
    names = ("rowid", *FACT_FIELDS, *extra)
    return [dict(zip(names, row, strict=True)) for row in cursor]


def search(conn: sqlite3.Connection, match: str, limit: int,
           services: list[str] | None = None, kind: str | None = None) -> list[dict]:
    """Facts matching the FTS5 expression `match`, best bm25 first.

    `match` must be built from quoted terms only (see lookup.search_expression): user text
    never reaches FTS5 unquoted. Unfiltered, the top `limit` are chosen inside the FTS table
    before the join, so only they are read from `facts` (bm25 over 20,000 matches and their
    rows would cost 40 ms at 100,000 facts). `services` and `kind` filter before the limit.
    """
    params: list[object] = [match]
    if services:
        # The matches' rowids are tested against those of the services' facts (read from the
        # service index once), not each match's row read from `facts` to compare its service:
        # "sqs max message size"'s unfiled search read some 21,000 rows at 100,000 facts
        # (40 ms -> 13 ms). The `+` keeps the rowid test a filter: as a constraint handed to
        # FTS5 it would rerun the match once per rowid, far slower.
        inner = f"service IN ({', '.join('?' * len(services))})" + (" AND kind = ?" if kind
                                                                     else "")
        params += [*services, *([kind] if kind else [])]
        sql = (f"SELECT f.rowid, {_COLS}, m.r FROM (SELECT rowid, {_BM25} AS r FROM facts_fts "
               f"WHERE facts_fts MATCH ? AND +rowid IN (SELECT rowid FROM facts WHERE {inner}) "
               "ORDER BY r LIMIT ?) m JOIN facts f ON f.rowid = m.rowid ORDER BY m.r")
    elif kind:  # (no index on kind: each match's row is read)
        params.append(kind)
        sql = (f"SELECT f.rowid, {_COLS}, {_BM25} AS r FROM facts_fts JOIN facts f "
               "ON f.rowid = facts_fts.rowid WHERE facts_fts MATCH ? AND f.kind = ? "
               "ORDER BY r LIMIT ?")
    else:
        sql = (f"SELECT f.rowid, {_COLS}, m.r FROM (SELECT rowid, {_BM25} AS r FROM facts_fts "
               "WHERE facts_fts MATCH ? ORDER BY r LIMIT ?) m JOIN facts f ON f.rowid = m.rowid "
               "ORDER BY m.r")
    params.append(limit)
    return _rows(conn.execute(sql, params), ("bm25",))


def facts_of_services(conn: sqlite3.Connection, services: list[str], limit: int,
                      kind: str | None = None, invokers: bool = True) -> list[dict]:
    """Facts of these services (or invoked by them), for a lookup with no other words."""
    marks = ", ".join("?" * len(services))
    if invokers:
        sql = (f"SELECT f.rowid, {_COLS} FROM facts f WHERE (f.service IN ({marks}) "
               f"OR (f.kind = 'invocation_mode' AND f.subject IN ({marks})))")
        params: list = [*services, *services]
    else:
        sql = f"SELECT f.rowid, {_COLS} FROM facts f WHERE f.service IN ({marks})"
        params = [*services]
    if kind:
        sql += " AND f.kind = ?"
        params.append(kind)
    sql += " LIMIT ?"
    params.append(limit)
    return _rows(conn.execute(sql, params))


def same_keys(conn: sqlite3.Connection, facts: list[dict]) -> list[dict]:
    """Facts (not error codes) that may share a key with one of `facts` (for conflicts).

    Narrowed by the service index first; the key itself is compared case-insensitively
    by the caller, as studycli.conflicts.find_conflicts does.
    """
    keyed = [f for f in facts if f["kind"] != Kind.ERROR_CODE]
    services = sorted({f["service"] for f in keyed})
    attributes = sorted({f["attribute"].lower() for f in keyed})
    if not services:
        return []
    s_marks, a_marks = ", ".join("?" * len(services)), ", ".join("?" * len(attributes))
    sql = (f"SELECT f.rowid, {_COLS} FROM facts f WHERE f.service IN ({s_marks}) "
           f"AND lower(f.attribute) IN ({a_marks}) AND f.kind != 'error_code' "
           "ORDER BY f.source, f.line")
    return _rows(conn.execute(sql, [*services, *attributes]))


def names(conn: sqlite3.Connection) -> tuple[list[str], list[str], list[str]]:
    """Distinct services, subjects and attributes of the fact base."""
    return tuple(  # type: ignore[return-value]
        [r[0] for r in conn.execute(f"SELECT DISTINCT {col} FROM facts WHERE {col} != ''")]
        for col in ("service", "subject", "attribute"))


def services_near(conn: sqlite3.Connection, places: list[tuple[str, int]], window: int
                  ) -> dict[tuple[str, int], str]:
    """For each (source, line), the service of the nearest fact of that note at most `window`
    lines away that has one (above wins a tie): one query per note. A line whose own facts
    are of two services or more (a comparison table's row, "| Retention | 4 days | none |"
    of SQS and SNS) speaks for neither: "" (not the heading's service either), nor for the
    lines near it (a footnote under a comparison table is not its first column's)."""
    by_source: dict[str, list[int]] = {}
    for source, line in places:
        by_source.setdefault(source, []).append(line)
    out: dict[tuple[str, int], str] = {}
    for source, lines in by_source.items():
        near = conn.execute(
            "SELECT line, service FROM facts WHERE source = ? AND service != '' "
            "AND line BETWEEN ? AND ?", [source, min(lines) - window, max(lines) + window]
        ).fetchall()
        owners: dict[int, set[str]] = {}
        for n, service in near:
            owners.setdefault(n, set()).add(service)
        for line in lines:
            if len(owners.get(line, ())) > 1:
                out[(source, line)] = ""
                continue
            best = min(((abs(n - line), n > line, service) for n, service in near
                        if abs(n - line) <= window and len(owners[n]) == 1), default=None)
            if best:
                out[(source, line)] = best[2]
    return out


SAYS_ROWS = 50  # rows of a word's stem read for the word as written


def says_word(conn: sqlite3.Connection, word: str) -> bool:
    """Whether any fact's text has this word, in this or another form of it ("unzipped" where
    a note says "unzip", any case). The full-text index's stemmer is
    bolder: "durablity" (a typo) matches "durability" there, and a typo read as one the notes
    share was never mended ("s3 durablity": no answer)."""
    from studycli.lookup.text import stem

    typed = word.lower()
    return any(_forms_of_one_word(typed, w, stem)
               for line in _lines_matching(conn, _quoted(word), "f.service, ")
               for w in _WORD.findall(line.lower()))


def _quoted(word: str) -> str:
    """`word` as an FTS5 string (never read as an operator)."""
    return '"' + word.replace('"', '""') + '"'


def _lines_matching(conn: sqlite3.Connection, match: str, service: str = "",
                    names: list[str] | None = None) -> list[str]:
    """The text of up to SAYS_ROWS facts the full-text query `match` finds (their service too
    when `service` names its column); none when FTS5 cannot take the query. With `names`,
    only facts whose service or subject is one of them (none lost to the row limit by other
    services' lines)."""
    where, args = "facts_fts MATCH ?", [match]
    if names:
        marks = ", ".join("?" * len(names))
        low = [n.lower() for n in names]
        where += f" AND (lower(f.service) IN ({marks}) OR lower(f.subject) IN ({marks}))"
        args += [*low, *low]
    try:
        rows = conn.execute(f"SELECT {service}f.subject, f.attribute, f.value, f.snippet "
                            "FROM facts_fts JOIN facts f ON f.rowid = facts_fts.rowid "
                            f"WHERE {where} LIMIT ?", [*args, SAYS_ROWS]).fetchall()
    except sqlite3.OperationalError:  # a word FTS5 cannot take as a string: not in the notes
        return []
    return [" ".join(str(c) for c in row if c) for row in rows]


def links_initials(conn: sqlite3.Connection, text: str) -> bool:
    """Whether one fact's line writes initials in capitals together with the words they
    stand for: `text` is "SG security group", said by "security group (SG): stateful" or
    "SG = security group", not by "SG: max 60 inbound rules" alone (a line writing "PG"
    links it to no "parameter group")."""
    from studycli.lookup.text import stem

    initials, *words = text.split()
    own = re.compile(rf"(?<![A-Za-z0-9]){re.escape(initials)}s?(?![A-Za-z0-9])")  # "SGs"
    for line in _lines_matching(conn, " AND ".join(map(_quoted, [initials, *words]))):
        said = _WORD.findall(line.lower())
        if own.search(line) and all(any(_forms_of_one_word(w.lower(), s, stem) for s in said)
                                    for w in words):
            return True
    return False


def links_initials_to_others(conn: sqlite3.Connection, text: str,
                             names: list[str] | None = None) -> bool:
    """Whether a fact's line spells initials in capitals out as other words than those
    given: `text` is "SG security group", said by "DB subnet group (SG): ..." or "SG =
    subnet group" (the note's own meaning of "SG"), not by "in the SG" or "security group
    (SG)". With `names` (the services and subjects a query names), only their lines count:
    RDS's "DB subnet group (SG)" is RDS's meaning, and EC2's "max 5 SGs per ENI" still
    writes security groups."""
    from studycli.lookup.text import stem

    initials, *words = text.split()
    n = len(initials)
    own = re.escape(initials)
    spelled = re.compile(rf"((?:[A-Za-z][\w-]*\s+){{{n - 1}}}[A-Za-z][\w-]*)\s*\(\s*{own}s?\s*\)"
                         rf"|(?<![A-Za-z0-9]){own}s?\s*=\s*((?:[A-Za-z][\w-]*\s+){{{n - 1}}}"
                         rf"[A-Za-z][\w-]*)")
    typed = [stem(w.lower()) for w in words]
    for line in _lines_matching(conn, _quoted(initials), names=names):
        for m in spelled.finditer(line):
            out = (m.group(1) or m.group(2)).lower().split()
            if ("".join(w[0] for w in out) == initials.lower()
                    and [stem(w) for w in out] != typed):
                return True
    return False


def _forms_of_one_word(a: str, b: str, stem: Callable[[str], str]) -> bool:
    """Two words one of which is the other's stem with an ending ("unzip", "unzipped")."""
    return a.startswith(stem(b)) or b.startswith(stem(a))


_WORD = re.compile(r"[^\W_]+")


def has_word(conn: sqlite3.Connection, quoted_word: str) -> bool:
    """Whether any fact's text has this word (an FTS5 string, already quoted)."""
    try:
        return conn.execute("SELECT 1 FROM facts_fts WHERE facts_fts MATCH ? LIMIT 1",
                            [quoted_word]).fetchone() is not None
    except sqlite3.OperationalError:  # a word FTS5 cannot take as a string: not in the notes
        return False
