"""A card whose last answer was right waits for its learning step in the next session too:
'quiz --new 4' answered right, then 'quiz --new 4' again at once, opened on "learning · Asked
10m before it is due, as nothing else is left" (the session kept who was answered right;
the next session knew nothing of it). A card last answered Again is still asked ahead."""

from __future__ import annotations

import io
import random
from datetime import timedelta

from rich.console import Console

from studycli.quiz.session import QuizOptions, Session
from studycli.ui import quiz_view as view

from .quiz_facts import T0


def _session(db, now):
    return Session(db, QuizOptions(new=3, fuzz=False), clock=lambda: now,
                   rng=random.Random(0))


def _answer_all(session, rating) -> list[str]:
    ids = []
    while (item := session.next()) is not None:
        ids.append(item.card["id"])
        assert item.early is None
        session.grade(item, rating, 1000)
    return ids


def test_good_answers_wait_across_sessions(quiz_db):
    first = _answer_all(_session(quiz_db, T0), 3)  # Good: each due in 10 minutes
    assert first
    later = _session(quiz_db, T0 + timedelta(minutes=1))
    asked = _answer_all(later, 3)
    assert not set(first) & set(asked)  # none "asked 9m before it is due"
    assert later.counts()["early"] == 0


def test_again_answers_are_still_asked_ahead_in_the_next_session(quiz_db):
    session = _session(quiz_db, T0)
    missed = session.next()
    session.grade(missed, 1, 1000)  # Again
    later = _session(quiz_db, T0 + timedelta(seconds=20))
    seen = []
    while (item := later.next()) is not None and item.card["id"] != missed.card["id"]:
        seen.append(item.card["id"])
        later.grade(item, 3, 1000)
    assert item is not None and item.card["id"] == missed.card["id"]


def test_a_session_with_only_waiting_steps_says_when_the_next_is_due(quiz_db):
    """Opened again at once after all-right answers: nothing to ask yet. It said "Nothing
    answered this time; 3 cards still waiting for today", as of a session quit early."""
    _answer_all(_session(quiz_db, T0), 3)
    now = T0 + timedelta(minutes=1)
    later = Session(quiz_db, QuizOptions(new=0, fuzz=False), clock=lambda: now,
                    rng=random.Random(0))
    assert later.next() is None
    summary = later.summary()
    assert summary.left == 0
    out = io.StringIO()
    Console(file=out, width=80, color_system=None).print(view.summary_panel(summary, now))
    said = " ".join(out.getvalue().split())
    assert "Nothing answered this time" not in said and "9m" in said, said


def test_the_back_later_notice_says_only_a_miss_comes_early(quiz_db):
    """'3 back later: ...; asked in this session when due, or once nothing else is left'
    opened a session whose 3 cards were answered right: they wait for their time."""
    _answer_all(_session(quiz_db, T0), 3)
    later = _session(quiz_db, T0 + timedelta(minutes=1))
    notice = later.later_notice()
    assert notice.startswith("3 back later") and "or once nothing else is left" not in notice
    assert "(one you last missed: once nothing else is left)" in notice
