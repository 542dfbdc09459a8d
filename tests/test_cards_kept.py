"""An ingest of unchanged notes does not decide every fact's card types again
(studycli/kept.py), yet any change to what that decision reads brings it back."""

from __future__ import annotations

import dataclasses
import random

import pytest

import studycli.questions
from studycli.cards import sync_cards
from studycli.model import ParsedNote
from studycli.store import cards as store
from studycli.store.db import connect
from studycli.store.facts import replace_source

from .quiz_facts import sample_facts


@pytest.fixture
def db(_private_db):
    database = connect(_private_db)
    replace_source(database, ParsedNote(source="sample.md", facts=[
        f for f in sample_facts() if f.source == "sample.md"]), f"sha{random.random()}")
    sync_cards(database)
    return database


@pytest.fixture
def counted(monkeypatch):
    """How many times card types were decided."""
    calls = []
    real = studycli.questions.card_types_for

    def spy(fact):
        calls.append(fact)
        return real(fact)

    monkeypatch.setattr(studycli.questions, "card_types_for", spy)
    return calls


def test_nothing_changed_nothing_decided(db, counted):
    assert sync_cards(db) == {"added": 0, "revived": 0, "missing": 0}
    assert counted == []


def test_a_card_changed_elsewhere_is_put_back_in_step(db, counted):
    some = store.list_cards(db)[0]["id"]
    db.conn.execute("UPDATE cards SET missing = 1 WHERE id = ?", [some])
    assert sync_cards(db)["revived"] == 1 and counted


def test_an_edited_fact_is_decided_again(db, counted):
    facts = [f for f in sample_facts() if f.source == "sample.md"]
    facts[0] = dataclasses.replace(facts[0], value="1 MiB", number=1048576.0)
    replace_source(db, ParsedNote(source="sample.md", facts=facts), "sha-edited")
    sync_cards(db)
    # every key that may get a card is decided again (a fact whose key already has every
    # card it could get is passed over: cards.wanted_cards)
    from studycli.questions.build import candidate_card_types

    assert {f.key for f in counted} == {f.key for f in facts if candidate_card_types(f)}


def test_a_lost_card_is_added_back(db, counted):
    some = store.list_cards(db)[0]["id"]
    db.conn.execute("DELETE FROM cards WHERE id = ?", [some])
    assert sync_cards(db)["added"] == 1


def test_changed_card_rules_are_applied_to_unchanged_notes(db, counted, tmp_path, monkeypatch):
    """A newer studycli decides card types differently: the next ingest applies it. (The rules'
    files are stood in for by one file here, so the test changes nothing in the package.)"""
    from studycli import kept

    rules = tmp_path / "rules.py"
    rules.write_text("# version 1\n")
    monkeypatch.setattr(kept, "package_files", lambda *names: [rules])
    sync_cards(db)
    counted.clear()
    assert sync_cards(db) == {"added": 0, "revived": 0, "missing": 0} and counted == []
    rules.write_text("# version 2, longer\n")
    sync_cards(db)
    assert counted


def test_a_changed_comparison_row_brings_the_sync_back(db, counted):
    """Compared rows make cards too (compare drills): a new row is not skipped over."""
    db.conn.execute("INSERT INTO comparisons (id, left, right, aspect, left_value, right_value, "
                    "source, line) VALUES ('c1', 'SQS', 'SNS', 'model', 'pull', 'push', "
                    "'sample.md', 40)")
    sync_cards(db)
    assert counted
