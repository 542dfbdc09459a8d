"""An exam question whose note gives its figure in years, months or weeks offers every option
in that unit (issue 12: "max log retention 10 years" was asked with "3,653 days", "1,826
days", "5,480 days" and "14,612 days"), each a whole number of it and each distinct."""

from __future__ import annotations

import random
import re

import pytest

from studycli.questions.quantities import format_quantity
from studycli.questions.said_units import said_unit

from .helpers import json_out, run_here

DAY = 86400
NOTE = """# CloudWatch Logs
- max log retention 10 years

# CloudTrail
- event history retention 3 months

# SQS
- max retention 2 weeks

# KMS
- automatic key rotation: every 1 year
- max key deletion waiting period 30 days
"""


def _questions(db, seeds=range(6)) -> list[dict]:
    out = []
    for seed in seeds:
        exam = json_out(run_here("exam", "--questions", "10", "--seed", str(seed), "--json",
                                 db=db))
        out += [q for q in exam["questions"] if q["options"]]
    return out


def _built(db) -> list:
    """Every choice question the notes make, built as the quiz and exams build them."""
    from studycli.exam.generate import load_pool
    from studycli.questions.build import build_question, card_types_for
    from studycli.store.db import connect

    store = connect(db)
    pool = load_pool(store, as_written=True)
    out = []
    for fact in pool.facts:
        for card_type in card_types_for(fact):
            q = build_question(fact, card_type, pool, random.Random(3))
            if q is not None and q.options:
                out.append((fact, q))
    store.conn.close()
    return out


@pytest.fixture
def db(tmp_path):
    (tmp_path / "notes").mkdir()
    (tmp_path / "notes" / "aws.md").write_text(NOTE)
    path = tmp_path / "s.db"
    json_out(run_here("ingest", str(tmp_path / "notes"), "--json", db=path))
    return path


def test_an_exam_asks_a_figure_in_years_with_options_in_years(db):
    asked = [q for q in _questions(db) if q["service"] == "CloudWatch Logs"]
    assert asked
    for q in asked:
        assert all(re.fullmatch(r"\d+ years?", o) for o in q["options"]), q["options"]
        assert len(set(q["options"])) == len(q["options"]) == 4
        assert [q["options"][i] for i in q["answers"]] == ["10 years"]


def test_months_weeks_and_years_stay_in_the_notes_unit_and_days_stay_in_days(db):
    units = {}
    for fact, q in _built(db):
        words = {o.split()[-1].rstrip("s") for o in q.options}
        units.setdefault(fact.value, set()).update(words)
        assert len(set(q.options)) == len(q.options)
    assert units["3 months"] == {"month"}
    assert units["2 weeks"] == {"week"}
    assert units["1 year"] == {"year"}
    assert units["30 days"] == {"day"}  # formatting's own unit: as before


def test_the_unit_is_the_figure_s_own_not_any_word_of_the_line():
    assert said_unit("10 years", 10 * 365 * DAY, "s").one == "year"
    assert said_unit("13 months", 13 * 30 * DAY, "s").one == "month"
    assert said_unit("2 weeks", 14 * DAY, "s").one == "week"
    # "1 year" is not the figure here: 90 days is
    assert said_unit("90 days, reviewed every 1 year", 90 * DAY, "s") is None
    assert said_unit("14 days", 14 * DAY, "s") is None  # days: formatting says them already
    assert said_unit("10 years", 10.0, "count") is None


def test_a_value_that_is_no_whole_number_of_the_unit_is_not_said_in_it():
    year = said_unit("1 year", 365 * DAY, "s")
    assert year.text(3653 * DAY) == "10 years"  # AWS counts leap days
    assert year.text(500 * DAY) is None
    assert all(year.whole(n) for n in year.neighbours(10 * 365 * DAY))
    assert format_quantity(3653 * DAY, "s") == "3,653 days"  # what the options said before
