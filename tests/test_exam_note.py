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


def test_the_value_aws_had_before_is_no_wrong_option(tmp_path):
    """A note's outdated 256 KB is asked as today's 1 MiB; 256 KB is not offered as a wrong
    option beside it: older exam items may still key it (a new user's finding)."""
    from studycli.exam.generate import load_pool, single_question
    from studycli.exam.truths import Truths

    pool = load_pool(ensure_database(note_db(
        tmp_path, "SQS notes\n\n* max message size is 256KB, use S3 for bigger\n"
                  "* visibility timeout 30 sec default, max 12 hours\n"
                  "* retention 4 days default, 14 days max\n"
                  "* delay queue 0 to 15 minutes\n")))
    fact = next(f for f in pool.facts if f.attribute == "message size")
    made = [q for s in range(30)
            if (q := single_question(fact, pool, Truths(pool), random.Random(s))) is not None]
    assert made, "no exam question on the message size"
    for q in made:
        assert not any(o.startswith("256 K") for o in q.options), q.options
