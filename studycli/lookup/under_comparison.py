"""Lines under a heading that compares the sides asked: "alb vs nlb" on a note that writes

    ALB vs NLB vs GWLB:
      • ALB = layer 7, HTTP/HTTPS/gRPC, path/host/header routing
      • NLB = layer 4, TCP/UDP/TLS, millions of rps, static IP per AZ

Each item says one side, while a line elsewhere that names both in passing ("client IP on
ALB -> X-Forwarded-For. NLB preserves source IP") outranked them on words alone; the heading
says the items are the comparison asked. Read from the `note_lines` index, one query per
note, for the first candidates of a comparison only.
"""

from __future__ import annotations

import re
import sqlite3

from studycli.lookup.context import _bullet
from studycli.lookup.query import Query
from studycli.lookup.words import stems

UNDER_COMPARISON = 2.0  # what a line under the sides' heading gains: a share of "query covered"
LOOK_BACK = 12          # lines read above a candidate (a list of a few items under its heading)
HEADING_CHARS = 80      # a heading is short; a sentence naming both sides is no heading
ONE_MORE = 1            # words of a heading beyond the sides asked: a third side ("GWLB") or
# the family's name ("ElastiCache Redis vs Memcached"), not an aspect of several words
_VERSUS = re.compile(r"\b(?:vs\.?|versus|compared)(?=\W|$)", re.IGNORECASE)
_VERSUS_WORDS = frozenset({"vs", "versus", "compar"})
_HEADING_MARKS = re.compile(r"^[#>*_\s]+|[*_:\s]+$")


def under_comparison_first(conn: sqlite3.Connection, ranked: list[dict], q: Query,
                           top: int) -> list[dict]:
    """`ranked` with the first `top` candidates whose line says a side compared and sits
    under a heading naming both sides ("SQS vs SNS") moved up by UNDER_COMPARISON."""
    if len(q.compared) != 2:
        return ranked
    head = ranked[:top]
    by_source: dict[str, list[dict]] = {}
    for h in head:
        if h.get("source") and h.get("line") and _says_a_side(h.get("snippet") or "", q):
            by_source.setdefault(h["source"], []).append(h)
    moved = False
    for source, group in by_source.items():
        low = min(h["line"] for h in group) - LOOK_BACK
        high = max(h["line"] for h in group)
        try:
            lines = dict(conn.execute(
                "SELECT line, text FROM note_lines WHERE source = ? AND line BETWEEN ? AND ?",
                [source, low, high]).fetchall())
        except sqlite3.OperationalError:  # a database from before the line index
            continue
        for h in group:
            if _heading_over(lines, h["line"], q):
                h["score"] = round(h.get("score", 0.0) + UNDER_COMPARISON, 3)
                moved = True
    if not moved:
        return ranked
    return sorted(head, key=lambda h: -h.get("score", 0.0)) + ranked[top:]


def _aspects(said: frozenset[str], q: Query) -> set[str]:
    """The heading's words that are no side, no word typed and no numbering ("q15"): what
    it compares the sides on ("Q15. ALB vs NLB cross-zone LB" compares them on one thing,
    whose lines answer no bare "alb vs nlb")."""
    typed = {w for side in q.compared for w in side} | set(q.terms) \
        | stems(" ".join(q.tokens), frozenset())
    return {w for w in said - typed if w.isalpha() and len(w) > 1 and w not in _VERSUS_WORDS}


def _says_a_side(text: str, q: Query) -> bool:
    said = stems(text, frozenset())
    return any(q.says_side(side, said) for side in q.compared)


def _heading_over(lines: dict[int, str], at: int, q: Query) -> bool:
    """Whether a short line above `at` compares the two sides asked, with only siblings
    of line `at` between them (items of its bullet, or lines of no bullet for a line of
    none: a wrapped paragraph); one blank line may follow a heading. The "- ALB idle
    timeout" items after a "• ALB = ..." list under "ALB vs NLB:" are no part of it."""
    mark = _bullet(lines.get(at, ""))
    blanks = 0
    for n in range(at - 1, at - 1 - LOOK_BACK, -1):
        text = lines.get(n)
        if text is None:
            return False
        if not text.strip():
            blanks += 1
            if blanks > 1:
                return False
            continue
        bare = _HEADING_MARKS.sub("", text.strip())
        if len(bare) <= HEADING_CHARS and _VERSUS.search(bare):
            said = stems(bare, frozenset())
            return all(q.says_side(side, said) for side in q.compared) \
                and len(_aspects(said, q)) <= ONE_MORE
        if blanks or text.lstrip().startswith("#") or _bullet(text) != mark:
            return False  # past a blank line only a heading may speak for the block
    return False
