"""Where the last match of a pattern before a position ends (last_end), and whether it matches
before a position at all (found_before), asked for many positions of one line: the line's
matches are found once, so a line of n characters holding q numbers costs
about n + q, not n x q (a 20,000-character pasted paragraph holds hundreds of numbers, and
each asks where its clause starts)."""

from __future__ import annotations

import re
from bisect import bisect_left
from functools import lru_cache

# More characters than any pattern given to last_end reads from where a match attempt starts
# (its longest match and one character of look-ahead): attempts starting further than this
# before `position` cannot see where the text is cut, so they match as in the whole line.
# (A pattern with an unbounded run of spaces, context's sentence patterns or the clause
# break's "\s*or\s+", can read more after 32 spaces in a row; every caller cuts at a number
# or a bracket, and base and windowed search agreed on all notes and random lines tried.)
REACH = 32
# a head or stretch this short is searched directly: cheaper than looking up a line's matches
SHORT = 4 * REACH

# Put before a sentence's closing mark: "e.g." and "i.e." end no sentence ("async, e.g. SNS")
NOT_AFTER_ABBREVIATION = r"(?<!\b[eE]\.g)(?<!\b[iI]\.e)"


# The caches below are keyed on a number given to each pattern, not on the pattern: the hash
# of a re.Pattern reads its whole compiled program (about a microsecond for a clause-break
# pattern), which a cache keyed on it paid on every call (most of a remembered last_end's
# time; every number of a line asks several). The patterns are kept here, so the id that
# finds a pattern's number is never another object's. (Callers hand in module constants.)
_NUMBERS: dict[int, int] = {}
_PATTERNS: list[re.Pattern] = []


def _numbered(pattern: re.Pattern) -> int:
    number = _NUMBERS.get(id(pattern))
    if number is None:
        # module constants only: a pattern compiled per call would grow this without end
        assert len(_PATTERNS) < 256, "scan is handed patterns compiled per call"
        number = _NUMBERS[id(pattern)] = len(_PATTERNS)
        _PATTERNS.append(pattern)
    return number


@lru_cache(maxsize=16)
def _matches(number: int, line: str) -> tuple[list[int], list[int]]:
    starts, ends = [], []
    for m in _PATTERNS[number].finditer(line):
        starts.append(m.start())
        ends.append(m.end())
    return starts, ends


def last_end(pattern: re.Pattern, line: str, position: int) -> int:
    """`max(m.end() for m in pattern.finditer(line, 0, position))`, or 0: where the last
    match before `position` ends. `pattern` must read fewer than REACH characters from where
    an attempt starts and never match the empty string."""
    return _last_end(_numbered(pattern), line, position)


@lru_cache(maxsize=256)  # a number's clause start is asked for by several of its readers
def _last_end(number: int, line: str, position: int) -> int:
    pattern = _PATTERNS[number]
    if position <= SHORT:
        best = 0
        for m in pattern.finditer(line, 0, position):
            best = m.end()  # matches do not overlap: each ends after the one before
        return best
    starts, ends = _matches(number, line)
    # matches starting well before the cut are the whole line's; scan only the rest again
    k = bisect_left(starts, position - REACH)
    best = ends[k - 1] if k else 0
    # ... and from no earlier than REACH before the cut: every attempt between `best` and
    # there fails in the cut line as it did in the whole line (it reads no character of the
    # cut), and each attempt after it is the same wherever the scan began (no match before
    # it took its characters). Where the whole line's matches are sparse (a pasted paragraph's
    # clause breaks), the rescan from `best` read the whole gap again for every number in it.
    for m in pattern.finditer(line, max(best, position - REACH), position):
        best = m.end()
    return best


@lru_cache(maxsize=16)
def _first_start(number: int, line: str) -> int:
    """Where the line's first match of pattern `number` starts, or len(line) + 1 for none."""
    m = _PATTERNS[number].search(line)
    return m.start() if m else len(line) + 1


def found_before(pattern: re.Pattern, line: str, position: int) -> bool:
    """`pattern.search(line, 0, position) is not None`, asked for many positions of one line
    (each number of a pasted paragraph searched the whole head before it). An attempt starting
    more than REACH before the cut reads none of its characters, so it matches as in the whole
    line: a match there is the whole line's first one; else one starts within REACH of the cut,
    and only that stretch is searched. `pattern`: as last_end's."""
    if position <= SHORT:
        return pattern.search(line, 0, position) is not None  # short: one search costs less
    if _first_start(_numbered(pattern), line) < position - REACH:
        return True
    return pattern.search(line, max(0, position - REACH), position) is not None


@lru_cache(maxsize=256)  # asked for the same number by several of its readers
def tail_start(line: str, end: int, letters: int) -> int:
    """Where to start searching line[:end] for a pattern anchored at `end` ("...$" searched
    with endpos=end) whose matches hold at most `letters` characters other than spaces,
    `*_`~,.` and digits: a match cannot start at or before the one more such character,
    so the search need not read the rest of a long line (each number asks, and a pasted
    line holds hundreds). Lookbehinds and \\b still see the text before the start."""
    if end <= 4 * letters:
        return 0  # short: the whole head costs less than counting
    # The characters are counted by a pattern over the head read backwards (a loop in Python
    # over each character was a twentieth of a pasted paragraph's parse), in a window first:
    # the count is met within a few hundred characters but in a long run of digits and spaces.
    window = 4 * letters
    counted = _counted_run(letters + 1).match(line[max(0, end - window):end][::-1])
    if counted is None and end > window:
        counted = _counted_run(letters + 1).match(line[:end][::-1])
    return end - counted.end() + 1 if counted is not None else 0


@lru_cache(maxsize=8)
def _counted_run(count: int) -> re.Pattern:
    """`count` characters that tail_start counts, each after any run of the characters a
    pattern's unbounded runs are made of, which it does not count: spaces, digits, emphasis
    marks and the separators inside numbers (\\s and \\d read str.isspace and str.isdecimal's
    Unicode tables)."""
    return re.compile(rf"(?:[\s\d*_`~,.]*[^\s\d*_`~,.]){{{count}}}")
