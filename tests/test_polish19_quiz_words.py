"""Count-dependent quiz messages read right for 0, 1 and many (a new user read "1 more new
card ask facts already asked ... and wait for another day")."""

from __future__ import annotations

import io
from datetime import UTC, datetime

from rich.console import Console

from studycli.quiz.session import Session, Summary
from studycli.ui import quiz_view as view

NOW = datetime(2026, 3, 2, 9, 0, tzinfo=UTC)


def _said(renderable) -> str:
    out = io.StringIO()
    Console(file=out, width=200, color_system=None).print(renderable)
    return " ".join(out.getvalue().split())


def _held_back_notice(taken: int, held: int) -> str:
    session = Session.__new__(Session)  # the notice reads only these three counts
    session.new_budget, session.new_taken, session.held_back = 20, taken, held
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


