"""The note lines of compare cards, kept between runs for `studycli cards`.

A compare card lists the comparison row it asks (compare_cards.card_lines), which means
loading every drill card: the compare modules (~20 ms to import) and each row's checks
(~7 ms), on every `cards`, for lines that change only when the notes or the AWS statuses do.
They are kept (studycli/kept.py) under a hash of the comparison rows, every fact id, each
note's hash, the statuses' stamp, and studycli's code and data; a card missing from what is
kept (another filter listed it first) is worked out then. Stdlib only.
"""

from __future__ import annotations

from pathlib import Path

from studycli import kept

PURPOSE = "card-lines"
CARD_TYPE = "compare"  # compare_cards.CARD_TYPE (a test checks they agree)
_QUERIES = ("SELECT * FROM comparisons ORDER BY rowid",
            "SELECT id FROM facts ORDER BY rowid",
            "SELECT path, sha256 FROM sources ORDER BY path",
            "SELECT stamp FROM fact_currency_stamp")


def compare_card_lines(store, rows: list[dict]) -> None:
    """compare_cards.card_lines(store, rows): each compare card in `rows` gets `facts`."""
    import sqlite3

    wanted = [r for r in rows if r["card_type"] == CARD_TYPE]
    if not wanted:
        return
    path = Path(store.path) if getattr(store, "path", None) is not None else None
    key = None
    if path is not None:
        try:
            key = kept.key(store.conn, path, _QUERIES, kept.studycli_files(), PURPOSE)
        except (sqlite3.Error, OSError):
            key = None
    lines = (kept.load(PURPOSE, path, key) or {}) if path is not None and key else {}
    known = lines.get("cards")
    if isinstance(known, dict) and all(r["id"] in known for r in wanted):
        for r in wanted:
            r["facts"] = known[r["id"]]
        return
    from studycli.compare_cards import card_lines

    card_lines(store, wanted)
    if path is not None and key is not None:
        cards = known if isinstance(known, dict) else {}
        cards.update({r["id"]: r["facts"] for r in wanted})
        kept.save(PURPOSE, path, key, {"cards": cards})
