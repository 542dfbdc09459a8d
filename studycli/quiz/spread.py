"""Session order: cards of one service and attribute (siblings: S3 Standard's durability,
then One Zone-IA's, then Glacier's, all "99.999999999%") asked one after another give each
other away and drill the same number four times over. They are spread apart; which cards a
session asks, and how FSRS schedules them, do not change."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable


def sibling_key(card: dict) -> tuple[str, str]:
    return (card["service"], card["attribute"])


GAP = 3  # a card waits until this many other kinds of card were asked since its sibling


def spread_siblings(cards: Iterable[dict]) -> list[dict]:
    """`cards` in their order, except that a card whose sibling was asked among the last few
    waits for the next card that is not one: up to GAP other kinds of card in between when
    there are that many left, at least one when there is any (only when none is left do
    siblings follow one another)."""
    waiting = list(cards)
    order: list[dict] = []
    while waiting:
        counts = Counter(sibling_key(c) for c in waiting)
        kinds = len(counts)
        pick = 0
        crowded, many = counts.most_common(1)[0]
        if many > len(waiting) - many and (not order or sibling_key(order[-1]) != crowded):
            # More of one kind than of all the rest: held back now, it would end up in a
            # run of siblings at the end; it goes now, between the others.
            order.append(waiting.pop(next(i for i, c in enumerate(waiting)
                                          if sibling_key(c) == crowded)))
            continue
        for gap in range(min(GAP, kinds - 1), 0, -1):
            recent = {sibling_key(c) for c in order[-gap:]}
            found = next((i for i, c in enumerate(waiting) if sibling_key(c) not in recent), None)
            if found is not None:
                pick = found
                break
        order.append(waiting.pop(pick))
    return order
