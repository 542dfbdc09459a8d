"""Search lines whose note section says the query words the line leaves out.

A note files its facts under a heading: "• Timeout is 3(default) – 900 seconds" under the
Lambda note's "AWS Lambda" never says "lambda", yet it is the line `search lambda timeout`
is for. A query word counts as said by a line when the line's section says it: the service
the line's facts are filed under (the parser resolved the note's headings, markdown or
plain, into it), the markdown headings above the line, or the note's file name. The line
must still say at least one query word itself, and lines that say every word stay ahead
(search.py puts them first). Stdlib only; read only when a query has two words or more.
"""

from __future__ import annotations

import itertools
import re
import sqlite3

from studycli.lookup.text import stem
from studycli.store import note_lines

CANDIDATES = 200     # lines read per combination of words left to the section
MAX_SECTION_WORDS = 3  # query words that may be left to the section (combinations: 2**n)
_WORD = re.compile(r"[a-z0-9]+")
_HEADING = re.compile(r"^(#{1,6})\s")


def _norm(word: str) -> str:
    """Plural and singular alike ("functions" names "function"): lookup's own light stem."""
    return stem(word.lower())


def _words(text: str) -> set[str]:
    return {_norm(w) for w in _WORD.findall(text.lower())}


def section_rows(conn: sqlite3.Connection, words: list[str], terms: list[str],
                 limit: int, skip: set[tuple[str, int]]) -> list[dict]:
    """Rows (as note_lines.search gives them) of lines that say some of `terms` while their
    section says the rest, best bm25 first; `words` are the typed words (after repair) that
    `terms` quote; lines in `skip` (already shown) are left out."""
    named = _service_and_file_words(conn)  # read once, not once per word
    spellings = [_spellings(w, t) for w, t in zip(words, terms, strict=True)]
    by_section = [i for i, forms in enumerate(spellings)
                  if any(form <= named or all(_named_by_heading(conn, w) for w in form)
                         for form in forms)]
    by_section = by_section[:MAX_SECTION_WORDS]
    found: dict[tuple[str, int], dict] = {}
    for size in range(1, len(by_section) + 1):
        for left in itertools.combinations(by_section, size):
            said = [t for i, t in enumerate(terms) if i not in left]
            if not said:
                continue
            rows = [r for r in note_lines.search(conn, " AND ".join(said), CANDIDATES)
                    if (r["source"], r["line"]) not in skip]
            needed = [spellings[i] for i in left]
            for row in _said_by_section(conn, rows, needed):
                key = (row["source"], row["line"])
                if key not in found or row["bm25"] < found[key]["bm25"]:
                    found[key] = row
    return sorted(found.values(), key=lambda r: (r["bm25"], r["source"], r["line"]))[:limit]


def _spellings(word: str, term: str) -> list[frozenset[str]]:
    """The ways a section may say a query word: the word, and each name its search term
    also searches ("dynamo" also as "dynamodb": a GSI line under "## DynamoDB" has the
    word "dynamo gsi" asks for through its heading), each as its set of words."""
    forms = [frozenset(_words(name)) for name in _QUOTED.findall(term)]
    return [f for f in [frozenset({_norm(word)}), *forms] if f]


_QUOTED = re.compile(r'"([^"]+)"')


def _service_and_file_words(conn: sqlite3.Connection) -> set[str]:
    """Every word the notes' services and file names say (a cheap test before any search)."""
    out: set[str] = set()
    for (s,) in conn.execute("SELECT DISTINCT service FROM facts WHERE service != ''"):
        out |= _words(s)
    for (s,) in conn.execute("SELECT DISTINCT source FROM note_lines"):
        out |= _words(s)
    return out


def _named_by_heading(conn: sqlite3.Connection, word: str) -> bool:
    """Whether a markdown heading says `word` ('#' lines: _HEADING tells the level later)."""
    try:
        return conn.execute(
            "SELECT 1 FROM note_lines_fts f JOIN note_lines l ON l.id = f.rowid "
            "WHERE note_lines_fts MATCH ? AND l.text LIKE '#%' LIMIT 1",
            [f'"{word}"']).fetchone() is not None
    except sqlite3.OperationalError:
        return False


def _said_by_section(conn: sqlite3.Connection, rows: list[dict],
                     needed: list[list[frozenset[str]]]) -> list[dict]:
    """The rows whose section says every word of `needed` (one of its spellings each)."""
    out = []
    by_source: dict[str, list[dict]] = {}
    for row in rows:
        by_source.setdefault(row["source"], []).append(row)
    for source, lines in by_source.items():
        file_words = _words(source.rsplit("/", 1)[-1].rsplit(".", 1)[0])
        services = _services_of_lines(conn, source, [r["line"] for r in lines])
        headings = [(n, len(m.group(1)), t) for n, t in conn.execute(
            "SELECT line, text FROM note_lines WHERE source = ? AND text LIKE '#%' "
            "ORDER BY line", [source]) if (m := _HEADING.match(t))]
        for row in lines:
            section: set[str] = set()
            for service in services.get(row["line"], ()):
                section |= _words(service)
            for text in _heading_chain(headings, row["line"]):
                section |= _words(text)
            # the file's name speaks for a line only where no heading or service does: in
            # "lambda_sqs_sns.md", a line under "# SQS" is SQS's, not SNS's
            if not section:
                section = set(file_words)
            if all(any(form <= section for form in forms) for forms in needed):
                out.append(row)
    return out


def _services_of_lines(conn: sqlite3.Connection, source: str, lines: list[int]
                       ) -> dict[int, set[str]]:
    out: dict[int, set[str]] = {}
    marks = ",".join("?" * len(lines))
    for line, service in conn.execute(
            f"SELECT line, service FROM facts WHERE source = ? AND service != '' "
            f"AND line IN ({marks})", [source, *lines]):
        out.setdefault(line, set()).add(service)
    return out


def _heading_chain(headings: list[tuple[int, int, str]], line: int) -> list[str]:
    """The markdown headings `line` sits under: the last of each level above it, a
    shallower heading closing the deeper ones before it."""
    chain: dict[int, str] = {}
    for n, level, text in headings:
        if n >= line:
            break
        chain = {lv: t for lv, t in chain.items() if lv < level}
        chain[level] = text
    return list(chain.values())
