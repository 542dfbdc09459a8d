"""Does a note's whole line hold a figure of a side it never names?

Notes often write EC2's basic monitoring under another name ("standard metrics EC2 every 5
min, detailed monitoring 1 min"): such a line names only "detailed", yet its 5 min is basic
monitoring's. It holds the unnamed side's figure where a part of it (up to ",", ";", a
bracket or " - ") that never names the other side states a figure of the same measure (a
duration beside a duration) as a part naming the other side does. A line whose only such
figure is the named side's, beside a price, a count or a service's name ("detailed
monitoring for EC2: every 1 minute (paid)", "detailed monitoring: 1 min interval, $2.10 per
instance") holds none: asked basic monitoring's interval, its 1 minute is the wrong side's.
The parser's quantities are loaded only here, for a query asking such a side of a line naming
the other alone (rare on the lookup fast path).
"""

from __future__ import annotations

from collections.abc import Callable

from studycli.lazy_regex import lazy_compile

_PARTS = lazy_compile(r"[;()\[\]]|,\s|\s[-\u2013\u2014]\s")


def holds_unnamed_side(value: str, other: str,
                       side_words: Callable[[str], list[str]]) -> bool:
    """Whether the line `value`, naming the side `other` (as `side_words` reads a text's
    sides), states a figure of a part not naming it of a measure a part naming it states."""
    from studycli.extract.quantities import find_quantities

    named: set[str] = set()
    unnamed: set[str] = set()
    for part in _PARTS.split(value):
        measures = {q.dimension for q in find_quantities(part)}
        (named if other in side_words(part) else unnamed).update(measures)
    return bool(named & unnamed)
