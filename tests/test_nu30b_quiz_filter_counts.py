"""Counts the quiz says under --service count that service only, and say so: `quiz --service
SQS` told a new user "18 more new cards ask facts already asked today" and "(6 studied
earlier today)" of every service's cards, read as SQS's."""

from __future__ import annotations

from datetime import timedelta

from studycli.cards import sync_cards
from studycli.quiz.session import QuizOptions, Session
from studycli.store import cards as store
from studycli.store.db import connect

from .quiz_facts import T0, store_samples


def test_a_filtered_notice_counts_and_names_the_service_only(_private_db):
    db = connect(_private_db)
    store_samples(db)
    sync_cards(db)
    morning = Session(db, QuizOptions(fuzz=False), clock=lambda: T0)
    studied = 0
    while studied < 6:  # new cards of any service, this morning
        item = morning.next()
        assert item is not None
        morning.grade(item, 4, 1000)
        studied += 1
    later = T0 + timedelta(hours=1)
    session = Session(db, QuizOptions(service="sqs", fuzz=False), clock=lambda: later)
    notice = session.new_cards_notice()
    assert notice, "nothing held back: the samples changed"
    taken = sum(1 for row in session.queue if row["state"] == 0)
    assert notice.startswith(f"{taken} new SQS card")
    assert f"{session.held_back} more new SQS card" in notice
    # the day's number left counts every service's cards, and says so
    here = store.done_since(db, session._today(), "sqs")[0]  # noqa: SLF001
    assert here < 6 and (f"(6 new cards of any service studied earlier today, {here} of "
                         "them SQS)") in notice, notice
    assert taken + session.held_back <= store.count_new_available(db, "sqs")
