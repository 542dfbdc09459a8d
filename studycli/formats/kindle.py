"""A Kindle's `My Clippings.txt`: the highlights and notes a student made in a study guide.

Each clipping is four lines and a separator:

    AWS Certified Solutions Architect Study Guide (Piper, Ben)
    - Your Highlight on page 52 | Location 790-792 | Added on Tuesday, 5 March 2024 07:52:10

    A NAT gateway supports 5 Gbps of bandwidth and automatically scales up to 45 Gbps.
    ==========

Read as plain text, the separator under each highlight made it a setext heading, and the book's
title and the "Your Highlight on page" line below became facts of that "section". The book's
title, the header and the separator are no notes: they are left blank, and each highlight and
note stays on its own line, a statement of its own. A passage highlighted twice (the Kindle
keeps both) is read once.
"""

from __future__ import annotations

import re

# the separator a Kindle writes after every clipping
SEPARATOR = re.compile(r"^\s*={10}\s*$")
# "- Your Highlight on page 41 | Location 612-613 | Added on Tuesday, 5 March 2024 07:52:10",
# in any language the Kindle is set to ("- La tua evidenziazione a pagina 41 | posizione
# 612-613 | Aggiunto in data martedì 5 marzo 2024 07:52:10"): a dash, a field with a page or
# location number, and a last field that is a date: a year and a time of day. A note's
# "- Standard | retention 4 days | max 14 days" has no such date.
HEADER = re.compile(r"^\s*-\s+\S[^|]*\d[^|]*\|.*[^|]*\b(?:1[89]|2\d)\d\d\b[^|]*"
                    r"\b\d{1,2}[:.]\d\d(?:[:.]\d\d)?\b[^|]*$")


def clipping_headers(lines: list[str]) -> int:
    """How many clippings `lines` hold: a title line (first in the file, or after a
    separator) over a header line, the shape a Kindle writes and a note does not."""
    count = 0
    for i in range(len(lines) - 1):
        if (i == 0 or SEPARATOR.match(lines[i - 1])) and lines[i].strip() \
                and HEADER.match(lines[i + 1]):
            count += 1
    return count


def clippings_to_markdown(lines: list[str]) -> list[str]:
    out = list(lines)
    seen: set[str] = set()
    title_next = True  # the first line, and each after a separator, is a book's title
    k = 0
    while k < len(lines):
        line = lines[k]
        if SEPARATOR.match(line):
            out[k], title_next = "", True
        elif title_next and line.strip():
            out[k], title_next = "", False
            if k + 1 < len(lines) and HEADER.match(lines[k + 1]):
                k += 1
                out[k] = ""
        elif line.strip():
            text = " ".join(line.split()).casefold()
            if text in seen:  # the same passage highlighted again
                out[k] = ""
            seen.add(text)
        k += 1
    return out
