"""Readiness: four weighted domains, coverage and mastery, an honest band, calibration."""

import io
import json
import random
from datetime import timedelta

from rich.console import Console
from typer.testing import CliRunner

from studycli.cli import app
from studycli.quiz.session import QuizOptions, Session
from studycli.readiness import assess
from studycli.ui.readiness_view import render_readiness

from .quiz_facts import sample_db
from .test_quiz import T0, Clock

runner = CliRunner()


make_db = sample_db  # the sample facts and their cards, on disk


def study_all(db, when):
    s = Session(db, QuizOptions(fuzz=False, new=100), clock=Clock(when), rng=random.Random(0))
    while (item := s.next()) is not None:
        if item.question.options:
            s.answer(item, set(item.question.answers), duration_ms=9000)
        else:
            s.grade(item, 3, duration_ms=3000)


def test_four_domains_weights_sum_to_100_and_band_holds_the_forecast(tmp_path):
    db = make_db(tmp_path / "r.db")
    r = assess(db, "saa-c03", 720, T0)
    assert len(r.domains) == 4 and sum(d.weight for d in r.domains) == 100
    assert 100 <= r.low <= r.scaled <= r.high <= 1000
    d = r.to_dict()
    assert set(d) >= {"profile", "pass_mark", "forecast", "domains", "next"}
    for dom in d["domains"]:
        assert set(dom) >= {"name", "weight", "coverage", "mastery", "practice",
                            "services_missing"}
    # Lambda and SQS are in the sample notes; KMS is not
    covered = {s["service"] for dom in d["domains"] for s in dom["coverage"]["services"]}
    missing = {s for dom in d["domains"] for s in dom["services_missing"]}
    assert {"Lambda", "SQS"} <= covered and "KMS" in missing


def test_unstudied_cards_are_unknown_and_studying_narrows_the_band(tmp_path):
    db = make_db(tmp_path / "r.db")
    before = assess(db, "dva-c02", 720, T0, record=False)
    dev = next(x for x in before.domains if x.name.startswith("Development"))
    assert dev.cards > 0 and dev.studied == 0 and dev.recall_studied is None
    study_all(db, T0)
    after = assess(db, "dva-c02", 720, T0 + timedelta(hours=1), record=False)
    dev2 = next(x for x in after.domains if x.name.startswith("Development"))
    assert 0 < dev2.studied <= dev2.cards and 0.5 < dev2.recall_studied <= 1
    assert (dev2.p_high - dev2.p_low) < (dev.p_high - dev.p_low)
    assert (after.high - after.low) < (before.high - before.low)


def test_calibration_compares_an_exam_with_the_forecast_made_before_it(tmp_path):
    db = make_db(tmp_path / "r.db")
    first = assess(db, "saa-c03", 720, T0)
    finished = (T0 + timedelta(hours=2)).isoformat(timespec="seconds")
    with db.conn:
        db.conn.execute(
            "INSERT INTO exam_attempts (id, profile, seed, started_at, finished_at, questions, "
            "raw, scaled, pass_mark, passed, unanswered, timed_out, seconds) "
            "VALUES ('a1', 'saa-c03', 1, ?, ?, 10, 5, 550, 720, 0, 0, 0, 60)", [finished, finished])
        for pos, (service, correct) in enumerate([("SQS", 1), ("SQS", 0)]):
            db.conn.execute(
                "INSERT INTO exam_answers (attempt_id, position, question_id, service, kind, "
                "multi, chosen, answers, correct, flagged, fact_ids) "
                "VALUES ('a1', ?, 'q', ?, 'limit', 0, '[]', '[0]', ?, 0, '[]')",
                [pos, service, correct])
    later = assess(db, "saa-c03", 720, T0 + timedelta(hours=3))
    assert later.calibration == [{
        "exam_at": finished, "scaled": 550, "forecast": first.scaled, "low": first.low,
        "high": first.high, "error": 550 - first.scaled,
        "inside_band": first.low <= 550 <= first.high}]
    resilient = next(x for x in later.domains if x.name.startswith("Design Resilient"))
    assert resilient.practice_answers == 2 and resilient.practice_accuracy == 0.5


def test_text_report_fits_80_columns_and_cli_json(tmp_path):
    db_path = tmp_path / "r.db"
    db = make_db(db_path)
    out = io.StringIO()
    Console(file=out, width=200, color_system=None).print(
        render_readiness(assess(db, "saa-c03", 720, T0, record=False), plain=True))
    lines = out.getvalue().splitlines()
    assert max(len(line.rstrip()) for line in lines) <= 80
    db.conn.close()
    result = runner.invoke(app, ["readiness", "--json", "--profile", "clf-c02",
                                 "--db", str(db_path)])
    assert result.exit_code == 0, result.output
    data = json.loads(result.stdout)
    assert data["profile"] == "clf-c02" and data["pass_mark"] == 700
    assert len(data["domains"]) == 4


def test_practice_counts_each_answer_toward_the_domain_its_question_was_drawn_for(tmp_path):
    """A new user's dva-c02 exam drew 2 questions for Deployment; readiness credited them to
    Development (by service) and said Deployment had no practice. The drawn-for domain is now
    kept with each answer (m029); answers stored before fall back to their service."""
    db = make_db(tmp_path / "r.db")
    finished = (T0 + timedelta(hours=2)).isoformat(timespec="seconds")
    rows = [("Lambda", "Deployment", 1), ("Lambda", "Deployment", 0),
            ("Lambda", None, 1)]  # stored before m029: no domain
    with db.conn:
        db.conn.execute(
            "INSERT INTO exam_attempts (id, profile, seed, started_at, finished_at, questions, "
            "raw, scaled, pass_mark, passed, unanswered, timed_out, seconds) "
            "VALUES ('a1', 'dva-c02', 1, ?, ?, 3, 2, 700, 720, 0, 0, 0, 60)", [finished, finished])
        for pos, (service, domain, correct) in enumerate(rows):
            db.conn.execute(
                "INSERT INTO exam_answers (attempt_id, position, question_id, service, kind, "
                "multi, chosen, answers, correct, flagged, fact_ids, domain) "
                "VALUES ('a1', ?, 'q', ?, 'limit', 0, '[]', '[0]', ?, 0, '[]', ?)",
                [pos, service, correct, domain])
    report = assess(db, "dva-c02", 720, T0 + timedelta(hours=3))
    by_name = {d.name: d for d in report.domains}
    assert by_name["Deployment"].practice_answers == 2
    assert by_name["Deployment"].practice_accuracy == 0.5
    assert by_name["Development with AWS Services"].practice_answers == 1


def test_a_saved_exam_keeps_each_questions_domain(tmp_path):
    from studycli.exam.generate import generate_exam, load_pool
    from studycli.exam.profiles import get_profile
    from studycli.exam.scoring import score
    from studycli.store.exams import save_attempt

    db = make_db(tmp_path / "r.db")
    exam = generate_exam(load_pool(db), get_profile("dva-c02"), seed=7)
    answers: list[tuple[int, ...]] = [() for _ in exam.questions]
    when = T0.isoformat(timespec="seconds")
    save_attempt(db, score(exam, answers), exam, answers, set(), when, when)
    stored = [r[0] for r in db.conn.execute(
        "SELECT domain FROM exam_answers ORDER BY position")]
    assert stored == [q.domain for q in exam.questions]
    assert any(stored)


def test_domain_labels_are_whole_words_within_the_bars_label_width():
    """A new user saw "Troubleshooting Op ###..." at 80 columns: the label was cut mid-word."""
    import json

    from studycli.paths import data_dir
    from studycli.ui.readiness_view import _LABEL_WIDTH, _short

    profiles = json.loads((data_dir() / "domains.json").read_text(encoding="utf-8"))["profiles"]
    for profile in profiles.values():
        for domain in profile["domains"]:
            label = _short(domain["name"])
            assert len(label) <= _LABEL_WIDTH, label
            assert set(label.split()) <= set(domain["name"].replace(",", "").split()), label


def test_a_practice_exam_of_another_profile_is_said_not_to_count(tmp_path):
    """A new user sat a `--profile quick` exam and read "practice no practice exams yet" in
    every domain of `readiness` with nothing saying why."""
    db = make_db(tmp_path / "r.db")
    finished = T0.isoformat(timespec="seconds")
    with db.conn:
        db.conn.execute(
            "INSERT INTO exam_attempts (id, profile, seed, started_at, finished_at, questions, "
            "raw, scaled, pass_mark, passed, unanswered, timed_out, seconds) "
            "VALUES ('a1', 'quick', 1, ?, ?, 10, 5, 550, 720, 0, 0, 0, 60)", [finished, finished])
    report = assess(db, "saa-c03", 720, T0 + timedelta(hours=1))
    assert report.other_profiles == {"quick": 1}
    out = io.StringIO()
    Console(file=out, width=80, color_system=None).print(render_readiness(report, plain=True))
    text = " ".join(out.getvalue().split())
    assert "practice exams (1 quick) count toward their own profile only" in text, text
    assert "studycli exam --profile saa-c03" in text
    assert "other_profiles" not in json.dumps(report.to_dict())  # the JSON shape is unchanged


def test_a_domain_with_nothing_studied_shows_no_data_not_a_prior_as_a_share(tmp_path):
    """A new user read "Secure 43%" (cards 0, studied 0) above a domain recalled at 100%: a
    domain's share with no card studied and no practice answer is only the model's prior, so
    the bar says "no data yet"; --json says so beside the unchanged keys."""
    db = make_db(tmp_path / "r.db")
    r = assess(db, "dva-c02", 720, T0, record=False)
    assert all(d.studied == 0 for d in r.domains) and any(d.cards for d in r.domains)
    out = io.StringIO()
    Console(file=out, width=80, color_system=None).print(render_readiness(r, plain=True))
    bars = out.getvalue().split("Expected share right, by domain")[1].split("\n\n")[0]
    assert "%" not in bars.replace("% of exam", ""), bars
    assert bars.count("no data yet") == 4
    assert "no card studied, no practice answers" in out.getvalue()
    dom = r.to_dict()["domains"][0]
    assert dom["measured"] is False and dom["expected_correct"]["basis"] == "prior"
    assert dom["expected_correct"]["point"] is not None  # the forecast still counts it
    study_all(db, T0)
    after = assess(db, "dva-c02", 720, T0 + timedelta(hours=1), record=False)
    studied = [d for d in after.domains if d.studied]
    assert studied and all(d.to_dict()["measured"] for d in studied)
