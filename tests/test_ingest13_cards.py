"""The card sync leaves out a fact whose key already has a card of every type the fact could
get (cards.wanted_cards, build.candidate_card_types): the cards must be exactly those of
deciding every fact's card types, in the same order."""

from __future__ import annotations

import functools
import random
from dataclasses import replace

from studycli.cards import wanted_cards
from studycli.extract import parse_note
from studycli.formats import as_markdown
from studycli.ingest import NOTE_SUFFIXES
from studycli.model import Fact, Kind, card_id
from studycli.questions import card_types_for
from studycli.questions.build import candidate_card_types
from tests.helpers import CONTENT, REPO


def _every_fact_decided(facts: list[Fact]) -> list[dict]:
    """wanted_cards as it was: every fact's card types worked out, first card per id kept."""
    rows: dict[str, dict] = {}
    for fact in sorted(facts, key=lambda f: (f.source, f.line)):
        for card_type in card_types_for(fact):
            cid = card_id(fact.key, card_type)
            if cid not in rows:
                service, subject, attribute, qualifier = fact.key
                rows[cid] = {"id": cid, "service": service, "subject": subject,
                             "attribute": attribute, "qualifier": qualifier,
                             "card_type": card_type}
    return list(rows.values())


def _facts(folder) -> list[Fact]:
    return list(_parsed(folder))


@functools.cache
def _parsed(folder) -> tuple[Fact, ...]:
    """A folder's notes parsed once per test process (the tests read the same three; facts
    are frozen)."""
    return tuple(f for p in sorted(folder.iterdir()) if p.suffix.lower() in NOTE_SUFFIXES
                 for f in parse_note(as_markdown(p.read_text(encoding="utf-8"), p.suffix),
                                     p.name).facts)


def test_candidates_hold_every_card_type_a_fact_gets():
    for fact in _facts(CONTENT) + _facts(REPO / "tests/data/unseen20_notes"):
        types = card_types_for(fact)
        candidates = candidate_card_types(fact)
        assert set(types) <= set(candidates), fact
        assert types == [t for t in candidates if t in types], fact  # in the same order


def test_shipped_and_development_notes_get_the_same_cards():
    for folder in (CONTENT, REPO / "tests/data/unseen20_notes",
                   REPO / "tests/data/unseen26_notes"):
        facts = _facts(folder)
        assert wanted_cards(facts) == _every_fact_decided(facts)


def test_repeated_keys_with_mixed_askability_get_the_same_cards():
    """One key stated many times, some lines askable and some not, some with a number and
    some without, shuffled: a fact skipped early must never be one that adds a card."""
    facts = _facts(CONTENT) + _facts(REPO / "tests/data/unseen26_notes")
    limits = [f for f in facts if f.kind in (Kind.LIMIT, Kind.DEFAULT, Kind.RANGE)]
    rng = random.Random(13)
    mixed: list[Fact] = []
    for n, fact in enumerate(rng.sample(limits, 150)):
        donor = rng.choice(limits)  # another line's words under this key
        variants = [fact, replace(fact, number=None, value="several"),
                    replace(fact, snippet=donor.snippet, number=donor.number, value=donor.value,
                            unit=donor.unit, low=donor.low, high=donor.high),
                    replace(fact, kind=rng.choice([Kind.LIMIT, Kind.DEFAULT, Kind.RANGE]))]
        mixed += [replace(v, source=f"n{n % 7}.md", line=rng.randint(1, 500)) for v in variants]
    rng.shuffle(mixed)
    got = wanted_cards(mixed)
    assert got == _every_fact_decided(mixed)
    assert len({r["card_type"] for r in got}) >= 3  # keys with several card types were tested
