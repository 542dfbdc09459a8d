"""A figure per unit of size is a ratio, never a bound: "gp2 - 3 IOPS per GiB" says how IOPS
grow with a volume's size, not how many it can have at most, and "efs provisioned throughput
max" is not "50 MiB/s per TiB". Read as an answer to a maximum (or a minimum) they were a
confident wrong figure (issue 10). Only a line whose every figure is such a ratio is one:
"3 IOPS per GB, max 16,000 IOPS" states the maximum beside its ratio. A query that asks the
ratio ("gp2 iops per gb") asks for it (lookup/answer.py's _not_per_unit_asked reads that
side).
"""

from __future__ import annotations

import re

from studycli.lookup.text import stem

# a number (not a name's digit: "gp2", "io1"), its unit or noun, "per" or "/", a size unit
_PER_SIZE = re.compile(r"(?<![A-Za-z\d.,])(\d[\d,.]*)\s*(?:[A-Za-z]+/?[A-Za-z]*\s*)?"
                       r"(?:per\s+|/\s*)(?:[KMGTP]i?B|gigs?|gigabytes?|terabytes?)\b",
                       re.IGNORECASE)
_FIGURE = re.compile(r"(?<![A-Za-z\d.,])\d[\d,.]*")
_SIZE_STEMS = frozenset(stem(w) for w in ("kb", "mb", "gb", "tb", "kib", "mib", "gib", "tib",
                                           "gig", "gigabyte", "terabyte"))
_BOUNDS = ("max", "min")


def only_per_size(value: str, qualifier: str | None, denominators: set[str]) -> bool:
    """Whether `value` answers a bound asked (`qualifier` max or min, no size it is asked
    per) with nothing but ratios per unit of size."""
    if qualifier not in _BOUNDS or denominators & _SIZE_STEMS or "per" not in value.lower() \
            and "/" not in value:
        return False
    ratios = {m.start(1) for m in _PER_SIZE.finditer(value)}
    figures = [m.start() for m in _FIGURE.finditer(value)]
    return bool(ratios) and all(start in ratios for start in figures)
