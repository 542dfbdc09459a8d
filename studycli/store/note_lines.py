"""Every line of every note, searchable (`studycli search`): stdlib sqlite3 only.

`replace_lines` keeps one note's lines in step with its text (ingest calls it); `search`
runs an FTS5 query built by the caller from quoted words only, best bm25 first, with the
matched words marked by `MARK_START`/`MARK_END` (control characters are removed from note
text when stored, so the marks cannot collide with note text).
"""

from __future__ import annotations

import re
import sqlite3

from studycli.sanitize import readable, safe_text
from studycli.store.fts_bulk import NOTE_LINES, swap_rows
from studycli.store.rollback import roll_back

MARK_START, MARK_END = "\x02", "\x03"
MAX_LINE_CHARS = 2000  # a longer "line" is a paste or a table row run together: keep its head
_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f]")


def write_lines(conn: sqlite3.Connection, source: str, lines: list[str]) -> None:
    """Store `source`'s non-blank lines (1-based numbers, split as the parser splits them:
    notes.normalize.split_lines), replacing what it had. Call inside a transaction: ingest
    writes them in the one that replaces the note's facts, so a kill between the two cannot
    leave `search` reading another version of the note than its facts came from.

    A line is stored as a reader sees it (sanitize.readable: "<td>", "<br>", "&nbsp;" are
    not words of the note), so search neither finds nor shows them; an escape sequence is
    taken out whole (sanitize.safe_text, as every renderer shows a note line), so neither
    is its debris ("[2J", an OSC 52 payload)."""
    rows = [(source, n, _CONTROL.sub(" ", safe_text(readable(line[:MAX_LINE_CHARS]))).strip())
            for n, line in enumerate(lines, start=1)]
    kept = [r for r in rows if r[2]]
    swap_rows(conn, NOTE_LINES, source, len(kept), lambda: conn.executemany(
        "INSERT INTO note_lines (source, line, text) VALUES (?, ?, ?)", kept))


def replace_lines(conn: sqlite3.Connection, source: str, lines: list[str]) -> None:
    """`write_lines` in a transaction of its own."""
    conn.execute("BEGIN IMMEDIATE")
    try:
        write_lines(conn, source, lines)
        conn.execute("COMMIT")
    except BaseException:
        roll_back(conn)
        raise


def in_step(conn: sqlite3.Connection, source: str) -> bool:
    """Whether `source`'s lines are stored and every line its facts came from is among
    them. Not so for a note ingested before `search` existed, or whose lines an older
    studycli wrote in a transaction of their own that a kill cut off: ingest rewrites them."""
    if not has_lines(conn, source):
        return False
    return conn.execute(
        "SELECT 1 FROM facts f WHERE f.source = ? AND NOT EXISTS (SELECT 1 FROM note_lines l "
        "WHERE l.source = f.source AND l.line = f.line) LIMIT 1", [source]).fetchone() is None


def has_lines(conn: sqlite3.Connection, source: str) -> bool:
    return conn.execute("SELECT 1 FROM note_lines WHERE source = ? LIMIT 1",
                        [source]).fetchone() is not None


def search(conn: sqlite3.Connection, match: str, limit: int) -> list[dict]:
    """Lines matching the FTS5 expression `match` (quoted words only), best first."""
    sql = ("SELECT l.source, l.line, l.text, "
           f"highlight(note_lines_fts, 0, '{MARK_START}', '{MARK_END}'), "
           "bm25(note_lines_fts) AS r FROM note_lines_fts JOIN note_lines l "
           "ON l.id = note_lines_fts.rowid WHERE note_lines_fts MATCH ? "
           "ORDER BY r, l.source, l.line LIMIT ?")
    return [{"source": s, "line": n, "text": t, "marked": m, "bm25": r}
            for s, n, t, m, r in conn.execute(sql, [match, limit])]


def headings(conn: sqlite3.Connection, match: str, limit: int) -> list[tuple[str, int, str]]:
    """(source, line, text) of markdown heading lines ("## Aurora") matching the FTS5
    expression `match`, in note order."""
    try:
        return list(conn.execute(
            "SELECT l.source, l.line, l.text FROM note_lines_fts JOIN note_lines l "
            "ON l.id = note_lines_fts.rowid WHERE note_lines_fts MATCH ? AND l.text LIKE '#%' "
            "ORDER BY l.source, l.line LIMIT ?", [match, limit]))
    except sqlite3.OperationalError:
        return []


def lines_after(conn: sqlite3.Connection, source: str, line: int, limit: int
                ) -> list[tuple[int, str]]:
    """(line, text) of the first `limit` stored lines of `source` after `line`."""
    return list(conn.execute(
        "SELECT line, text FROM note_lines WHERE source = ? AND line > ? ORDER BY line "
        "LIMIT ?", [source, line, limit]))


def has_term(conn: sqlite3.Connection, quoted: str) -> bool:
    """Whether any line has this word (an FTS5 string, already quoted)."""
    try:
        return conn.execute("SELECT 1 FROM note_lines_fts WHERE note_lines_fts MATCH ? "
                            "LIMIT 1", [quoted]).fetchone() is not None
    except sqlite3.OperationalError:
        return False


def terms(conn: sqlite3.Connection, first: str) -> list[str]:
    """Indexed (stemmed) terms starting with the letter `first`, for typo repair."""
    return [t for (t,) in conn.execute(
        "SELECT term FROM note_lines_vocab WHERE term >= ? AND term < ?",
        [first, first + "\uffff"])]


def terms_with_lines(conn: sqlite3.Connection, first: str) -> list[tuple[str, int]]:
    """(term, how many lines have it) of indexed terms starting with the letter `first`."""
    return [(t, n) for t, n in conn.execute(
        "SELECT term, doc FROM note_lines_vocab WHERE term >= ? AND term < ?",
        [first, first + "\uffff"])]


def lines_having(conn: sqlite3.Connection, quoted: str, cap: int = 100) -> int:
    """How many lines have this word (an FTS5 string, already quoted), counted up to `cap`."""
    try:
        return conn.execute("SELECT count(*) FROM (SELECT 1 FROM note_lines_fts WHERE "
                            "note_lines_fts MATCH ? LIMIT ?)", [quoted, cap]).fetchone()[0]
    except sqlite3.OperationalError:
        return 0


def line_matches(conn: sqlite3.Connection, source: str, line: int, match: str) -> bool:
    """Whether the stored line `source`:`line` matches the FTS5 expression `match`."""
    try:
        return conn.execute(
            "SELECT 1 FROM note_lines_fts JOIN note_lines l ON l.id = note_lines_fts.rowid "
            "WHERE note_lines_fts MATCH ? AND l.source = ? AND l.line = ? LIMIT 1",
            [match, source, line]).fetchone() is not None
    except sqlite3.OperationalError:
        return False


def count(conn: sqlite3.Connection) -> int:
    return conn.execute("SELECT count(*) FROM note_lines").fetchone()[0]


def not_indexed(conn: sqlite3.Connection) -> bool:
    """Notes were ingested but none of their lines is indexed (a database from before
    `search`, not ingested since)."""
    return count(conn) == 0 and conn.execute("SELECT 1 FROM sources LIMIT 1").fetchone() \
        is not None
