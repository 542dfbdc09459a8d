"""Canonical numbers back into words a student would write, and plausible neighbours.

Options in one question are all formatted here, so the answer cannot be spotted by its
style ("`900s`" among "5 minutes" and "29 seconds").
"""

from __future__ import annotations

import math
from functools import lru_cache

_TIME = ((86400, "day"), (3600, "hour"), (60, "minute"), (1, "second"))
_SIZE = ((1024**4, "TB"), (1024**3, "GB"), (1024**2, "MB"), (1024, "KB"), (1, "bytes"))


def _num(x: float, digits: int = 4) -> str:
    if x == int(x) and abs(x) < 1e15:
        return f"{int(x):,}"
    text = f"{x:,.{digits}g}"
    return text if "e" not in text else f"{x:,.{digits}f}".rstrip("0").rstrip(".")


def plural(n: float, word: str) -> str:
    """"1 hour", "2 hours", "1,000 years": `n` and its unit word, in the plural but after 1."""
    return f"{_num(n)} {word}" + ("" if n == 1 else "s")


# Pure in its arguments, and asked for every candidate option of every draw of an exam.
# typed: an int and its float (1 and 1.0) are kept apart, though both read the same today.
@lru_cache(maxsize=65536, typed=True)
def format_quantity(number: float, unit: str) -> str:
    """256 KB, 15 minutes, 1,000, 3,000 per second, 10%."""
    if unit == "s":
        return _duration(number)
    if unit in ("B", "B/s"):
        return _size(number, "/s" if unit == "B/s" else "")
    if unit == "per_s":
        return f"{_num(number)} per second"
    if unit == "%":
        return f"{_num(number, 12)}%"  # 99.999999999% durability: every nine matters
    return _num(number)


def _duration(number: float) -> str:
    if 0 < number < 1:
        return f"{_num(number * 1000)} ms"
    for size, word in _TIME:
        if number >= size and (number % size == 0 or size == 1):
            return plural(number / size, word)
    return plural(number, "second")


def _size(number: float, suffix: str) -> str:
    # The largest unit that gives a number with at most one decimal (2.5 GB; 1,769 MB
    # rather than 1.73 GB), else the largest that gives at least 1.
    for size, word in _SIZE:
        if number >= size and (number * 10) % size == 0 and size > 1:
            return f"{_num(number / size)} {word}{suffix}"
    for size, word in _SIZE:
        if number >= size:
            value = number / size
            if word == "bytes":
                return f"{_num(value)} byte{'s' if value != 1 else ''}{suffix}"
            return f"{_num(value)} {word}{suffix}"
    return f"{_num(number)} bytes{suffix}"


def format_range(low: float, high: float, unit: str) -> str:
    if low == 0:
        return f"0 to {format_quantity(high, unit)}"
    return f"{format_quantity(low, unit)} to {format_quantity(high, unit)}"


def format_span(low: float, high: float, unit: str) -> str:
    """A typical range as AWS words one: "3-5 hours", "1-5 minutes" (an en dash, the unit
    once) when both ends are whole numbers of one unit; else "12 minutes to 1 hour"."""
    lo, hi = format_quantity(low, unit), format_quantity(high, unit)
    a, b = lo.split(" ", 1) if " " in lo else (lo, ""), hi.split(" ", 1) if " " in hi else (hi, "")
    if a[1] and b[1] and a[1].rstrip("s") == b[1].rstrip("s"):
        return f"{a[0]}\u2013{b[0]} {b[1]}"
    if not a[1] and not b[1] or unit == "%":
        return f"{lo}\u2013{hi}"
    return f"{lo} to {hi}"


def magnitude_distance(a: float, b: float) -> float:
    """How far apart two positive numbers are, as a ratio: 0 equal, 1 = ten times apart."""
    if a <= 0 or b <= 0:
        return abs(a - b) + (0 if a == b else 1.0)
    return abs(math.log10(a) - math.log10(b))  # not log(a / b): that underflows to 0


def _nice(x: float, unit: str) -> float:
    """Round a synthetic value the way real quotas look (powers of two for sizes, round minutes)."""
    if x <= 0:
        return x
    if unit in ("B", "B/s") and x >= 1:
        base = 1024 ** int(math.log(x, 1024))
        v = x / base
        return min(_NICE_SIZES, key=lambda n: abs(math.log(n / v))) * base
    if unit == "s":
        for size in (86400, 3600, 60):
            if x >= size * 2:
                return round(x / size) * size
        return round(x) if x >= 1 else round(x, 3)
    if unit == "%":
        return min(100.0, round(x))
    digits = 2 if x >= 10 else 1
    return round(x, -int(math.floor(math.log10(x))) + digits - 1)


_NICE_SIZES = (1, 2, 4, 5, 8, 10, 16, 20, 25, 32, 50, 64, 100, 128, 200, 256, 500, 512)


def synthetic_neighbours(number: float, unit: str) -> list[float]:
    """Values near `number` in magnitude, for when the fact base has too few real ones."""
    if number == 0:
        return [1.0, 5.0, 10.0] if unit != "%" else [5.0, 10.0, 50.0]
    out: list[float] = []
    if unit == "%" and 99 <= number < 100:
        # High percentages vary by their nines: 99.99% -> 99.9%, 99.999%, 99.9999%...
        gap = 100 - number
        for factor in (10, 0.1, 100, 0.01, 0.001):
            value = round(100 - gap * factor, 12)
            # 13 nines print as "100%": no option may read as a certainty
            if 0 < value < 100 and value != number and value not in out \
                    and format_quantity(value, unit) != "100%":
                out.append(value)
        return out
    # Within a few times the answer first: a tenfold neighbour ("25 GB" beside 2 GB of memory
    # per vCPU) is a magnitude no value of the measure has, and stands out as wrong.
    return _neighbours(number, (2, 0.5, 4, 0.25, 3, 1.5, 5, 10, 0.1),
                       lambda x: _nice(x, unit), lambda value: value > 0 and not (
                           unit == "count" and value != int(value)  # "0.5 retries" counts nothing
                           or unit == "%" and value > 100))


def whole_neighbours(count: int) -> list[int]:
    """Whole numbers near `count` (of a unit a note gave its figure in: "10 years"), nearest
    in ratio first; rounded as such figures are written (whole numbers, and from ten on
    multiples of five: "13 months" beside 20 and 25, not 26 and 39)."""
    return _neighbours(count, (1.5, 2, 0.5, 3, 4, 0.25, 5, 0.2, 10, 0.1),
                       lambda x: round(x) if x < 10 else 5 * round(x / 5),
                       lambda near: near >= 1)


def _neighbours(number, factors, rounded, kept) -> list:
    """`number` times each factor in turn, rounded, where `kept` keeps it and it is neither
    the number nor one found before: the made-up neighbours of an answer."""
    out: list = []
    for factor in factors:
        value = rounded(number * factor)
        if kept(value) and value != number and value not in out:
            out.append(value)
    return out
