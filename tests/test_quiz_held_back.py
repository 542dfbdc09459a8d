"""The quiz says why it has fewer new cards than the day allows when it holds back cards of
facts it already asks: the header's "left" read as a miscount without it."""

from __future__ import annotations

from datetime import datetime

from studycli.cards import sync_cards
from studycli.quiz.session import QuizOptions, Session
from studycli.store import cards as store
from studycli.store.db import connect

from .helpers import run_here
from .quiz_facts import T0, store_samples


def _samples(path):
    db = connect(path)
    store_samples(db)
    sync_cards(db)
    return db


def _session(db, **options) -> Session:
    return Session(db, QuizOptions(**options), clock=lambda: T0)


def test_siblings_held_back_are_counted_and_said(_private_db):
    db = _samples(_private_db)
    session = _session(db, service="SQS")
    queued = [row for row in session.queue if row["state"] == 0]
    every_new = store.count_new_available(db, "SQS")
    assert len(queued) < 20 and every_new > len(queued)  # a fact's cards: one per session
    assert session.held_back == every_new - len(queued)
    notice = session.new_cards_notice()
    assert notice.startswith(f"{len(queued)} new SQS cards today, not 20: {session.held_back} more")
    assert "another day" in notice


def test_the_first_screen_says_it(_private_db):
    _samples(_private_db).conn.close()
    shown = run_here("quiz", "--service", "SQS", input="q\n", env={"COLUMNS": "80"})
    said = " ".join(shown.stdout.replace("│", " ").split())
    assert "new SQS cards today, not 20:" in said and "wait for another day" in said


def test_nothing_said_when_nothing_is_held_back(_private_db):
    db = _samples(_private_db)
    assert _session(db, service="SQS", new=1).new_cards_notice() == ""  # the day's 1 is there
    assert _session(db, service="SQS", limit=2).new_cards_notice() == ""  # the student's cap


def test_a_fact_studied_today_holds_its_cards_back(_private_db):
    db = _samples(_private_db)
    first = _session(db, service="SQS")
    key = (first.queue[0]["service"], first.queue[0]["subject"], first.queue[0]["attribute"])
    db.conn.execute("UPDATE cards SET last_review = ?, state = 2 WHERE id = ?",
                    [datetime.isoformat(T0), first.queue[0]["id"]])
    again = _session(db, service="SQS")
    assert key not in {(r["service"], r["subject"], r["attribute"]) for r in again.queue}
    assert again.held_back >= first.held_back  # the studied fact's other cards wait too


def test_the_notice_says_one_card_in_the_singular(_private_db):
    session = _session(_samples(_private_db), service="SQS")
    session.new_taken, session.held_back = 1, 3
    assert session.new_cards_notice().startswith("1 new SQS card today, not 20: 3 more new SQS "
                                                 "cards")
