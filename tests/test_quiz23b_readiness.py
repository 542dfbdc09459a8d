"""Readiness after review of quiz23: a card missed minutes ago is not "recall 100%" because it
was answered Good a minute later or missed in a cram session; `services_missing` keeps its
meaning in --json; an everyday word is no passing mention of a service."""

from __future__ import annotations

import random
from datetime import timedelta

from studycli.quiz.session import QuizOptions, Session
from studycli.readiness import assess

from .helpers import json_out, run_here
from .quiz_facts import T0, sample_db


def _answer_all(db, options: QuizOptions, when, right: bool) -> int:
    s = Session(db, options, clock=lambda: when, rng=random.Random(0))
    n = 0
    while (item := s.next()) is not None and not item.early:
        q = item.question
        if q.options:
            s.answer(item, set(q.answers) if right else set(), 9000)
        else:
            s.grade(item, 3 if right else 1, 9000)
        n += 1
    return n


def _studied(db, when):
    report = assess(db, "dva-c02", 720, when, record=False)
    return [d for d in report.domains if d.studied]


def test_a_miss_then_a_right_answer_a_minute_later_is_not_recall_100(tmp_path):
    db = sample_db(tmp_path / "r.db")
    assert _answer_all(db, QuizOptions(fuzz=False, new=100), T0, right=False)
    assert _answer_all(db, QuizOptions(fuzz=False, new=100), T0 + timedelta(minutes=2), True)
    studied = _studied(db, T0 + timedelta(minutes=3))
    assert studied and all(d.recall_studied == 0 for d in studied)


def test_a_miss_in_a_cram_session_is_not_recall_100(tmp_path):
    db = sample_db(tmp_path / "r.db")
    assert _answer_all(db, QuizOptions(fuzz=False, new=100), T0, right=True)
    before = _studied(db, T0 + timedelta(minutes=1))
    assert before and all(d.recall_studied > 0.9 for d in before)  # answered right just now
    assert _answer_all(db, QuizOptions(fuzz=False, cram=True), T0 + timedelta(minutes=2), False)
    studied = _studied(db, T0 + timedelta(minutes=3))
    # the cram asked one card of each fact (and some not studied before): those count 0
    assert studied and all(d.recall_studied < 0.5 for d in studied)
    # another day: FSRS's own figure again (the cram left the schedule as it was)
    assert all(d.recall_studied > 0 for d in _studied(db, T0 + timedelta(days=1)))


NOTE = """# Lambda

- max memory 10 GB
- invoked synchronously by an ALB or API Gateway
- invoked asynchronously by CloudWatch Events
- write glue code between steps; shield the DB behind a state machine
- self-hosted redis or kafka, as any faas would; ssm is a model
- dynamo is fast
- Shield the DB: no public subnet
"""


def test_services_missing_keeps_its_meaning_and_everyday_words_name_nothing(tmp_path):
    notes, db = tmp_path / "notes", tmp_path / "s.db"
    notes.mkdir()
    (notes / "lambda.md").write_text(NOTE)
    run_here("ingest", str(notes), db=db)
    report = json_out(run_here("readiness", "--profile", "saa-c03", "--json", db=db))
    missing = {s for d in report["domains"] for s in d["services_missing"]}
    named = {s for d in report["domains"] for s in d["services_named"]}
    covered = {s["service"] for d in report["domains"] for s in d["coverage"]["services"]}
    # services_missing: every in-scope service without a fact, as before services_named came
    assert {"ELB", "EventBridge"} <= named <= missing and not missing & covered
    for d in report["domains"]:
        assert set(d["services_named"]) <= set(d["services_missing"])
    # everyday words on lines about nothing AWS name no service
    assert not named & {"Glue", "Shield", "Step Functions", "ElastiCache", "MSK", "DynamoDB"}
    steps = {s for step in report["next"] for s in step["services_missing"]}
    assert steps <= missing
    out = run_here("readiness", "--profile", "saa-c03", db=db, env={"COLUMNS": "300"}).stdout
    assert "only in passing (no fact of their own): EventBridge, ELB" in " ".join(out.split())
    # "coverage 9% (1 of 11 services)" named the ten missing but not the one covered
    said = " ".join(out.split())
    for d in report["domains"]:
        if d["coverage"]["services"]:
            names = ", ".join(x["service"] for x in d["coverage"]["services"][:4])
            assert f"in your notes: {names}" in said
    assert covered
    said_missing = [line for line in out.splitlines() if "not in your notes:" in line]
    assert said_missing and not any("EventBridge" in line for line in said_missing)


def test_an_everyday_word_on_a_line_about_aws_is_a_passing_mention(tmp_path):
    notes, db = tmp_path / "notes", tmp_path / "s.db"
    notes.mkdir()
    (notes / "lambda.md").write_text("# Lambda\n\n- max memory 10 GB\n"
                                     "- ETL jobs: AWS glue crawls the bucket\n"
                                     "- Aurora Serverless\n- put Shield in front of it\n")
    run_here("ingest", str(notes), db=db)
    report = json_out(run_here("readiness", "--profile", "saa-c03", "--json", db=db))
    named = {s for d in report["domains"] for s in d["services_named"]}
    assert {"Glue", "Aurora Serverless", "Shield"} <= named

