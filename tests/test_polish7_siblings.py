"""A session does not ask cards of one service and attribute (siblings: S3's storage classes'
durability, all "99.999999999%") one after another while other cards are left; which cards
it asks, and their FSRS schedule, stay the same."""

from __future__ import annotations

import random
from datetime import UTC, datetime

import pytest

from studycli.database import ensure_database
from studycli.quiz import service_key
from studycli.quiz.session import QuizOptions, Session
from studycli.quiz.spread import spread_siblings

NOW = datetime(2026, 12, 2, 9, 0, tzinfo=UTC)


def _asked(db, **options) -> list[dict]:
    session = Session(db, QuizOptions(fuzz=False, **options), clock=lambda: NOW,
                      rng=random.Random(0))
    asked = []
    while (item := session.next()) is not None:
        asked.append(item.card)
        if item.question.options:
            session.answer(item, set(item.question.answers), 9000)
        else:
            session.grade(item, 4, 3000)
    return asked


@pytest.mark.parametrize("options", [{"cram": True}, {"new": 40}])
def test_s3_siblings_are_never_back_to_back(shipped_copy, options):
    db = ensure_database(shipped_copy)
    asked = _asked(db, service=service_key("s3"), **options)
    keys = [(c["service"], c["attribute"]) for c in asked]
    assert len(set(keys)) > 1 and len(keys) > 5
    assert all(a != b for a, b in zip(keys, keys[1:], strict=False)), keys


def test_spreading_keeps_every_card_and_the_order_of_the_rest():
    cards = [{"id": i, "service": "s3", "attribute": a}
             for i, a in enumerate(["durability"] * 4 + ["availability", "size", "fee"])]
    order = spread_siblings(cards)
    assert sorted(c["id"] for c in order) == list(range(7))
    keys = [c["attribute"] for c in order]
    # four of one kind among three others: the only order with no siblings side by side,
    # the others in their own order
    assert keys == ["durability", "availability", "durability", "size", "durability", "fee",
                    "durability"]
    only = [{"id": i, "service": "s3", "attribute": "durability"} for i in range(3)]
    assert spread_siblings(only) == only  # nothing else left: they follow one another
