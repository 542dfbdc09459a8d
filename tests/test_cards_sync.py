"""Cards follow their facts through re-ingests without losing history."""

import dataclasses
import random
from datetime import UTC, datetime

import pytest

from studycli.cards import sync_cards
from studycli.ingest import POST_INGEST_HOOKS
from studycli.model import ParsedNote, card_id
from studycli.quiz.session import QuizOptions, Session
from studycli.store import cards as store
from studycli.store.db import connect
from studycli.store.facts import replace_source

from .quiz_facts import sample_facts

T0 = datetime(2026, 3, 2, 9, 0, tzinfo=UTC)


def ingest(db, facts, source="sample.md"):
    replace_source(db, ParsedNote(source=source, facts=facts), f"sha{random.random()}")
    for hook in POST_INGEST_HOOKS:
        hook(db)


@pytest.fixture
def db(_private_db):
    database = connect(_private_db)
    ingest(database, [f for f in sample_facts() if f.source == "sample.md"])
    return database


def review_size_card(db):
    size = next(f for f in sample_facts() if f.attribute == "message size")
    cid = card_id(size.key, "recall")
    s = Session(db, QuizOptions(fuzz=False), clock=lambda: T0, rng=random.Random(0))
    item = next(i for i in iter(s.next, None) if i.card["id"] == cid)
    s.grade(item, 3, 1000)
    return size, cid, store.get_card(db, cid)


def test_ingest_hook_is_registered(db):
    assert sync_cards in POST_INGEST_HOOKS
    assert store.list_cards(db)


def test_edited_value_keeps_the_card_and_its_history(db):
    size, cid, reviewed = review_size_card(db)
    facts = [f for f in sample_facts() if f.source == "sample.md"]
    edited = [dataclasses.replace(f, value="1 MiB", number=1048576.0, line=f.line + 5)
              if f == size else f for f in facts]
    ingest(db, edited)
    card = store.get_card(db, cid)
    assert card == reviewed  # same id, same schedule
    assert len(store.reviews_of(db, cid)) == 1
    s = Session(db, QuizOptions(fuzz=False, cram=True, card_ids=[cid]), clock=lambda: T0)
    assert s.next().question.answer_text == "1 MiB"  # asked from the edited note


def test_vanished_fact_suspends_its_card_and_a_returning_one_revives_it(db):
    size, cid, reviewed = review_size_card(db)
    facts = [f for f in sample_facts() if f.source == "sample.md"]
    ingest(db, [f for f in facts if f != size])
    card = store.get_card(db, cid)
    assert card["missing"] == 1 and len(store.reviews_of(db, cid)) == 1
    assert cid not in {c["id"] for c in Session(db, QuizOptions(cram=True), clock=lambda: T0).queue}
    ingest(db, facts)
    assert store.get_card(db, cid) == reviewed


def test_card_ids_depend_on_key_and_type_only(db):
    facts = sample_facts()
    moved = [dataclasses.replace(f, source="other.md", line=99) for f in facts]
    from studycli.cards import wanted_cards

    assert {w["id"] for w in wanted_cards(facts)} == {w["id"] for w in wanted_cards(moved)}
