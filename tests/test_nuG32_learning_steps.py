"""A card answered right in this session waits for its learning step; "Reviewed" says how many
cards its answers were on. A new user's 18 new cards, graded Good (10 minutes), came back as 12
cards "asked 9m before it is due" the moment the last new card was answered, and the summary
said "Reviewed 30"."""

from __future__ import annotations

import io
import random
from datetime import timedelta

from rich.console import Console

from studycli.quiz.session import QuizOptions, Session
from studycli.ui import quiz_view as view

from .quiz_facts import T0


def _session(db, clock):
    return Session(db, QuizOptions(new=3, fuzz=False), clock=clock, rng=random.Random(0))


def test_cards_graded_good_wait_for_their_step_and_again_comes_back(quiz_db):
    now = [T0]
    session = _session(quiz_db, lambda: now[0])
    first = session.next()
    session.grade(first, 3, 1000)  # Good: due in 10 minutes
    second = session.next()
    assert second is not None and second.card["id"] != first.card["id"]
    session.grade(second, 1, 1000)  # Again: due in a minute
    third = session.next()
    session.grade(third, 3, 1000)
    again = session.next()  # nothing new left: the missed card is asked ahead, not the others
    assert again is not None and again.card["id"] == second.card["id"] and again.early
    session.grade(again, 3, 1000)
    assert session.next() is None  # the Good ones wait: no card "asked 9m before it is due"
    assert session.counts()["early"] == 0
    now[0] = T0 + timedelta(minutes=11)  # their step comes due in the same session
    back = session.next()
    assert back is not None and back.early is None
    summary = session.summary()
    assert (summary.reviewed, summary.cards) == (4, 3)
    out = io.StringIO()
    Console(file=out, width=80, color_system=None).print(view.summary_panel(summary, now[0]))
    assert "3 cards, 4 answers (1 asked again)" in out.getvalue()
