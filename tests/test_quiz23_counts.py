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


def test_a_learning_step_left_by_an_earlier_session_is_learned_ahead(_private_db):
    # README: with nothing else left, a card due within 20 minutes is asked at once. A
    # session started after quitting said "Nothing due" of the card the quit one was asking.
    db = _samples(_private_db)
    first = Session(db, QuizOptions(service="sqs", new=1, fuzz=False), clock=lambda: T0)
    item = first.next()
    assert item is not None
    first.grade(item, 3, 1000)  # Good on a new card: back in 10 minutes
    later = T0 + timedelta(minutes=2)
    again = Session(db, QuizOptions(service="sqs", new=1, fuzz=False), clock=lambda: later)
    early = again.next()
    assert early is not None and early.card["id"] == item.card["id"]
    assert early.early is not None and timedelta(0) < early.early <= timedelta(minutes=20)
    assert again.counts()["left"] == 0  # the card on screen is not counted as still to do
