"""A queued new card that makes no question gives its place to a spare new card: the day's new
cards are all asked and the header's "left" drops by one per answer (on the shipped notes a
session of 20 new cards asked 17, and "left" dropped by two at each card it could not ask)."""

from __future__ import annotations

from datetime import UTC, datetime

from studycli.quiz.session import QuizOptions, Session
from studycli.store.db import connect

NOW = datetime(2026, 12, 3, 9, 0, tzinfo=UTC)


def _left(session: Session) -> int:
    counts = session.counts()
    return counts["left"] - counts["later"]


def test_every_new_card_of_the_day_is_asked_and_left_drops_by_one(shipped_copy):
    db = connect(shipped_copy)
    # as a database whose cards were last synced before cards_unasked was recorded: its new
    # cards that make no question are skipped at the draw, and the day's budget still filled
    db.conn.execute("DELETE FROM cards_unasked")
    db.conn.commit()
    session = Session(db, QuizOptions(new=20, reviews=0), clock=lambda: NOW)
    assert _left(session) == 20
    asked = 0
    while (item := session.next()) is not None:
        # the card on screen is one of those left: after taking it, one fewer is queued
        assert _left(session) == 20 - asked - 1, f"card {asked + 1}"
        asked += 1
        session.grade(item, 4, 5000)  # Easy: out of today's session, nothing comes back
    assert session.skipped, "the shipped notes hold new cards that make no question"
    assert asked == 20
