"""The cards `studycli quiz --missed` drills: facts missed in the last practice exam, then
cards answered wrong in the quiz over the last week."""

from __future__ import annotations

from datetime import datetime, timedelta

MISSED_DAYS = 7


def missed_card_ids(db, now: datetime) -> list[str]:
    from studycli.exam import last_missed_fact_ids
    from studycli.model import card_id
    from studycli.questions import card_types_for
    from studycli.scheduler import format_time
    from studycli.store import cards as store
    from studycli.store.fact_index import facts_by_ids

    out: list[str] = []
    for fact in facts_by_ids(db, last_missed_fact_ids(db)):
        out += [card_id(fact.key, t) for t in card_types_for(fact)]
    out += store.missed_card_ids(db, format_time(now - timedelta(days=MISSED_DAYS)))
    return list(dict.fromkeys(out))
