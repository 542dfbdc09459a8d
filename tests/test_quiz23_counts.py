"""The quiz's counts and messages add up, and name what the student asked for (real DB, real
fsrs): `--new 40` after this morning's cards, learn-ahead, --missed."""

from __future__ import annotations

from datetime import timedelta

from studycli.cards import sync_cards
from studycli.quiz.session import QuizOptions, Session
from studycli.store.db import connect

from .quiz_facts import T0, store_samples


def _samples(path):
    db = connect(path)
    store_samples(db)
    sync_cards(db)
    return db


def test_the_held_back_notice_names_the_new_cards_asked_for(_private_db):
    db = _samples(_private_db)
    morning = Session(db, QuizOptions(service="sqs", new=2, fuzz=False), clock=lambda: T0)
    for _ in range(2):
        item = morning.next()
        assert item is not None and item.is_new
        morning.grade(item, 4, 1000)
    later = T0 + timedelta(hours=1)
    session = Session(db, QuizOptions(service="sqs", new=40, fuzz=False), clock=lambda: later)
    notice = session.new_cards_notice()
    assert session.held_back and "not the 38 left of the 40 asked for today" in notice
    assert "(2 studied earlier today)" in notice and "not 20" not in notice
