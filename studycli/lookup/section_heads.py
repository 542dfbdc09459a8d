"""The markdown heading a fact's note line sits under, read as the line's section.

A note files its lines under headings: "- retention: 24 hours" under "## streams" under
"# dynamodb" is DynamoDB Streams' retention, though the line says neither word. The answer
score reads the section only for the few candidates of a lookup that would otherwise
abstain (core._answer_in_context), as it reads the question or table header over a line
(lookup/context.py), and counts what the section says for less than the line's own words.
Stdlib only.
"""

from __future__ import annotations

import sqlite3

from studycli.lookup.lines import headings_over


def attach_sections(conn: sqlite3.Connection, facts: list[dict]) -> None:
    """Set each fact's `section`: the nearest heading over its line ("" when it sits under
    none within lines.HEADING_REACH lines, or the line index is missing). Only the nearest:
    a note's title ("# S3 + storage") speaks for every line under it, and the whole chain
    read lent "s3 standard-ia minimum object size" its words for a multipart part's 5 MB."""
    for f in facts:
        if "section" in f:
            continue
        f["section"] = ""
        if f.get("source") and f.get("line"):
            over = headings_over(conn, f["source"], f["line"])
            f["section"] = over[0] if over else ""
