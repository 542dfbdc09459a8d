"""Readiness says what is true of the student: a card just failed is not "recall 100%", and a
service the notes name by an alias ("ALB", "CloudWatch Events") is not "not in your notes"."""

from __future__ import annotations

import random
from datetime import timedelta

from studycli.quiz.session import QuizOptions, Session
from studycli.readiness import assess

from .helpers import json_out, run_here
from .quiz_facts import T0, sample_db


def test_cards_just_failed_are_not_counted_as_recalled(tmp_path):
    db = sample_db(tmp_path / "r.db")
    s = Session(db, QuizOptions(fuzz=False, new=100), clock=lambda: T0, rng=random.Random(0))
    while (item := s.next()) is not None and not item.early:
        s.grade(item, 1, 1000) if not item.question.options else s.answer(item, set(), 9000)
    report = assess(db, "dva-c02", 720, T0 + timedelta(minutes=1), record=False)
    studied = [d for d in report.domains if d.studied]
    assert studied and all(d.recall_studied == 0 for d in studied)
    assert all(d.to_dict()["mastery"]["recall_studied"] == 0 for d in studied)


NOTE = """# Lambda

- max memory 10 GB
- invoked synchronously by an ALB or API Gateway
- invoked asynchronously by CloudWatch Events
"""


def test_a_service_named_by_an_alias_is_not_called_missing(tmp_path):
    notes, db = tmp_path / "notes", tmp_path / "s.db"
    notes.mkdir()
    (notes / "lambda.md").write_text(NOTE)
    run_here("ingest", str(notes), db=db)
    report = json_out(run_here("readiness", "--profile", "saa-c03", "--json", db=db))
    missing = {s for d in report["domains"] for s in d["services_missing"]}
    named = {s for d in report["domains"] for s in d["services_named"]}
    covered = {s["service"] for d in report["domains"] for s in d["coverage"]["services"]}
    # services_missing keeps its --json meaning (no fact of their own); services_named says
    # which of them a line names
    assert {"ELB", "EventBridge"} <= named <= missing and not {"ELB", "EventBridge"} & covered
    assert "KMS" in missing  # never named: still said
    text = " ".join(run_here("readiness", "--profile", "saa-c03", db=db,
                             env={"COLUMNS": "200"}).stdout.split())
    assert "in your notes only in passing (no fact of their own): EventBridge, ELB" in text
