"""A large note's facts and lines are indexed in bulk (store/fts_bulk.py) instead of by a
trigger per row: the full-text indexes must end up exactly as the triggers would leave them,
through a first ingest, an edit and a shrink, and the triggers must be back afterwards."""

from __future__ import annotations

import sqlite3

import pytest

from studycli.ingest import ingest_paths
from studycli.store import fts_bulk
from studycli.store.db import connect

SERVICES = ["Lambda", "SQS", "SNS", "DynamoDB", "Kinesis"]


def _note(rows: int, word: str) -> str:
    lines = ["## Limits", ""]
    for n in range(rows):
        service = SERVICES[n % len(SERVICES)]
        lines.append(f"- {service} {word} timeout max {n + 1} seconds for queue {n}")
    return "\n".join(lines) + "\n"


def _state(db_path) -> dict:
    conn = sqlite3.connect(db_path)
    try:
        for fts in ("facts_fts", "note_lines_fts"):  # raises if the index and rows differ
            conn.execute(f"INSERT INTO {fts} ({fts}) VALUES ('integrity-check')")
        return {
            "facts": conn.execute("SELECT rowid FROM facts_fts WHERE facts_fts MATCH "
                                  "'timeout' ORDER BY rowid").fetchall(),
            "lines": conn.execute("SELECT rowid FROM note_lines_fts WHERE note_lines_fts "
                                  "MATCH 'queue' ORDER BY rowid").fetchall(),
            "old words": conn.execute("SELECT count(*) FROM note_lines_fts WHERE "
                                      "note_lines_fts MATCH 'zebra'").fetchone()[0],
            "vocab": conn.execute("SELECT term, doc, cnt FROM note_lines_vocab").fetchall(),
            "triggers": sorted(r[0] for r in conn.execute(
                "SELECT name FROM sqlite_master WHERE type = 'trigger'")),
        }
    finally:
        conn.close()


def _ingest_three_versions(folder, db_path) -> list[dict]:
    note = folder / "big.md"
    states = []
    for rows, word in ((160, "zebra"), (180, "otter"), (40, "otter")):
        note.write_text(_note(rows, word), encoding="utf-8")
        ingest_paths(connect(db_path), [folder])
        states.append(_state(db_path))
    return states


@pytest.fixture
def notes(tmp_path):
    folder = tmp_path / "notes"
    folder.mkdir()
    return folder


def test_bulk_indexing_leaves_the_indexes_as_the_triggers_would(notes, tmp_path, monkeypatch):
    bulk = _ingest_three_versions(notes, tmp_path / "bulk.db")
    assert len(bulk[0]["facts"]) >= fts_bulk.BULK_FROM  # the bulk path was taken
    monkeypatch.setattr(fts_bulk, "BULK_FROM", 10**9)  # every row through its trigger
    by_trigger = _ingest_three_versions(notes, tmp_path / "trigger.db")
    assert bulk == by_trigger
    assert bulk[0]["old words"] > 0 and bulk[1]["old words"] == 0  # the old rows left
    assert {"facts_ai", "facts_ad", "note_lines_ai", "note_lines_ad"} <= set(bulk[2]["triggers"])


def test_a_failed_swap_keeps_the_old_rows_and_the_triggers(notes, tmp_path, monkeypatch):
    db_path = tmp_path / "a.db"
    (notes / "big.md").write_text(_note(160, "zebra"), encoding="utf-8")
    ingest_paths(connect(db_path), [notes])
    before = _state(db_path)
    (notes / "big.md").write_text(_note(180, "otter"), encoding="utf-8")

    # the insert fails after the triggers were dropped: the whole swap must roll back
    monkeypatch.setattr("studycli.store.facts._FACT_INSERT", "INSERT INTO no_such_table VALUES (?)")
    with pytest.raises(sqlite3.OperationalError):
        ingest_paths(connect(db_path), [notes])
    monkeypatch.undo()
    assert _state(db_path) == before
