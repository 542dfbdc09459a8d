"""A question keying today's value says what the reference says of exam items on the old one
("Older SDK and API pages (and exam items) still say 256 KiB"): the real exam may predate the
change (a new user's finding: the practice exam marked 256 KB wrong while `check` said exam
items may still give it). The note is kept with each fact's status (migration m028)."""

from __future__ import annotations

import random
import sqlite3

from studycli.database import ensure_database
from studycli.questions import FactPool, build_question
from studycli.store.db import connect
from studycli.store.migrations import MIGRATIONS
from tests.helpers import note_db


def test_a_stale_size_is_corrected_with_what_exam_items_may_still_say(tmp_path):
    pool = FactPool.load(ensure_database(note_db(tmp_path, "# SQS\n\n- SQS max message size "
                                                           "256 KB\n")))
    fact = next(f for f in pool.facts if f.attribute == "message size")
    q = build_question(fact, "recall", pool, random.Random(1))
    assert q is not None and "out of date" in q.explanation
    assert "exam items" in q.explanation and "256 KiB" in q.explanation, q.explanation


def test_a_database_from_before_gains_the_column(tmp_path):
    path = tmp_path / "old.db"
    connect(path).conn.close()
    conn = sqlite3.connect(path)
    conn.execute("ALTER TABLE fact_currency DROP COLUMN exam_note")
    conn.execute("DELETE FROM _migrations WHERE name = 'm028_currency_exam_note'")
    conn.execute(f"PRAGMA user_version = {len(MIGRATIONS) - 1}")
    conn.commit()
    conn.close()
    db = connect(path)
    columns = {row[1] for row in db.conn.execute("PRAGMA table_info(fact_currency)")}
    assert "exam_note" in columns
