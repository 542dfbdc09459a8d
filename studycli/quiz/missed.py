"""The cards `studycli quiz --missed` drills: facts missed in the last practice exam, then
cards answered wrong in the quiz over the last week; and the missed exam questions it cannot
ask (a question on a plain statement of the notes, which makes no quiz card), so the session
says so rather than leaving the student to look for a question that never comes."""

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


def missed(db, now: datetime) -> Missed:
    from studycli.model import card_id
    from studycli.questions import card_types_for
    from studycli.scheduler import format_time
    from studycli.store import cards as store
    from studycli.store.exams import last_missed_questions
    from studycli.store.fact_index import facts_by_ids

    out = Missed()
    for fact_ids in last_missed_questions(db):
        facts = facts_by_ids(db, fact_ids)
        ids = [card_id(fact.key, t) for fact in facts for t in card_types_for(fact)]
        if ids:
            out.card_ids += ids
        elif facts:
            out.without_card.append(f"{facts[0].source}:{facts[0].line}")
    out.card_ids += store.missed_card_ids(db, format_time(now - timedelta(days=MISSED_DAYS)))
    out.card_ids = list(dict.fromkeys(out.card_ids))
    out.without_card = list(dict.fromkeys(out.without_card))
    return out


def missed_card_ids(db, now: datetime) -> list[str]:
    return missed(db, now).card_ids
