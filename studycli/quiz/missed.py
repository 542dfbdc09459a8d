"""The cards `studycli quiz --missed` drills: facts missed in the last practice exam, then
cards answered wrong in the quiz over the last week; and the missed exam questions it cannot
ask (a question on a plain statement of the notes, which makes no quiz card), so the session
says so rather than leaving the student to look for a question that never comes. So it does of
every other miss it cannot ask (`Missed.unaskable`): a card suspended, a card whose fact is gone
from the notes, an exam question whose facts are; "Nothing missed" was said of all of them."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime, timedelta

MISSED_DAYS = 7


@dataclass
class Missed:
    """What a --missed session asks, and the missed exam questions it cannot."""
    card_ids: list[str] = field(default_factory=list)
    # the note line (file:line) of each missed exam question none of whose facts has a card
    without_card: list[str] = field(default_factory=list)
    # the misses it cannot ask, by reason (UNASKABLE's keys): missed facts (a fact's cards
    # counted once) and missed exam questions whose facts are gone
    unaskable: dict[str, int] = field(default_factory=dict)


# Why a miss cannot be asked, as the notice says it ("N missed ...: 2 suspended by you").
UNASKABLE = {
    "suspended": "suspended by you (`studycli cards` lists them)",
    "fact gone": "no longer in your notes",
    "no card": "with no quiz card",
    "no question": "that {make} no question",
    "exam fact gone": "missed exam question{s} whose facts are no longer in your notes",
}


def missed(db, now: datetime) -> Missed:
    from studycli.model import card_id
    from studycli.questions import card_types_for
    from studycli.scheduler import format_time
    from studycli.store import cards as store
    from studycli.store.exams import last_missed_questions
    from studycli.store.fact_index import facts_by_ids

    out = Missed()
    gone = 0
    for fact_ids in last_missed_questions(db):
        facts = facts_by_ids(db, fact_ids)
        ids = [card_id(fact.key, t) for fact in facts for t in card_types_for(fact)]
        if not ids:  # a question on a statement: the figures its line states have cards
            ids = _line_cards(db, facts)
        if ids:
            out.card_ids += ids
        elif facts:
            out.without_card.append(f"{facts[0].source}:{facts[0].line}")
        elif fact_ids:  # its facts were read from a line the notes no longer hold
            gone += 1
    out.card_ids += store.missed_card_ids(db, format_time(now - timedelta(days=MISSED_DAYS)))
    out.card_ids = list(dict.fromkeys(out.card_ids))
    out.without_card = list(dict.fromkeys(out.without_card))
    out.unaskable = _unaskable(store.card_status(db, out.card_ids))
    if gone:
        out.unaskable["exam fact gone"] = gone
    return out


def _line_cards(db, facts) -> list[str]:
    """The cards of the figures stated on the lines of a missed question's facts: a question
    on "delay queue 0-15 min" read as a statement was said to have "no quiz card (a statement
    of your notes, not a figure, makes none)" while that line's range had its own card."""
    from studycli.model import card_id
    from studycli.questions import card_types_for
    from studycli.store.facts import facts_of_line

    # of the question's own services: a pasted paragraph is one line of many measures
    lines = dict.fromkeys((f.source, f.line) for f in facts)
    services = {f.service for f in facts}
    return [card_id(other.key, t) for source, line in lines
            for other in facts_of_line(db, source, line) if other.service in services
            for t in card_types_for(other)]


def _unaskable(status: dict[str, dict | None]) -> dict[str, int]:
    """Missed facts none of whose cards can be asked, counted by why: a fact's missed cards
    count once, and one card of it still active is asked for it."""
    by_key: dict[object, list[dict | None]] = {}
    for cid, card in status.items():
        key = cid if card is None else (card["service"], card["subject"], card["attribute"],
                                        card["qualifier"])
        by_key.setdefault(key, []).append(card)
    out: dict[str, int] = {}
    for cards in by_key.values():
        if any(c is not None and not c["suspended"] and not c["missing"] for c in cards):
            continue
        why = ("no card" if all(c is None for c in cards) else
               "suspended" if any(c and c["suspended"] for c in cards) else "fact gone")
        out[why] = out.get(why, 0) + 1
    return out


def missed_card_ids(db, now: datetime) -> list[str]:
    return missed(db, now).card_ids
