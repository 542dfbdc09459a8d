"""Suspending a question suspends its fact: every card type of it, not only the card on
screen; u restores exactly what the suspension changed. `cards` and `stats` agree after."""

import io
import json
import random

from rich.console import Console
from typer.testing import CliRunner

from studycli.cli import app
from studycli.quiz.session import QuizOptions, Session
from studycli.store import cards as store
from studycli.ui.keyinput import LineKeys
from studycli.ui.quiz_loop import run_quiz

from .quiz_facts import T0

runner = CliRunner()


def session(db, **options):
    return Session(db, QuizOptions(fuzz=False, **options), clock=lambda: T0,
                   rng=random.Random(0))


def drive(s, script):
    out = io.StringIO()
    run_quiz(s, LineKeys(io.StringIO("".join(line + "\n" for line in script))),
             Console(file=out, width=100, color_system=None))
    return out.getvalue()


def siblings(db, card_id):
    """Every card of `card_id`'s fact (its key), with their suspended flags."""
    card = store.get_card(db, card_id)
    return {r["id"]: r["suspended"] for r in store.list_cards(db)
            if (r["service"], r["subject"], r["attribute"], r["qualifier"])
            == (card["service"], card["subject"], card["attribute"], card["qualifier"])}


def first_with_siblings(db):
    """A session's first card whose fact has more than one card type."""
    s = session(db)
    first = s.next()
    assert first is not None and len(siblings(db, first.card["id"])) > 1
    return first.card["id"]


def test_suspend_suspends_every_card_of_the_fact_and_later_sessions_skip_them(quiz_db):
    db = quiz_db
    first = first_with_siblings(db)
    before = runner.invoke(app, ["stats", "--json"]).output
    drive(session(db), ["s", "q"])
    cards = siblings(db, first)
    assert set(cards.values()) == {1}, cards  # the choice card too, not only the recall card
    queued = {c["id"] if isinstance(c, dict) else c.card["id"] for c in session(db).queue}
    assert not queued & set(cards)
    assert not {c["id"] for c in session(db, cram=True, limit=500).queue} & set(cards)
    # a quiz --missed naming the fact's cards asks none of them
    assert not session(db, card_ids=list(cards)).queue
    rows = {r["id"]: r for r in json.loads(runner.invoke(app, ["cards", "--json"]).output)}
    assert {rows[i]["suspended"] for i in cards} == {1}
    suspended = json.loads(runner.invoke(app, ["stats", "--json"]).output)["suspended"]
    assert suspended == json.loads(before)["suspended"] + len(cards)


def test_u_restores_exactly_what_the_suspension_changed(quiz_db):
    db = quiz_db
    first = first_with_siblings(db)
    other = next(i for i in siblings(db, first) if i != first)
    store.set_suspended(db, other, True)  # suspended by the student in an earlier session
    screen = drive(session(db), ["s", "u", "q"])
    assert "Suspension undone" in screen
    cards = siblings(db, first)
    # the card on screen is back; the sibling suspended before stays suspended
    assert cards[first] == 0 and cards[other] == 1
    assert all(v == 0 for i, v in cards.items() if i not in (first, other))
