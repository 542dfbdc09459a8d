"""The markdown headings a fact's note line sits under, read as the line's section.

A note files its lines under headings: "- retention: 24 hours" under "## streams" under
"# dynamodb" is DynamoDB Streams' retention, though the line says neither word. The answer
score reads the section only for the few candidates of a lookup that would otherwise
abstain (core._answer_in_context), as it reads the question or table header over a line
(lookup/context.py), and counts what the section says for less than the line's own words.
Stdlib only.
"""

from __future__ import annotations

import re
import sqlite3

SECTION_REACH = 60  # lines above a line its section's heading may be (lines.HEADING_REACH)
_HEADING = re.compile(r"^(#{1,6})\s+\S")


def attach_sections(conn: sqlite3.Connection, facts: list[dict]) -> None:
    """Set each fact's `section`: the nearest heading over its line ("" when it sits under
    none within SECTION_REACH lines, or the line index is missing). Only the nearest: a
    note's title ("# S3 + storage") speaks for every line under it, and the whole chain read
    lent "s3 standard-ia minimum object size" its words for a multipart part's 5 MB."""
    for f in facts:
        if "section" in f:
            continue
        f["section"] = ""
        if not (f.get("source") and f.get("line")):
            continue
        try:
            rows = conn.execute(
                "SELECT line, text FROM note_lines WHERE source = ? AND line BETWEEN ? AND ? "
                "AND text LIKE '#%' ORDER BY line", [f["source"], f["line"] - SECTION_REACH,
                                                     f["line"] - 1]).fetchall()
        except sqlite3.OperationalError:  # a database from before the line index
            continue
        chain = heading_chain(rows)
        f["section"] = chain[-1] if chain else ""


def heading_chain(rows: list[tuple[int, str]]) -> list[str]:
    """The headings of `rows` (line, text; in line order) a line after them sits under:
    the last of each level, a shallower heading closing the deeper ones before it ("#tag"
    is no heading)."""
    chain: dict[int, str] = {}
    for _, text in rows:
        m = _HEADING.match(text)
        if not m:
            continue
        level = len(m.group(1))
        chain = {lv: t for lv, t in chain.items() if lv < level}
        chain[level] = text[level:].strip()
    return list(chain.values())
