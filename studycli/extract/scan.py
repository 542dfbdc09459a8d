"""Where the last match of a pattern before a position ends, asked for many positions of one
line: the line's matches are found once, so a line of n characters holding q numbers costs
about n + q, not n x q (a 20,000-character pasted paragraph holds hundreds of numbers, and
each asks where its clause starts)."""

from __future__ import annotations

import re
from bisect import bisect_left
from functools import lru_cache

# More characters than any pattern given to last_end reads from where a match attempt starts
# (its longest match and one character of look-ahead): attempts starting further than this
# before `position` cannot see where the text is cut, so they match as in the whole line.
REACH = 32

# Put before a sentence's closing mark: "e.g." and "i.e." end no sentence ("async, e.g. SNS")
NOT_AFTER_ABBREVIATION = r"(?<!\b[eE]\.g)(?<!\b[iI]\.e)"


@lru_cache(maxsize=16)
def _matches(pattern: re.Pattern, line: str) -> tuple[list[int], list[int]]:
    starts, ends = [], []
    for m in pattern.finditer(line):
        starts.append(m.start())
        ends.append(m.end())
    return starts, ends


@lru_cache(maxsize=256)  # a number's clause start is asked for by several of its readers
def last_end(pattern: re.Pattern, line: str, position: int) -> int:
    """`max(m.end() for m in pattern.finditer(line, 0, position))`, or 0: where the last
    match before `position` ends. `pattern` must read fewer than REACH characters from where
    an attempt starts and never match the empty string."""
    if position <= 4 * REACH:
        best = 0
        for m in pattern.finditer(line, 0, position):
            best = m.end()  # matches do not overlap: each ends after the one before
        return best
    starts, ends = _matches(pattern, line)
    # matches starting well before the cut are the whole line's; scan only the rest again
    k = bisect_left(starts, position - REACH)
    best = ends[k - 1] if k else 0
    for m in pattern.finditer(line, best, position):
        best = m.end()
    return best


# Characters a pattern's unbounded runs are made of: spaces, emphasis marks, digits and the
# separators inside numbers. Only the other characters of a match are counted.
_RUN_MARKS = frozenset("*_`~,.")


@lru_cache(maxsize=256)  # asked for the same number by several of its readers
def tail_start(line: str, end: int, letters: int) -> int:
    """Where to start searching line[:end] for a pattern anchored at `end` ("...$" searched
    with endpos=end) whose matches hold at most `letters` characters other than spaces,
    `*_`~,.` and digits: a match cannot start at or before the one more such character,
    so the search need not read the rest of a long line (each number asks, and a pasted
    line holds hundreds). Lookbehinds and \\b still see the text before the start."""
    if end <= 4 * letters:
        return 0  # short: the whole head costs less than counting
    count = 0
    for i in range(end - 1, -1, -1):
        c = line[i]
        if not (c in _RUN_MARKS or c.isspace() or c.isdecimal()):
            count += 1
            if count > letters:
                return i + 1
    return 0
