"""Count-dependent quiz messages read right for 0, 1 and many (a new user read "1 more new
card ask facts already asked ... and wait for another day")."""

from __future__ import annotations

import io
from datetime import UTC, datetime

from rich.console import Console

from studycli.quiz.session import QuizOptions, Session, Summary
from studycli.ui import quiz_view as view

NOW = datetime(2026, 3, 2, 9, 0, tzinfo=UTC)


def _said(renderable) -> str:
    out = io.StringIO()
    Console(file=out, width=200, color_system=None).print(renderable)
    return " ".join(out.getvalue().split())


def _held_back_notice(taken: int, held: int) -> str:
    session = Session.__new__(Session)  # the notice reads only these counts and options
    session.new_budget, session.new_taken, session.held_back = 20, taken, held
    session.new_done, session.options = 0, QuizOptions()
    return Session.new_cards_notice(session)


def test_the_held_back_notice_agrees_with_its_counts():
    one = _held_back_notice(0, 1)
    assert one.startswith("0 new cards today, not 20: 1 more new card asks a fact already")
    assert "and waits for another day" in one
    many = _held_back_notice(1, 3)
    assert many.startswith("1 new card today, not 20: 3 more new cards ask facts already")
    assert "and wait for another day" in many
    assert _held_back_notice(5, 0) == ""


def _empty(new_left: int, **kw) -> Summary:
    return Summary(0, 0, 0, 1, 0, 0, 0, 0, new_left, None, False, **kw)


def test_nothing_due_reads_right_for_one_and_many():
    limit_one = _said(view.summary_panel(_empty(3, new_today=1, new_limit=1), NOW))
    assert "You have studied 1 new card today" in limit_one
    limit_many = _said(view.summary_panel(_empty(3, new_today=5, new_limit=5), NOW))
    assert "You have studied 5 new cards today" in limit_many
    one = _said(view.summary_panel(_empty(1, new_askable=1), NOW))
    assert "The 1 new card left waits for another day: a card of the same fact was" in one
    many = _said(view.summary_panel(_empty(4, new_askable=4), NOW))
    assert "The 4 new cards left wait for another day: cards of the same facts were" in many
    assert "1 new card is waiting" in _said(view.nothing_due(None, 1, NOW))
    assert "2 new cards are waiting" in _said(view.nothing_due(None, 2, NOW))




# --- a learning step asked before it is due -------------------------------------------------

def _drive_one_card(quiz_db, keys: list[str]) -> str:
    import random

    from studycli.ui.keyinput import LineKeys
    from studycli.ui.quiz_loop import run_quiz

    session = Session(quiz_db, QuizOptions(new=1, fuzz=False), clock=lambda: NOW,
                      rng=random.Random(0))
    out = io.StringIO()
    run_quiz(session, LineKeys(io.StringIO("".join(k + "\n" for k in keys))),
             Console(file=out, width=100, color_system=None))
    return out.getvalue()


def test_a_learning_step_asked_early_says_so_and_is_not_counted_as_left(quiz_db):
    # one new card, graded Again (1m): with nothing else left it comes back at once (one
    # graded Good waits for its step: test_nuG32_learning_steps)
    screens = _drive_one_card(quiz_db, ["3", " ", "1", "x", "q"]).split("╭─")
    first = screens[1]
    again = next(s for s in screens if s.startswith(" 1 done"))
    assert "early" not in first and "0 done · 1 left" in first
    title = again.split("\n")[0]
    # the card on screen is not due: not "1 left", and the header says when it is due
    assert "0 left" in title and "early: due in" in title
    assert "before it is due, as nothing else is left" in " ".join(again.split())


def test_an_early_card_is_marked_on_the_item(quiz_db):
    session = Session(quiz_db, QuizOptions(new=1, fuzz=False), clock=lambda: NOW)
    item = session.next()
    assert item is not None and item.early is None
    session.grade(item, 1, 1000)  # Again: a learning step a minute away
    again = session.next()
    assert again is not None and again.card["id"] == item.card["id"]
    assert again.early is not None and again.early.total_seconds() > 0
    assert session.counts()["early"] == 0  # the early card is on screen, none other waits
