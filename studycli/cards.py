"""Cards from facts: which cards each fact gets, kept in step with the fact base.

A card's id hashes its fact key and card type (model.card_id), so an edited value, a moved
line or a second note stating the same fact all keep the card and its review history. A card
whose fact disappeared is marked missing (not asked, counted as suspended), never deleted, and
comes back with its history if the fact returns.

Rows of the notes' own comparisons make cards too (card type "compare", studycli.compare_cards).
"""

from __future__ import annotations

from datetime import UTC, datetime
from operator import attrgetter

from studycli.kept import when_cards_changed
from studycli.model import Fact, card_id


def wanted_cards(facts: list[Fact]) -> list[dict]:
    """One row per (fact key, card type), in note order (the order new cards are introduced)."""
    from studycli.questions import card_types_for
    from studycli.questions.build import candidate_card_types

    rows: dict[str, dict] = {}
    ids: dict[tuple, str] = {}  # (key, card type) -> id of a card in rows
    for fact in sorted(facts, key=_SOURCE_LINE):
        candidates = candidate_card_types(fact)
        if not candidates:
            continue  # a plain sentence (Kind.FACT), most of a note's facts: no card
        key = fact.key
        # A fact whose key has a card of every type it could get adds nothing: its askability
        # and leak checks (most of this hook's time on a dense note) are not worked out.
        if all((key, t) in ids for t in candidates):
            continue
        for card_type in card_types_for(fact):
            if (key, card_type) not in ids:
                cid = ids[key, card_type] = card_id(key, card_type)
                service, subject, attribute, qualifier = key
                rows[cid] = {"id": cid, "service": service, "subject": subject,
                             "attribute": attribute, "qualifier": qualifier,
                             "card_type": card_type}
    return list(rows.values())


_SOURCE_LINE = attrgetter("source", "line")


@when_cards_changed  # an ingest of unchanged notes: nothing to decide again (kept.py)
def sync_cards(db, now: datetime | None = None) -> dict[str, int]:
    """Bring the cards table in step with the facts table."""
    from studycli.compare_cards import wanted_cards as compare_cards
    from studycli.scheduler import format_time
    from studycli.store import cards as store
    from studycli.store.facts import list_facts

    now = now or datetime.now(UTC)
    # Compare-drill cards (compare_cards) are kept in step here too: a card missing from
    # `wanted` would be marked missing.
    wanted = wanted_cards(list_facts(db)) + compare_cards(db)
    return store.sync(db, wanted, format_time(now))
