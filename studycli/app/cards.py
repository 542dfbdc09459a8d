"""Listing quiz cards with the note lines they are asked from (`studycli cards`, and
`--flagged`: the cards a student marked wrong or unclear, to fix in the notes)."""

from __future__ import annotations

from studycli.store.cards import facts_for_key, list_cards


def cards_with_facts(store, service: str | None = None, flagged: bool = False,
                     every: bool = False) -> list[dict]:
    """Cards in quiz order (of one service, given in card key form, when asked), each with
    `facts`: every fact of its key (several when notes repeat or disagree; a compare card's
    comparison row). A card whose fact left the notes (the shipped sample notes set aside by
    a student's first ingest, a deleted line) is never asked: listed only with `every`, or
    60 set-aside sample cards stood above a student's own 10."""
    rows = list_cards(store, service, flagged=flagged)
    if not every and not flagged:  # a flagged card stays listed: the student asked to fix it
        rows = [r for r in rows if not r["missing"]]
    for row in rows:
        row["facts"] = facts_for_key(
            store, (row["service"], row["subject"], row["attribute"], row["qualifier"]))
    from studycli.fastpath.card_lines import compare_card_lines

    compare_card_lines(store, rows)  # compare cards: the comparison row they ask, not a fact
    return rows
