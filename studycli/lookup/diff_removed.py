"""A line a diff note removes: the note's newer version took it back.

A student who keeps notes in git may save a change as a unified diff ("git diff > notes.diff"):
a removed line ("-- EC2 basic monitoring = every 1 min") and the line that replaces it
("+- EC2 basic monitoring = every 5 min") both reach the fact base, with the same words and
the same score, so the value the note no longer says came first as often as not. Lookup puts
the facts of removed lines after the other hits of its window (order otherwise kept), as it
does a value another line corrects (lookup/corrections.py): the removed value is still shown
below, never dropped, since a removed line may be the only one on its topic.

A note is a diff when one of its lines is a hunk header ("@@ -1,22 +1,24 @@"); a line it
removes starts with one "-" and no space: the note's lines are stored stripped, so a context
line " - item" is stored as "- item" and a removed "- item" as "-- item", and "--- a/file" is
the diff's header. A note that is no diff keeps its "-> CF functions cheaper" and "-5 dB".
"""

from __future__ import annotations

import sqlite3


def removed(text: str) -> bool:
    """Whether a stored diff line is one the diff removes ("-- item", "-retention 1 year")."""
    return len(text) > 1 and text[0] == "-" and text[1] != " " and not text.startswith("---")


def removed_last(conn: sqlite3.Connection, ranked: list[dict], top: int) -> list[dict]:
    """`ranked` with the hits among its first `top` read from a line a diff note removes moved
    after the other hits of those `top`."""
    from studycli.store.lookup_lines import is_diff_note, line_texts

    window = ranked[:top]
    # the snippet is the line as stored: only a hit whose snippet could be a removal is read
    maybe = [(h["source"], h["line"]) for h in window
             if h.get("source") and h.get("line") is not None
             and removed((h.get("snippet") or "").lstrip())]
    if not maybe:
        return ranked
    texts = line_texts(conn, maybe)
    diffs = {source: is_diff_note(conn, source) for source, _ in maybe}
    gone = {place for place in maybe
            if diffs[place[0]] and removed(texts.get(place, "").lstrip())}
    if not gone:
        return ranked
    flags = [(h.get("source"), h.get("line")) in gone for h in window]
    return ([h for h, f in zip(window, flags, strict=True) if not f]
            + [h for h, f in zip(window, flags, strict=True) if f] + ranked[top:])
