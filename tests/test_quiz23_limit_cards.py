"""A limit, default or range is asked first as recall (its value shown whole, no wrong options
beside it) and as multiple choice on a later day, once the student has seen it: wrong options
seen before the right value is known can stick as the answer. One card per fact a session."""

from __future__ import annotations

import random
from datetime import timedelta

from studycli.cards import sync_cards
from studycli.quiz.session import QuizOptions, Session
from studycli.store.db import connect

from .quiz_facts import T0, store_samples

NUMERIC = ("limit", "default", "range")


def _day(db, when) -> list[tuple[tuple[str, str, str, str], str, bool]]:
    s = Session(db, QuizOptions(new=100, fuzz=False), clock=lambda: when, rng=random.Random(0))
    asked = []
    while (item := s.next()) is not None and not item.early:
        card = item.card
        asked.append(((card["service"], card["subject"], card["attribute"], card["qualifier"]),
                      card["card_type"], bool(item.question.options)))
        if item.question.options:
            s.answer(item, set(item.question.answers), 3000)
        else:
            s.grade(item, 3, 3000)
    return asked


def test_a_number_is_recalled_first_and_chosen_on_a_later_day(_private_db):
    db = connect(_private_db)
    store_samples(db)
    sync_cards(db)
    kinds = {(r[0], r[1], r[2], r[3]): r[4] for r in db.conn.execute(
        "SELECT lower(service), lower(subject), lower(attribute), qualifier, kind FROM facts")}
    first = _day(db, T0)
    numeric = [a for a in first if kinds.get(a[0]) in NUMERIC]
    assert numeric and all(card_type == "recall" and not options
                           for _key, card_type, options in numeric)
    keys = [key for key, _t, _o in first]
    assert len(keys) == len(set(keys))  # one card per fact a session
    recalled = {key for key, _t, _o in numeric}
    later = [a for day in (1, 2, 3) for a in _day(db, T0 + timedelta(days=day))]
    chosen = {key for key, card_type, options in later if options and card_type != "recall"}
    assert recalled & chosen  # the multiple-choice card comes once the value was seen
