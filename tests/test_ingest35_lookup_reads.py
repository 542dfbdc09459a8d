"""Lookup's reads at a large fact base: each is narrowed by an index, and reads the rows the
plain query read (session 35: 'sqs max message size' at 100,000 facts spent some 120 ms in
three queries, each reading every fact or every match's row)."""

from __future__ import annotations

import sqlite3

from studycli.store import read
from studycli.store.currency import flagged_on_lines
from studycli.store.lookup_lines import numbered_facts_saying
from studycli.store.read import FACT_FIELDS

WORDS = ("not ", "said ", "wrote", "was ", "used to be", "w_s", "x%y", "a\\b")


def _plans(conn: sqlite3.Connection, call) -> list[str]:
    """What SQLite does for each query `call` runs (bound values expanded by the trace; FTS5's
    own reads of its tables, traced as comments, left out)."""
    said: list[str] = []
    conn.set_trace_callback(lambda sql: said.append(sql) if sql.startswith("SELECT") else None)
    result = call()
    conn.set_trace_callback(None)
    assert result
    return [row[3] for sql in said
            for row in conn.execute("EXPLAIN QUERY PLAN " + sql).fetchall()]


def _shipped(path) -> sqlite3.Connection:
    return sqlite3.connect(f"file:{path}?mode=ro", uri=True)


def test_flagged_lines_are_read_by_their_notes_not_every_fact(shipped_db_file):
    conn = _shipped(shipped_db_file)
    places = conn.execute("SELECT f.source, f.line FROM facts f JOIN fact_currency c "
                          "ON c.fact_id = f.id WHERE c.status = 'outdated' LIMIT 3").fetchall()
    plans = _plans(conn, lambda: flagged_on_lines(conn, places))
    # read by the notes' index (it scanned every fact); the wanted plan is named, since an
    # older SQLite writes a scan as "SCAN TABLE facts", which a test for "SCAN f" would miss
    assert any("SEARCH f USING INDEX idx_facts_source" in p for p in plans), plans
    assert set(flagged_on_lines(conn, places)) == set(places)


def test_a_search_by_service_ranks_as_the_join_did(shipped_db_file):
    conn = _shipped(shipped_db_file)
    match = '"max" OR "size" OR "messag"* OR "limit"'
    for services, kind in ((["SQS"], None), (["SQS", "Lambda", "S3"], "limit")):
        where = f"f.service IN ({', '.join('?' * len(services))})" + (
            " AND f.kind = ?" if kind else "")
        joined = conn.execute(  # the plain join, with read's own columns and weights
            f"SELECT f.rowid, {read._COLS}, "
            f"{read._BM25} AS r FROM facts_fts JOIN facts f "
            f"ON f.rowid = facts_fts.rowid WHERE facts_fts MATCH ? AND {where} "
            "ORDER BY r LIMIT 12", [match, *services, *([kind] if kind else [])]).fetchall()
        found = read.search(conn, match, 12, services=services, kind=kind)
        assert joined and [tuple(r.values()) for r in found] == joined
    plans = _plans(conn, lambda: read.search(conn, match, 12, services=["SQS"]))
    # the services' facts are read off their index, not each match's row from the table
    assert any("COVERING INDEX idx_facts_service" in p for p in plans), plans


def test_lines_saying_a_word_are_those_lower_and_instr_found():
    conn = sqlite3.connect(":memory:")
    conn.execute(f"CREATE TABLE facts ({', '.join(FACT_FIELDS)})")
    lines = ["İnstead of 5", "NOT 5 ms", "Ünot 5", "cannot 5", "naïve WAS 5", "ſaid 5",
             "WROTE 5", "notably 5", "w_s 5", "wxs 5", "x%y 5", "xzy 5", "a\\b 5", None]
    for n, snippet in enumerate(lines):
        conn.execute("INSERT INTO facts VALUES ('S', '', 'a', 'limit', 'max', '5', ?, 'count', "
                     "NULL, NULL, 'n.md', ?, ?, ?)", [None if n == 1 else 5, n, snippet, str(n)])
    said = " OR ".join("instr(lower(snippet), ?) > 0" for _ in WORDS)
    as_before = [r[0] for r in conn.execute(
        f"SELECT rowid FROM facts WHERE source IN ('n.md') AND number IS NOT NULL AND ({said})",
        WORDS)]
    found = [f["snippet"] for f in numbered_facts_saying(conn, ["n.md"], WORDS)]
    assert found == [lines[r - 1] for r in as_before]
    assert found == ["Ünot 5", "cannot 5", "naïve WAS 5", "WROTE 5", "w_s 5", "x%y 5",
                     "a\\b 5"]


def test_a_lookup_loads_none_of_the_modules_it_does_not_use(shipped_db_file):
    """typing (~2 ms), importlib.util with contextlib (~1 ms) and textwrap were loaded by
    every lookup for an annotation, a find_spec, a context manager and a rare wrap."""
    import subprocess
    import sys

    from tests.helpers import REPO

    # only modules loaded after start-up count (a sitecustomize may load typing itself)
    code = ("import sys\nbefore = set(sys.modules)\nfrom studycli.entry import main\n"
            f"rc = main(['lookup', '--db', {str(shipped_db_file)!r}, 'sqs max message size'])\n"
            "print(rc, sorted(m for m in ('typing', 'contextlib', 'importlib.util', 'textwrap')"
            " if m in sys.modules and m not in before), file=sys.stderr)\n")
    proc = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                          cwd=REPO, timeout=120)
    assert proc.stderr.strip().splitlines()[-1] == "0 []"


def test_the_claims_words_a_line_holds_are_those_its_substrings_are():
    """line_claims' trie search of a line's words finds each word held, a word inside or at
    the start of another included, as a substring test of each word found them."""
    import random

    from studycli.reference.line_claims import _Words

    rng = random.Random(5)
    for _ in range(200):
        words = frozenset("".join(rng.choice("abc-") for _ in range(rng.randint(1, 5)))
                          for _ in range(rng.randint(1, 25)))
        line = "".join(rng.choice("abc- ") for _ in range(rng.randint(0, 40)))
        assert _Words(words).held(line) == {w for w in words if w in line}
    assert _Words(frozenset()).held("any line") == set()
