"""A range question's exam explanation names the measure as its stem does: a blind reviewer
judged "The allowed range of the TTL for Amazon CloudWatch Logs is 1 day to 3,653 days"
garbled under a stem asking for the log group retention period."""

from __future__ import annotations

import random

from studycli.database import ensure_database
from studycli.exam.generate import load_pool, single_question
from studycli.exam.truths import Truths
from studycli.model import Kind
from tests.helpers import note_db

NOTES = "# CloudWatch Logs\n\n- log group TTL: 1 day to 10 years (default never expire)\n"


def test_the_range_explanation_says_what_the_stem_asks(tmp_path):
    pool = load_pool(ensure_database(note_db(tmp_path, NOTES)))
    fact = next(f for f in pool.facts if f.kind == Kind.RANGE)
    made = [single_question(fact, pool, Truths(pool), random.Random(s)) for s in range(6)]
    made = [q for q in made if q is not None]
    assert made, "no range question"
    for q in made:
        assert "retention period" in q.stem, q.stem
        assert "range of the log group retention period" in q.explanation, q.explanation
        assert "range of the TTL" not in q.explanation, q.explanation
