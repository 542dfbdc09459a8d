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
        if "section" not in f:
            f["section"] = nearest_heading(conn, f)


def nearest_heading(conn: sqlite3.Connection, fact: dict) -> str:
    """The nearest heading over a fact's line ("" as attach_sections), read once a lookup:
    kept in `heading_over`, which lookup/pair_line.py reads too. Not `section`, which the
    answer score reads as the line's context (set only where attach_sections sets it)."""
    if "heading_over" not in fact:
        fact["heading_over"] = ""
        if fact.get("source") and fact.get("line"):
            over = headings_over(conn, fact["source"], fact["line"])
            fact["heading_over"] = over[0] if over else ""
    return fact["heading_over"]
