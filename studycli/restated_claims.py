"""One finding per note line and quantity, for `studycli check` (reference/findings.py) and
the ingest summary's counts (store/currency.py) alike: a claim entry restates a measure
another entry keys ("record max 1 MB" is told by kinesis.record-size.claim for the lines
without a fact, and by kinesis.record-size.max for a line whose fact it meets).

Stdlib only and apart from studycli.reference: the store reads it without loading the
reference."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import TypeVar

T = TypeVar("T")


def without_restated(found: Iterable[T], *, place: Callable[[T], tuple],
                     quantity: Callable[[T], tuple | None], keyed: Callable[[T], bool],
                     severity: Callable[[T], int]) -> list[T]:
    """`found` less each finding told through a line's claim (not `keyed`) whose quantity a
    keyed finding of the same `place` (note and line) states at least as severely, and less
    all but the most severe (the first of equals) of the claim findings left for one place
    and quantity: two claim entries stating one measure ("once per 24 hours" read by a
    capacity-mode entry and by its any-line claim) tell a line once, and count once. Keyed
    findings are all kept: Lambda's memory and /tmp maxima are both 10,240 MB."""
    found = list(found)
    worst: dict[tuple, int] = {}
    for x in found:
        if keyed(x) and (q := quantity(x)) is not None:
            k = (*place(x), q)
            worst[k] = max(worst.get(k, -1), severity(x))
    left = [x for x in found
            if keyed(x) or (q := quantity(x)) is None
            or worst.get((*place(x), q), -1) < severity(x)]
    told: dict[tuple, T] = {}
    for x in left:
        if not keyed(x) and (q := quantity(x)) is not None:
            k = (*place(x), q)
            if k not in told or severity(x) > severity(told[k]):
                told[k] = x
    chosen = {id(x) for x in told.values()}
    return [x for x in left
            if keyed(x) or quantity(x) is None or id(x) in chosen]
