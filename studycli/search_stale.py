"""`studycli search`: a line that is out of date goes after a current line that matches as well.

A student's notes keep the old value beside the new ("- SQS max message size is 256 KB
(outdated)" over "- ... 1 MiB now"), and bm25 ranked the shorter, stale line first: the first
line read is the one not to believe. A hit is stale when the note marks it so (an aside
"(outdated)", a tag "#outdated", a label "OUTDATED:") or when the AWS reference finds a claim
of the line outdated or wrong (the lines `studycli check` lists, store/currency.py). Among
hits found the same way (search tiers, SearchHit.tier; heading hits and variant spellings
apart), current lines come first, stale ones after them in their own order; the stale mark
is shown with the line (ui/search_view.py) and in `--json` ("outdated").

A line that only mentions an old value ("up to 100 actions (used to be 25)", "~~64 KB~~ 256
KB") is current: it says what the value is now. Nor is "(old)" a mark: "CLB (old)" and "gp2
(old)" are current lines about older things.
"""

from __future__ import annotations

import itertools
import re
import sqlite3

from studycli.lazy_regex import lazy_compile

_MARK_WORDS = (r"outdated|out[\s-]of[\s-]date|obsolete|superseded|stale"
               r"|no\s+longer\s+(?:true|valid|correct|accurate|the\s+case)")
# the mark alone in an aside, as a tag, or as a label at either end of the line
_MARKED = lazy_compile(
    rf"[(\[]\s*(?:now\s+|probably\s+|maybe\s+)?(?:{_MARK_WORDS})\s*[?!.]*\s*[)\]]"
    rf"|#(?:outdated|obsolete|stale)\b"
    rf"|^[\W_]*(?:{_MARK_WORDS})[?!]*\s*[:\-\u2013\u2014]"
    rf"|[\-\u2013\u2014:]\s*(?:{_MARK_WORDS})\s*[?!.]*\W*$",
    re.IGNORECASE)


def marked_stale(text: str) -> bool:
    """Whether the note line marks itself out of date."""
    return _MARKED.search(text) is not None


def mark_and_rank(conn: sqlite3.Connection, hits: list) -> list:
    """Each hit's `stale` set; the hits in their order, each run of hits found the same way
    with its current lines first."""
    from studycli.store.currency import flagged_on_lines

    flagged = flagged_on_lines(conn, [(h.source, h.line) for h in hits])
    for hit in hits:
        row = flagged.get((hit.source, hit.line))
        if row is not None and row["status"] in ("outdated", "wrong"):
            hit.stale = {"by": "aws", "said": aws_said(row), "url": row.get("url") or ""}
        elif marked_stale(hit.text):
            hit.stale = {"by": "notes", "said": "marked out of date in your notes", "url": ""}
    out: list = []
    for _, run in itertools.groupby(hits, key=lambda h: (h.variant, h.tier, type(h))):
        group = list(run)
        out += [h for h in group if h.stale is None] + [h for h in group if h.stale]
    return out


def aws_said(row: dict) -> str:
    """check's finding in its words: "outdated per the AWS docs: now 1 MiB", "wrong per the
    AWS docs: AWS says 20 s", or of a maximum that is still the default, that it is."""
    from studycli.store.currency import said_now, still_default_said
    from studycli.ui.verdict_words import verdict_label

    verdict = row.get("verdict") or row["status"]
    now = str(row.get("current_value") or "").strip()
    if row.get("note_default") and now:
        return still_default_said(str(row["note_default"]), now) + " (per the AWS docs)"
    said = (f"{verdict_label(verdict)} per the AWS docs" if verdict != "differs"
            else verdict_label(verdict))
    if not now:
        return said
    told = said_now(now)
    return f"{said}: {('now' if verdict == 'outdated' else 'AWS says')} {now}" \
        if told == now else f"{said}: {told}"
