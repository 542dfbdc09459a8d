"""`quiz --cram` on a deck larger than twice its size builds each question when it asks it,
not 50 before the first screen (its start-up had grown ~60 ms on the shipped notes); a card
that makes no question gives its place to another, so --limit N still asks N and "left" drops
by one per card. A small deck's cram queues only cards that make a question."""

from __future__ import annotations

import random

from studycli.quiz.session import QuizOptions, Session

from .quiz_facts import T0
from .test_quiz23_counts import _samples


def _unbuildable(db) -> int:
    s = Session(db, QuizOptions(cram=True, fuzz=False), clock=lambda: T0, rng=random.Random(0))
    rows = db.conn.execute("SELECT * FROM cards WHERE suspended = 0 AND missing = 0")
    names = [d[0] for d in rows.description]
    return sum(s._question(dict(zip(names, r, strict=True))) is None for r in rows.fetchall())


def test_cram_asks_limit_cards_building_each_when_asked(_private_db):
    db = _samples(_private_db)
    assert _unbuildable(db)  # the samples hold cards that make no question
    total = db.conn.execute("SELECT count(*) FROM cards").fetchone()[0]
    limit = 8  # the samples' cards are more than twice that: built when asked
    session = Session(db, QuizOptions(cram=True, limit=limit, fuzz=False), clock=lambda: T0,
                      rng=random.Random(0))
    assert not session._built  # nothing built before the first card is asked
    left, asked = [session.counts()["left"]], 0
    while (item := session.next()) is not None:
        asked += 1
        left.append(session.counts()["left"])
        session.grade(item, 3, 1000)
    assert asked == limit < total and session.skipped  # skipped cards were replaced
    assert left[0] == limit and left[1:] == list(range(limit - 1, -1, -1))


def test_a_small_decks_cram_counts_only_cards_it_asks(_private_db):
    db = _samples(_private_db)
    session = Session(db, QuizOptions(cram=True, fuzz=False), clock=lambda: T0,
                      rng=random.Random(0))
    left, asked = [session.counts()["left"]], 0
    while (item := session.next()) is not None:
        asked += 1
        left.append(session.counts()["left"])
        session.grade(item, 3, 1000)
    assert asked and left[0] == asked and left[1:] == list(range(asked - 1, -1, -1))
