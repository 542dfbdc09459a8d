"""Lookup: the fact a student means, from a query typed the way students type.

Recall comes from FTS5 (bm25) over the query's words, their synonyms and typo fixes; the
order comes from `rank.score`. Stdlib plus a lazily imported rapidfuzz: this package runs on
the `studycli lookup` fast path, which must not import sqlite-utils, rich or the parser.
"""

from __future__ import annotations

import sqlite3

from studycli.lookup.lexicon import lexicon
from studycli.lookup.query import Query, understand
from studycli.lookup.rank import score
from studycli.lookup.text import normalize, tokens
from studycli.store import read

JSON_KEYS = ("service", "subject", "attribute", "kind", "qualifier", "value", "number", "unit",
             "source", "line", "snippet", "score")
CANDIDATES = 200          # rows taken from each full-text search
_KIND_ORDER = {"limit": 0, "default": 1, "range": 2, "error_code": 3, "invocation_mode": 4,
               "fact": 5}


class LookupResult:
    """Ranked hits (fact dicts with `score`, `conflicts`, `also`) and, if none, suggestions."""

    __slots__ = ("query", "hits", "suggestions", "understood")

    def __init__(self, query: str, hits: list[dict], suggestions: list[str], understood: Query):
        self.query = query
        self.hits = hits
        self.suggestions = suggestions
        self.understood = understood

    def to_json(self) -> list[dict]:
        return [{k: h[k] for k in JSON_KEYS} for h in self.hits]


def search_expression(words: list[str], prefix_min: int = 5) -> str | None:
    """An FTS5 MATCH expression: each word double-quoted, OR-ed; long words also as prefix.

    Quoting makes every FTS5 operator in user text (AND, OR, NOT, NEAR, "(", "*", ":", "^")
    a plain word; a word that is only punctuation is dropped.
    """
    parts = []
    for w in words:
        w = w.replace('"', "")
        if not any(ch.isalnum() for ch in w):
            continue
        quoted = f'"{w}"'
        parts.append(quoted + "*" if len(w) >= prefix_min and w.isalpha() else quoted)
    return " OR ".join(parts) if parts else None


def lookup(conn: sqlite3.Connection, text: str, limit: int = 5, service: str | None = None,
           kind: str | None = None) -> LookupResult:
    """The `limit` best facts for `text`, best first. Never raises on any text."""
    lex = lexicon()
    q = understand(text or "", lex, vocabulary=lambda: _vocabulary(conn))
    only = _service_filter(service)
    rows = _candidates(conn, q, only, kind)
    hits = _rank(rows, q, lex.stopwords)
    hits = _merge_duplicates(hits)[:max(1, limit)]
    _attach_conflicts(conn, hits)
    suggestions = [] if hits else suggest(conn, q)
    return LookupResult(text, hits, suggestions, q)


def _service_filter(service: str | None) -> list[str] | None:
    if not service:
        return None
    from studycli.services import canonical_service

    return [canonical_service(service) or service.strip()]


def _candidates(conn, q: Query, only: list[str] | None, kind: str | None) -> list[dict]:
    words = list(q.search_words)
    if not only:
        # Service names are searched too: a fact may say "SQS" only in its service column.
        for name in q.all_services():
            words += tokens(normalize(name))
    expr = search_expression(words)
    rows: dict[int, dict] = {}
    named = only or q.all_services()
    if expr:
        for r in read.search(conn, expr, CANDIDATES, services=only, kind=kind, invokers=False):
            rows[r["rowid"]] = r
        if named and not only:
            for r in read.search(conn, expr, CANDIDATES, services=named, kind=kind):
                rows.setdefault(r["rowid"], r)
    if named and len(rows) < CANDIDATES // 4:
        # Few words matched: the facts of the service named are the best candidates left.
        for r in read.facts_of_services(conn, named, CANDIDATES * 5, kind=kind,
                                        invokers=not only):
            rows.setdefault(r["rowid"], r)
    return list(rows.values())


def _rank(rows: list[dict], q: Query, stop: frozenset[str]) -> list[dict]:
    best_bm25 = min((r.get("bm25") or 0.0 for r in rows), default=0.0)
    for r in rows:
        share = (r.get("bm25") or 0.0) / best_bm25 if best_bm25 < 0 else 0.0
        r["score"] = round(score(r, q, stop, share), 3)
    rows = [r for r in rows if r["score"] > 0]
    rows.sort(key=lambda r: (-r["score"], _KIND_ORDER.get(r["kind"], 9), r["source"],
                             r["line"]))
    return rows


def _merge_duplicates(hits: list[dict]) -> list[dict]:
    """One hit per (key, value): the same fact in three notes is one answer, three sources."""
    out: dict[tuple, dict] = {}
    for h in hits:
        k = (h["service"].lower(), (h["subject"] or "").lower(), h["attribute"].lower(),
             h["qualifier"], h["value"].strip().lower())
        if k in out:
            out[k]["also"].append((h["source"], h["line"]))
        else:
            h["also"] = []
            h["conflicts"] = []
            out[k] = h
    return list(out.values())


def _key(f: dict) -> tuple:
    return (f["service"].lower(), (f["subject"] or "").lower(), f["attribute"].lower(),
            f["qualifier"])


def _attach_conflicts(conn, hits: list[dict]) -> None:
    """Same key, other values, other lines: the rule of store.facts.find_conflicts."""
    if not hits:
        return
    groups: dict[tuple, list[dict]] = {}
    for f in read.same_keys(conn, hits):
        groups.setdefault(_key(f), []).append(f)
    for h in hits:
        if h["kind"] == "fact":
            continue
        group = groups.get(_key(h), [])
        if _really_differ(group):
            mine = _canon(h)
            h["conflicts"] = [f for f in group if _canon(f) != mine]


def _canon(f: dict):
    if f["number"] is not None or f["low"] is not None:
        return (f["number"], f["unit"], f["low"], f["high"])
    return f["value"].lower()


def _really_differ(group: list[dict]) -> bool:
    return (len({_canon(f) for f in group}) > 1
            and len({(f["source"], f["line"]) for f in group}) > 1)


def _vocabulary(conn) -> set[str]:
    """Words of the fact base's services, subjects and attributes (for typo fixing)."""
    words: set[str] = set()
    for row in read.names(conn):
        for part in row:
            words.update(tokens(normalize(part or "")))
    return words


def suggest(conn, q: Query, n: int = 5) -> list[str]:
    """Closest service, subject and attribute names to what was typed (for 'no match')."""
    names: set[str] = set()
    for service, subject, attribute in read.names(conn):
        names.update(x for x in (service, subject, attribute) if x)
    text = " ".join(t for t in q.tokens if t not in lexicon().stopwords)[:200]
    if not names or not text:
        return sorted(names, key=str.lower)[:n] if names else []
    from rapidfuzz import fuzz, process

    found = process.extract(text, sorted(names), scorer=fuzz.WRatio, limit=n, score_cutoff=50)
    return [name for name, _, _ in found]
