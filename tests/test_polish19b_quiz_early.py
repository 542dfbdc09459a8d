"""A cram or --missed session asks cards not due on purpose: it must not tell the student a
card is "asked 8d before it is due, as nothing else is left" (false: cram leaves the schedule
untouched and other cards are left), nor count the card on screen out of "left"."""

from __future__ import annotations

from datetime import timedelta

from studycli.quiz.session import QuizOptions, Session
from studycli.ui import quiz_view as view
from tests.test_polish19_quiz_words import NOW, _said


def _three_reviews(quiz_db) -> list[str]:
    session = Session(quiz_db, QuizOptions(new=3, fuzz=False), clock=lambda: NOW)
    ids = []
    for _ in range(3):
        item = session.next()
        assert item is not None
        ids.append(item.card["id"])
        session.grade(item, 4, 1000)  # Easy: a review card due days from now
    return ids


def test_a_missed_session_does_not_call_its_cards_early(quiz_db):
    ids = _three_reviews(quiz_db)
    later = NOW + timedelta(hours=1)
    session = Session(quiz_db, QuizOptions(card_ids=ids, fuzz=False), clock=lambda: later)
    item = session.next()
    assert item is not None and item.early is None
    assert view.early_notice(item) is None
    assert "0 done · 3 left" in _said(view.header(session.counts(), item, cram=True))


def test_a_cram_session_does_not_call_its_cards_early(quiz_db):
    _three_reviews(quiz_db)
    later = NOW + timedelta(hours=1)
    session = Session(quiz_db, QuizOptions(cram=True, fuzz=False), clock=lambda: later)
    items = []
    while (item := session.next()) is not None:
        items.append(item)
        session.grade(item, 3, 1000)
    assert items and all(item.early is None for item in items)
