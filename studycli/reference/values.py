"""Reading a display value ("256 KB", "1–10", "60 per minute") into canonical numbers, and
comparing numbers and words the way a student's note and a reference entry state them."""

from __future__ import annotations

import re
from functools import lru_cache

# Notes round ("1769 MB" is not "1792 MB", but "10 GB" is "10,240 MB"): half a percent.
REL_TOLERANCE = 0.005

_BARE_RANGE = re.compile(r"^\s*(\d[\d,]*(?:\.\d+)?)\s*(?:-|–|—|to)\s*(\d[\d,]*(?:\.\d+)?)\s*$")
_BARE_NUMBER = re.compile(r"^\s*(\d[\d,]*(?:\.\d+)?)\s*$")
_WORD = re.compile(r"[a-z0-9@]+")


class Parsed:
    __slots__ = ("high", "low", "number", "unit")

    def __init__(self, number, unit, low=None, high=None):
        self.number, self.unit, self.low, self.high = number, unit, low, high


@lru_cache(maxsize=2048)
def parse_value(text: str, unit: str = "") -> Parsed | None:
    """The first quantity in `text` in canonical units; a bare number takes `unit`."""
    m = _BARE_RANGE.match(text)
    if m:
        return Parsed(None, unit, _num(m.group(1)), _num(m.group(2)))
    m = _BARE_NUMBER.match(text)
    if m:
        return Parsed(_num(m.group(1)), unit)
    from studycli.extract.quantities import find_quantities  # only when a value is compared

    found = find_quantities(text)
    if not found:
        return None
    q = found[0]
    if q.is_range:
        return Parsed(None, q.unit, q.low, q.high)
    return Parsed(q.number, q.unit)


def _num(text: str) -> float:
    return float(text.replace(",", ""))


def close(a: float | None, b: float | None, unit: str = "") -> bool:
    """Whether two canonical numbers state the same value, allowing for a note's rounding.
    Percentages are compared by what they leave out of 100: 99.9% and 99.99% availability
    (or 11 and 10 nines of durability) are half a percent apart but ten times apart in what
    they promise."""
    if a is None or b is None:
        return False
    if unit == "%":
        a, b = 100.0 - a, 100.0 - b
        return abs(a - b) <= REL_TOLERANCE * max(abs(a), abs(b)) + 1e-12
    return abs(a - b) <= REL_TOLERANCE * max(abs(a), abs(b)) + 1e-9


def words(text: str) -> set[str]:
    """Lower-case words with a plural 's' dropped, for loose text comparison."""
    out = set()
    for w in _WORD.findall(text.lower()):
        out.add(w[:-1] if len(w) > 3 and w.endswith("s") and not w.endswith("ss") else w)
    return out


def norm_text(text: str) -> str:
    return " ".join(_WORD.findall(text.lower().replace("-", " ")))
