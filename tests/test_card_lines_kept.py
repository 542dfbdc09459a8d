"""`studycli cards` lists each compare card's comparison row from what was kept on the last
run (studycli/fastpath/card_lines.py): the same rows compare_cards.card_lines gives, worked
out again when the notes change."""

from __future__ import annotations

import pytest

from studycli import compare_cards
from studycli.app.cards import cards_with_facts
from studycli.fastpath import card_lines
from studycli.ingest import ingest_paths
from studycli.store.cards import facts_for_key, list_cards
from studycli.store.db import connect
from tests.test_compare_cards import NOTE


def direct(store) -> list[dict]:
    """The listing worked out without anything kept."""
    rows = list_cards(store)
    for row in rows:
        row["facts"] = facts_for_key(
            store, (row["service"], row["subject"], row["attribute"], row["qualifier"]))
    compare_cards.card_lines(store, rows)
    return rows


@pytest.fixture
def notes(tmp_path):
    folder = tmp_path / "notes"
    folder.mkdir()
    (folder / "messaging.md").write_text(NOTE, encoding="utf-8")
    return folder


@pytest.fixture
def worked_out(monkeypatch):
    calls = []
    real = compare_cards.card_lines

    def counted(store, rows):
        calls.append(len(rows))
        return real(store, rows)

    monkeypatch.setattr(compare_cards, "card_lines", counted)
    return calls


def test_the_card_type_is_compare_cards_own():
    assert card_lines.CARD_TYPE == compare_cards.CARD_TYPE


def test_kept_lines_are_the_lines_worked_out(notes, tmp_path, worked_out):
    store = connect(tmp_path / "s.db")
    ingest_paths(store, [notes])
    first = cards_with_facts(store)
    second = cards_with_facts(store)
    assert len(worked_out) == 1  # the second listing read them back
    assert any(r["card_type"] == "compare" and r["facts"] for r in first)
    assert first == second == direct(store)


def test_edited_notes_work_the_lines_out_again(notes, tmp_path, worked_out):
    store = connect(tmp_path / "s.db")
    ingest_paths(store, [notes])
    cards_with_facts(store)
    (notes / "messaging.md").write_text(NOTE.replace("Up to 365 days", "Up to 7 days"),
                                        encoding="utf-8")
    ingest_paths(store, [notes])
    rows = cards_with_facts(store)
    assert len(worked_out) == 2
    assert rows == direct(store)
    assert any("Up to 7 days" in f["snippet"] for r in rows if r["card_type"] == "compare"
               for f in r["facts"])


def test_a_card_not_kept_yet_is_worked_out(notes, tmp_path, worked_out):
    store = connect(tmp_path / "s.db")
    ingest_paths(store, [notes])
    flagged_id = next(r["id"] for r in list_cards(store) if r["card_type"] == "compare")
    store.conn.execute("UPDATE cards SET flagged = 1 WHERE id = ?", [flagged_id])
    cards_with_facts(store, flagged=True)  # keeps one card's lines
    rows = cards_with_facts(store)  # the others are not kept yet
    assert worked_out == [1, sum(r["card_type"] == "compare" for r in rows)]
    cards_with_facts(store)
    assert len(worked_out) == 2  # all kept now
    assert rows == direct(store)
