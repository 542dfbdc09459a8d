"""A note's unqualified figure that states a settable range's bound only once rounded ("log
group retention 3650 days": AWS's longest is 3,653 days, and a log group's retention is any
of the values from 1 day up) is asked as that bound, keyed with AWS's exact figure. An AWS-
certified reviewer judged "What is the log group retention period for Amazon CloudWatch
Logs?" keyed 3,650 days wrong twice: no maximum in the stem, and a value AWS does not offer."""

from __future__ import annotations

import random

import pytest

from tests.helpers import note_db

NOTE = """# CloudWatch Logs
- log group retention 3650 days
"""


@pytest.fixture(scope="module")
def conn(tmp_path_factory):
    from studycli.database import ensure_database

    return ensure_database(note_db(tmp_path_factory.mktemp("rounded"), NOTE))


def test_a_rounded_unqualified_bound_is_asked_as_the_maximum_with_the_exact_figure(conn):
    from studycli.exam.generate import load_pool
    from studycli.questions import build_question
    from studycli.store.facts import list_facts

    pool = load_pool(conn)
    asked = []
    for fact in list_facts(conn):
        if fact.service == "CloudWatch Logs" and fact.number is not None:
            for seed in range(6):
                q = build_question(fact, "choice", pool, random.Random(seed))
                if q is not None:
                    asked.append(q)
    assert asked, "the retention is asked"
    for q in asked:
        assert "maximum" in q.stem.lower(), q.stem
        assert q.options[q.answers[0]] == "3,653 days", q.options
        assert "3,650 days" not in q.options


def test_the_exam_explains_the_maximum_too(tmp_path):
    import json

    from typer.testing import CliRunner

    from studycli.cli import app

    notes = tmp_path / "notes"
    notes.mkdir()
    (notes / "logs.md").write_text(NOTE, encoding="utf-8")
    db = str(tmp_path / "s.db")
    runner = CliRunner()
    assert runner.invoke(app, ["ingest", str(notes), "--db", db]).exit_code == 0
    out = runner.invoke(app, ["exam", "--json", "--seed", "1", "--db", db])
    questions = [q for q in json.loads(out.stdout)["questions"] if "retention" in q["stem"]]
    assert questions
    for q in questions:
        assert q["explanation"].startswith("The maximum"), q["explanation"]
        assert [q["options"][i] for i in q["answers"]] == ["3,653 days"]
