"""A question whose options are said in the note's unit (questions/said_units.py: "10 years")
leaves the exam's random generator where the same question in formatting's units leaves it:
every later question of an exam with a fixed seed draws what it drew before the note's unit
was honoured (questions/build._numeric draws the note's unit's options from a copy)."""

from __future__ import annotations

import random

import pytest

from tests.helpers import note_db

NOTE = """# CloudWatch Logs
- max log retention 10 years

# CloudTrail
- event history retention 3 months

# SQS
- max retention 2 weeks
- max message size 256 KB

# KMS
- automatic key rotation: every 1 year
- max key deletion waiting period 30 days
"""


@pytest.fixture(scope="module")
def pool(tmp_path_factory):
    from studycli.exam.generate import load_pool
    from studycli.store.db import connect

    store = connect(note_db(tmp_path_factory.mktemp("said"), NOTE))
    yield load_pool(store, as_written=True)
    store.conn.close()


@pytest.mark.parametrize("seed", [0, 1, 7, 2026])
def test_a_question_in_the_notes_unit_moves_the_generator_as_one_in_formattings(pool, seed):
    from studycli.questions.build import _prepared, build_question, card_types_for

    said = 0
    for fact in pool.facts:
        for card_type in card_types_for(fact):
            prep = _prepared(fact, card_type, pool)
            if prep is None or "said" not in prep[4]:
                continue
            in_unit = random.Random(seed)
            q = build_question(fact, card_type, pool, in_unit)
            if q is None or not q.options:
                continue  # a recall card draws nothing
            memo = prep[4]
            unit = memo.pop("said")  # the same question in formatting's units
            try:
                in_formatting = random.Random(seed)
                build_question(fact, card_type, pool, in_formatting)
            finally:
                memo["said"] = unit
            assert in_unit.getstate() == in_formatting.getstate(), (fact.value, card_type)
            said += 1
    assert said >= 3  # years, months and weeks were each asked in their unit
