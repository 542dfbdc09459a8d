"""A note's facts are stored one per id before the INSERT (store/facts.first_per_id): the
rows, their order and the ingest's counts must be those the INSERT OR IGNORE kept, where the
first line of a repeated fact wins."""

from __future__ import annotations

from dataclasses import replace

from studycli.model import Fact, Kind, ParsedNote
from studycli.store.db import connect
from studycli.store.facts import replace_source


def _fact(line: int, value: str, snippet: str = "") -> Fact:
    return Fact("SQS", "", "message size", Kind.LIMIT, "max", value, 256.0, "B", source="a.md",
                line=line, snippet=snippet or f"- max message size {value}")


def test_a_repeated_fact_is_stored_once_from_its_first_line(tmp_path):
    facts = [_fact(3, "256 KB"), _fact(9, "1 MB"), _fact(12, "256 kb", "- SQS: 256 kb max"),
             replace(_fact(15, "256 KB"), kind=Kind.DEFAULT), _fact(20, "1 MB")]
    db = connect(tmp_path / "s.db")
    stored = replace_source(db, ParsedNote(source="a.md", facts=facts), "sha")
    rows = db.conn.execute("SELECT id, line, value, snippet FROM facts ORDER BY rowid").fetchall()
    # the value's case does not make another fact: line 12 repeats line 3
    assert [(r[1], r[2]) for r in rows] == [(3, "256 KB"), (9, "1 MB"), (15, "256 KB")]
    assert list(stored) == [r[0] for r in rows]
    assert [f.line for f in stored.values()] == [3, 9, 15]
    assert db.conn.execute("SELECT facts FROM sources WHERE path = 'a.md'").fetchone()[0] == 3
    # the full-text index holds the stored rows, once each
    assert db.conn.execute("SELECT count(*) FROM facts_fts WHERE facts_fts MATCH 'sqs'"
                           ).fetchone()[0] == 3


def test_an_ingest_counts_the_facts_stored(tmp_path):
    from studycli.ingest import ingest_paths

    note = tmp_path / "n.md"
    note.write_text("## SQS\n- max message size 256 KB\n- max message size 256 KB\n"
                    "- retention period up to 14 days\n", encoding="utf-8")
    db = connect(tmp_path / "i.db")
    report = ingest_paths(db, [note])
    stored = db.conn.execute("SELECT count(*) FROM facts").fetchone()[0]
    assert report.sources[0]["facts"] == stored == report.facts
    assert sum(report.sources[0]["by_kind"].values()) == stored
