"""Reads by note line for lookup: the facts stated on given lines (stdlib sqlite3 only).

A plain statement and a structured fact often come from one note line ("Docker is not
supported as a Lambda runtime" is also Lambda / docker support = not supported); a lookup
marks the statement with the conflicts of its line's facts.
"""

from __future__ import annotations

import _sqlite3 as sqlite3  # sqlite3 less its datetime import: store/__init__.py

from studycli.store.read import FACT_FIELDS

_COLS = ", ".join(FACT_FIELDS)
GENERIC_LINES = 3  # lines that must say a word before it can be a service's vocabulary
GENERIC_SHARE_FLOOR = 0.1  # below this share no caller reads a word as vocabulary: no lines
MIN_FACTS = 20  # below this, a service's facts are too few to say which words are common


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
        out += [dict(zip(("rowid", *FACT_FIELDS), row, strict=True)) for row in cur]
    return out


def subjects_on_lines(conn: sqlite3.Connection, places: list[tuple[str, int]]
                      ) -> dict[tuple[str, int], tuple[str, str]]:
    """For each (source, line) whose own facts all have one service and one subject, that
    (service, subject): "- idle timeout default 60 sec" under "- ALB details" was filed
    ELB/ALB by the parser, which reads the item over it."""
    filed: dict[tuple[str, int], set[tuple[str, str]]] = {}
    for fact in facts_on_lines(conn, places):
        filed.setdefault((fact["source"], fact["line"]), set()).add(
            (fact["service"], fact["subject"]))
    out: dict[tuple[str, int], tuple[str, str]] = {}
    for place, rows in filed.items():
        if len(rows) == 1:
            service, subject = next(iter(rows))
            if service and subject:
                out[place] = (service, subject)
    return out


def service_share(conn: sqlite3.Connection, service: str, fts_word: str) -> float:
    """Share of `service`'s facts whose text (not the service name) has the word
    (`fts_word`: an FTS5 string, already quoted): how little the word tells them apart. A
    word fewer than GENERIC_LINES note lines say is no service's vocabulary, however many
    facts they hold: one line read as four facts ("Global Database: up to 5 secondary
    regions, lag < 1 s, RTO < 1 min") made "secondary" Aurora's on a small note, and "how
    many secondary regions" abstained. (Lines are counted only among the facts that say the
    word: counting a service's every line costs a scan of its facts.)"""
    total = conn.execute("SELECT count(*) FROM facts WHERE service = ?", [service]).fetchone()[0]
    if total < MIN_FACTS:
        return 0.0
    name = '"' + service.replace('"', " ") + '"'
    try:
        rowids = [r for (r,) in conn.execute(
            "SELECT rowid FROM facts_fts WHERE facts_fts MATCH ?",
            [f"service : {name} AND {{subject attribute value snippet}} : {fts_word}"])]
    except sqlite3.OperationalError:
        return 0.0
    if len(rowids) / total < GENERIC_SHARE_FLOOR:
        return len(rowids) / total
    # (the rowids listed, not a subquery: SQLite runs "rowid IN (SELECT ... MATCH)" about
    # fifty times slower on a large fact base; past a hundred facts, more than two lines
    # say the word, a line holding a few dozen facts at most)
    lines = GENERIC_LINES if len(rowids) >= 100 else conn.execute(
        f"SELECT count(DISTINCT source || ':' || line) FROM facts WHERE rowid IN "
        f"({','.join('?' * len(rowids))})", rowids).fetchone()[0]
    return len(rowids) / total if lines >= GENERIC_LINES else 0.0


def facts_with_keys(conn: sqlite3.Connection, keys: list[tuple[str, str, str]]) -> list[dict]:
    """Facts whose lower-cased (service, subject, attribute) is one of `keys`, any
    qualifier: one look-up each in the facts_lower_key index (the service index would read
    every fact of the service)."""
    out: list[dict] = []
    for service, subject, attribute in sorted(set(keys)):
        cur = conn.execute(f"SELECT rowid, {_COLS} FROM facts WHERE lower(service) = ? "
                           "AND lower(subject) = ? AND lower(attribute) = ? "
                           "AND kind != 'error_code' ORDER BY source, line",
                           [service, subject, attribute])
        out += [dict(zip(("rowid", *FACT_FIELDS), row, strict=True)) for row in cur]
    return out


def fact_count(conn: sqlite3.Connection) -> int:
    return conn.execute("SELECT count(*) FROM facts").fetchone()[0]


def facts_saying(conn: sqlite3.Connection, fts_word: str, enough: int) -> int:
    """How many facts say `fts_word` (an FTS5 string, already quoted), counted up to
    `enough` only: whether a word is common need not read every fact that says it."""
    try:
        return conn.execute("SELECT count(*) FROM (SELECT 1 FROM facts_fts WHERE facts_fts "
                            "MATCH ? LIMIT ?)", [fts_word, enough]).fetchone()[0]
    except sqlite3.OperationalError:
        return 0


COMPARISON_COLS = ("left", "right", "aspect", "left_value", "right_value", "source", "line")


def comparison_rows(conn: sqlite3.Connection, words: list[str], limit: int) -> list[dict]:
    """Rows of the notes' comparison tables whose sides or aspect hold one of `words` (any
    case, anywhere in the name: "param" finds "SSM Param Store")."""
    if not words:
        return []
    where = " OR ".join("(left LIKE ? OR right LIKE ? OR aspect LIKE ?)" for _ in words)
    params: list[object] = [f"%{w}%" for w in words for _ in range(3)]
    cur = conn.execute(f"SELECT {', '.join(COMPARISON_COLS)} FROM comparisons WHERE {where} "
                       "ORDER BY source, line LIMIT ?", [*params, limit])
    return [dict(zip(COMPARISON_COLS, row, strict=True)) for row in cur]


def line_texts(conn: sqlite3.Connection, places: list[tuple[str, int]]
               ) -> dict[tuple[str, int], str]:
    """The note's own text of each (source, line), as `studycli search` stores it; a
    database from before lines were stored gives none."""
    out: dict[tuple[str, int], str] = {}
    by_source: dict[str, set[int]] = {}
    for source, line in places:
        by_source.setdefault(source, set()).add(line)
    try:
        for source, lines in by_source.items():
            marks = ", ".join("?" * len(lines))
            for n, text in conn.execute(f"SELECT line, text FROM note_lines WHERE source = ? "
                                        f"AND line IN ({marks})", [source, *sorted(lines)]):
                out[(source, n)] = text
    except sqlite3.OperationalError:
        return {}
    return out


def numbered_facts_saying(conn: sqlite3.Connection, sources: list[str],
                          words: tuple[str, ...]) -> list[dict]:
    """Facts with a number, of the notes `sources`, whose line says one of `words` (lower
    case, matched anywhere in the line): the few lines a note corrects another by. One query
    for all the notes."""
    names = sorted(set(sources))
    # LIKE, not instr(lower(snippet), ?) > 0: the same test for the lower-case words this
    # takes (LIKE ignores the case of ASCII letters alone, as lower() lowers them alone; a
    # word with a capital would now match regardless of case; the words are escaped), some
    # three times faster: the ten instr calls a line cost 26 ms over the 4,000 numbered
    # facts of eleven notes at 100,000 facts.
    said = " OR ".join("snippet LIKE ? ESCAPE '\\'" for _ in words)
    cur = conn.execute(f"SELECT rowid, {_COLS} FROM facts WHERE source IN "
                       f"({', '.join('?' * len(names))}) AND number IS NOT NULL AND ({said})",
                       [*names, *(f"%{_like_escaped(w)}%" for w in words)])
    return [dict(zip(("rowid", *FACT_FIELDS), row, strict=True)) for row in cur]


def _like_escaped(word: str) -> str:
    return word.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
