"""Patterns anchored before a number ("...$", searched with endpos at the number's start),
gated by the one character every match of theirs ends on.

not_a_limit searches about a dozen such patterns before each number of a line ("not 14
days", "typically < 30 s", "per 1 KB", ...), and each search tries every position of the
text before the number (~3 us each, about a third of not_a_limit). A match of one ends with
its own last word ("no", "of", "per") followed only by spaces and the marks `*_`~`, so the
last character before the number that is neither tells which patterns can match there at
all: found once per number (it is cached), it spares the others their search. What matches
is unchanged (tests/test_speed31_anchored_gates.py).
"""

from __future__ import annotations

import re
import sys
from collections.abc import Iterable
from functools import lru_cache

# what a pattern's trailing runs are made of (`\s*[*_`~]*$`): skipped to find the last mark
_TRAILING = "*_`~"


@lru_cache(maxsize=256)  # asked by each gated pattern for the same number
def last_mark(text: str, pos: int, endpos: int) -> str:
    """The last character of text[pos:endpos] that is neither whitespace (as `\\s` reads it)
    nor one of `*_`~`, or "" when there is none."""
    i = min(endpos, len(text)) - 1
    while i >= pos:
        c = text[i]
        if not (c.isspace() or c in _TRAILING):
            return c
        i -= 1
    return ""


def final_marks(entries: Iterable[str]) -> str | None:
    """The ASCII characters (lower case) the literal `entries` end on, past their trailing
    spaces and marks; None when one is nothing but those (no gate then). An entry ending on
    another character adds none: a text ending on one is always searched (EndsOn)."""
    out = set()
    for entry in entries:
        stripped = entry
        while stripped and (stripped[-1].isspace() or stripped[-1] in _TRAILING):
            stripped = stripped[:-1]
        if not stripped:
            return None
        if stripped[-1].isascii():
            out.add(stripped[-1].lower())
    return "".join(sorted(out))


class EndsOn:
    """`pattern`, whose every match ends on a character of `marks` (ASCII letters given in
    lower case, case ignored) followed only by whitespace and `*_`~`: a search where the text
    before `endpos` ends otherwise finds nothing, so it is not run. A text ending on a
    character other than ASCII is always searched (with case ignored, "ſ" matches "s" and
    the Kelvin sign "k"). Everything else is the pattern's own."""

    __slots__ = ("_pattern", "_marks")

    def __init__(self, pattern: re.Pattern[str], marks: str) -> None:
        self._pattern = pattern
        self._marks = frozenset(marks.lower()) | frozenset(marks.upper())

    def search(self, string: str, pos: int = 0,
               endpos: int = sys.maxsize) -> re.Match[str] | None:
        mark = last_mark(string, max(pos, 0), endpos)
        if mark == "" or (mark.isascii() and mark not in self._marks):
            return None
        return self._pattern.search(string, pos, endpos)

    @property
    def pattern(self) -> str:
        return self._pattern.pattern

    @property
    def flags(self) -> int:
        return self._pattern.flags


def ends_on(pattern: re.Pattern[str], marks: str | None) -> re.Pattern[str] | EndsOn:
    """`pattern` gated by `marks` (final_marks of its words), or itself when there are none."""
    return pattern if marks is None else EndsOn(pattern, marks)
