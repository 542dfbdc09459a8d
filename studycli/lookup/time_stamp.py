"""A video course's index writes when each line was said before it: "[09:00] Memcached max
item size default 1 MB", "(01:02:30) - SQS retention 4 days". The stamp is no figure and no
clause of what the line says: read as one, "09:00" is a figure naming no variant, so the
line seemed to give a figure of the Redis asked beside its Memcached one. A Zettelkasten
note's id opening its title is a stamp too: "## 202403121131 SQS delay queue" (made on
2024-03-12 at 11:31) counts no queues, yet read as a figure it answered "max sqs queues per
account".
Stdlib only: runs on the lookup fast path.
"""

from __future__ import annotations

from studycli.lazy_regex import lazy_compile

_LEADING_STAMP = lazy_compile(
    r"\A\s*(?:\[\s*\d{1,2}:\d{2}(?::\d{2})?\s*\]|\(\s*\d{1,2}:\d{2}(?::\d{2})?\s*\)"
    # a Zettelkasten id: the minute (or second) it was made, YYYYMMDDHHMM[SS], then a space
    r"|(?:19|20)\d\d(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\d|3[01])(?:[01]\d|2[0-3])[0-5]\d"
    r"(?:[0-5]\d)?(?=\s))"
    r"\s*(?:[-–—:|]\s*)?")


def without_stamp(text: str, statement: bool = True) -> str:
    """`text` less a time stamp in brackets opening it ("[09:00] ", "(1:02:30) - ") or a
    Zettelkasten id ("202403121131 "), when it is a `statement`'s (a quantity's value is
    its figure alone)."""
    m = _LEADING_STAMP.match(text) if statement else None
    return text[m.end():] if m and m.end() < len(text) else text
