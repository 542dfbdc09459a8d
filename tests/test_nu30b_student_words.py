"""A new user's first quiz screen said "0 done · 10 left ... 8 back later" and nothing of what
the 8 were; the exam's breakdown said "By kind: fact 2/2", the parser's word. Both are said in
a student's words."""

from __future__ import annotations

import io
from datetime import timedelta

from rich.console import Console

from studycli.cards import sync_cards
from studycli.exam.scoring import Result, Tally
from studycli.quiz.session import QuizOptions, Session
from studycli.store.db import connect
from studycli.ui.exam_view import render_results

from .quiz_facts import T0, store_samples


def test_a_session_opening_with_cards_back_later_says_what_they_are(_private_db):
    db = connect(_private_db)
    store_samples(db)
    sync_cards(db)
    first = Session(db, QuizOptions(service="sqs", fuzz=False), clock=lambda: T0)
    for _ in range(2):
        item = first.next()
        assert item is not None
        first.grade(item, 3, 1000)  # Good on a new card: its next step minutes away
    soon = T0 + timedelta(minutes=2)
    again = Session(db, QuizOptions(service="sqs", fuzz=False), clock=lambda: soon)
    later = again.counts()["later"]
    assert later >= 1
    notice = again.first_notice()
    assert f"{later} back later: cards you began learning earlier today" in notice or (
        later == 1 and "1 back later: a card you began learning earlier today" in notice), notice
    assert "Session" not in notice and "nothing else is left" in notice


def test_a_fresh_session_with_nothing_back_later_says_nothing_of_it(_private_db):
    db = connect(_private_db)
    store_samples(db)
    sync_cards(db)
    session = Session(db, QuizOptions(service="sqs", fuzz=False), clock=lambda: T0)
    assert "back later" not in session.first_notice()


def test_the_exam_breakdown_names_what_was_asked_in_a_students_words():
    result = Result("quick", 1, 3, 4, 775, 720, True, by_service={"SQS": Tally(3, 4)},
                    by_kind={"fact": Tally(2, 2), "limit": Tally(1, 1),
                             "invocation_mode": Tally(0, 1)})
    out = io.StringIO()
    Console(file=out, width=100, color_system=None).print(render_results(result))
    text = out.getvalue()
    assert "By what was asked" in text and "statements in your notes" in text
    assert "limits and quotas" in text and "how a service is invoked" in text
    assert "By kind" not in text and "invocation_mode" not in text
    assert not any(line.split()[:1] == ["fact"] for line in text.splitlines())
