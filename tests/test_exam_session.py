"""Taking an exam: scripted keys, an injected clock, running out of time, scoring, storing."""

from __future__ import annotations

import io
import json
import subprocess
import sys

import pytest
from rich.console import Console
from typer.testing import CliRunner

from studycli import exam as exam_pkg
from studycli.cli import app
from studycli.exam.scoring import scaled_score, score
from studycli.exam.session import ExamSession
from studycli.store.exams import list_attempts
from studycli.ui.exam_loop import run_exam
from studycli.ui.keyinput import ScriptedKeys

runner = CliRunner()


class FakeClock:
    def __init__(self, start: float = 1000.0):
        self.now = start

    def __call__(self) -> float:
        return self.now


@pytest.fixture
def db(exam_db):
    return exam_db  # this file's name for the exam fact base (conftest.py draws `paper` on it)


def console():
    out = io.StringIO()
    return Console(file=out, width=100, color_system=None), out


def right_keys(paper):
    """Keys answering every question right, moving on after each."""
    keys = []
    for q in paper.questions:
        keys += [str(a + 1) for a in q.answers] + ["n"]
    return keys + ["s", "y"]


def test_all_right_scores_full_marks(paper):
    clock = FakeClock()
    session = ExamSession.start(paper, clock)
    con, out = console()
    run_exam(session, ScriptedKeys(right_keys(paper)), con)
    assert session.finished and not session.timed_out
    result = score(paper, session.answers())
    assert (result.raw, result.total, result.scaled, result.passed) == (10, 10, 1000, True)
    assert "⏱" in out.getvalue()


def test_flag_back_and_forth_and_change_an_answer(paper):
    session = ExamSession.start(paper, FakeClock())
    q0 = paper.questions[0]
    wrong = next(i for i in range(len(q0.options)) if i not in q0.answers)
    keys = [str(wrong + 1), "f", "n", "n", "p", "p"]
    if q0.multi:  # undo the wrong pick, then pick the right ones
        keys += [str(wrong + 1)] + [str(a + 1) for a in q0.answers]
    else:
        keys += [str(q0.answers[0] + 1)]
    keys += ["f", "g 3", "s", "n", "s", "y"]  # "n" at the confirm screen goes back
    con, out = console()
    run_exam(session, ScriptedKeys(keys), con)
    assert session.current == 2 and not session.flagged
    assert session.answers()[0] == tuple(sorted(q0.answers))
    assert "flagged 1" in out.getvalue() and "Submit the exam?" in out.getvalue()


def test_running_out_of_time_ends_the_exam_and_unanswered_are_wrong(paper):
    clock = FakeClock()
    session = ExamSession.start(paper, clock, minutes=15)

    def tick(key):
        clock.now += 6 * 60  # each key takes six minutes

    keys = right_keys(paper)
    con, out = console()
    run_exam(session, ScriptedKeys(keys, on_read=tick), con)
    assert session.timed_out and session.finished
    assert session.remaining() == 0 and session.elapsed() == 15 * 60
    answered = session.answered()
    # Keys land at 6 and 12 minutes (on question 1); the third, at 18, is too late.
    assert answered == 1 and session.answers()[0] and not any(session.answers()[1:])
    result = score(paper, session.answers(), timed_out=True)
    assert result.unanswered == len(paper.questions) - answered
    assert result.raw <= answered and not result.passed
    assert "Time is up." in out.getvalue()


def test_end_of_input_submits(paper):
    session = ExamSession.start(paper, FakeClock())
    run_exam(session, ScriptedKeys(["1"]), console()[0])
    assert session.finished and not session.timed_out and session.answered() == 1


def test_scaled_score_is_a_line_from_100_to_1000():
    assert scaled_score(0, 65) == 100 and scaled_score(65, 65) == 1000
    assert scaled_score(47, 65) == round(100 + 900 * 47 / 65)


def test_breakdown_by_service_and_kind(paper):
    answers = [tuple(q.answers) if i % 2 else () for i, q in enumerate(paper.questions)]
    result = score(paper, answers)
    assert sum(t.total for t in result.by_service.values()) == len(paper.questions)
    assert sum(t.right for t in result.by_kind.values()) == result.raw == 5
    assert [m.index for m in result.misses] == [0, 2, 4, 6, 8]


def _tables(db):
    return {t: db[t].count for t in db.table_names()
            if not t.startswith(("exam_", "facts_fts", "_"))}


def test_cli_exam_stores_results_and_leaves_the_quiz_alone(db, paper):
    before = _tables(db)
    wrong_first = []
    for i, q in enumerate(paper.questions):
        pick = q.answers if i else [next(k for k in range(len(q.options)) if k not in q.answers)]
        wrong_first += [str(a + 1) for a in pick] + ["n"]
    result = runner.invoke(app, ["exam", "--profile", "quick", "--seed", "11"],
                           input="\n".join(wrong_first + ["s", "y"]) + "\n",
                           env={"COLUMNS": "110"})
    assert result.exit_code == 0, result.output
    out = result.stdout
    assert "Raw score 9/10" in out and "approximate" in out and "PASS" in out
    assert "By service" in out and "By what was asked" in out
    miss = paper.questions[0]
    assert f"{miss.source}:{miss.line}" in out and "right answer" in out
    attempts = list_attempts(db)
    assert len(attempts) == 1 and attempts[0]["raw"] == 9 and attempts[0]["passed"]
    assert _tables(db) == before  # cards, reviews, facts: untouched by an exam
    assert exam_pkg.last_missed_fact_ids(db) == list(miss.fact_ids)


def test_a_blank_exam_is_not_saved(db, paper):
    r = runner.invoke(app, ["exam", "-p", "quick", "--seed", "11"], input="s\ny\n")
    assert r.exit_code == 0, r.output
    assert "not saved" in r.stdout
    assert list_attempts(db) == []


def test_history_shows_trend(db, paper):
    q = paper.questions[0]
    wrong = str(next(k for k in range(len(q.options)) if k not in q.answers) + 1)
    for raw_keys in ([wrong, "s", "y"], right_keys(paper)):
        r = runner.invoke(app, ["exam", "-p", "quick", "--seed", "11"],
                          input="\n".join(raw_keys) + "\n")
        assert r.exit_code == 0, r.output
    data = json.loads(runner.invoke(app, ["exam", "--history", "--json"]).stdout)
    assert [a["scaled"] for a in data["attempts"]] == [100, 1000]
    assert data["trend"]["change"] == 900
    text = runner.invoke(app, ["exam", "--history"], env={"COLUMNS": "110"}).stdout
    assert "Trend" in text and "+900" in text
    assert exam_pkg.last_missed_fact_ids(db) == []


def test_json_prints_the_design_shape_and_does_not_start(db):
    before = list_attempts(db)
    result = runner.invoke(app, ["exam", "--json", "--profile", "quick", "--seed", "5"])
    assert result.exit_code == 0, result.output
    data = json.loads(result.stdout)
    assert set(data) == {"profile", "seed", "questions"}
    assert (data["profile"], data["seed"], len(data["questions"])) == ("quick", 5, 10)
    keys = {"id", "service", "kind", "stem", "options", "answers", "multi", "explanation",
            "source", "line", "subject", "domain", "style", "fact_ids"}
    assert all(set(q) == keys for q in data["questions"])
    assert all(q["style"] in ("recall", "choice", "scenario", "multi") and q["fact_ids"]
               and q["subject"] for q in data["questions"])
    assert list_attempts(db) == before


def test_export_writes_markdown_with_the_answer_key(db, tmp_path):
    target = tmp_path / "exam.md"
    result = runner.invoke(app, ["exam", "--export", str(target), "--seed", "3",
                                 "--questions", "12"])
    assert result.exit_code == 0, result.output
    text = target.read_text(encoding="utf-8")
    head, key = text.split("## Answer key")
    assert head.count("\n**") == 12
    assert "(Choose TWO.)" in head or "(Choose THREE.)" in head
    assert key.count("\n- **") == 12
    data = json.loads(runner.invoke(app, ["exam", "--json", "--seed", "3", "-n", "12"]).stdout)
    first = data["questions"][0]
    letters = ", ".join("ABCDEF"[i] for i in first["answers"])
    assert f"- **1. {letters}**" in key and f"{first['source']}:{first['line']}" in key


def test_bad_input_is_one_line(db):
    # in this process (run_here, the console script's entry); the same cases through a real
    # process: tests/test_app.py test_exam_fast_path_bad_input_is_one_line
    from .helpers import run_here

    for args in (["exam", "--profile", "nope"], ["exam", "--service", "zzz", "--json"],
                 ["exam", "--questions", "0", "--json"]):
        proc = run_here(*args)
        assert proc.returncode == (1 if "--service" in args else 2), args
        assert len(proc.stderr.strip().splitlines()) == 1 and "Traceback" not in proc.stderr


def test_exam_through_a_pipe(db):
    proc = subprocess.run([sys.executable, "-m", "studycli", "exam", "-p", "quick", "--seed", "2"],
                          input="1\nn\n2\ns\ny\n", capture_output=True, text=True)
    assert proc.returncode == 0, proc.stderr
    assert "Raw score" in proc.stdout and "Review" in proc.stdout


class TerminalKeys(ScriptedKeys):
    """Like a terminal: reads time out (None) and the screen is redrawn live."""

    interactive = True


def test_terminal_countdown_runs_out_while_waiting_for_keys(paper):
    clock = FakeClock()
    session = ExamSession.start(paper, clock, minutes=1)

    def tick(key):
        clock.now += 20  # every read waits 20 seconds

    q0 = paper.questions[0]
    keys = TerminalKeys([str(q0.answers[0] + 1), None, None, None, None], on_read=tick)
    con, out = console()
    run_exam(session, keys, con, redraw_every=0)
    assert session.timed_out and session.answered() == 1
    assert keys.keys == [None, None]  # reads at 20, 40, 60 s; none after time is up
    assert "Time is up." in out.getvalue()


def test_single_key_go_to_and_clear(paper):
    from studycli.ui.exam_loop import apply_key

    session = ExamSession.start(paper, FakeClock())
    state: dict = {}
    for key in ("g", "1", "2", "backspace", "0", "enter"):
        apply_key(session, key, state)
    assert session.current == 9  # "g 1 2 ⌫ 0 ⏎" goes to question 10
    apply_key(session, "1", state)
    assert session.answered() == 1
    apply_key(session, "x", state)
    assert session.answered() == 0
    assert apply_key(session, "z", state).startswith("unknown key")


def test_the_sessions_paper_is_what_its_database_draws(db, paper):
    """conftest's `paper` is one draw a session, unpickled for each test: it must be the exam
    a fresh pool of the test's own database draws (same seed, same facts, same exam)."""
    from dataclasses import asdict

    from studycli.exam.generate import generate_exam, load_pool
    from studycli.exam.profiles import get_profile

    assert asdict(paper) == asdict(generate_exam(load_pool(db), get_profile("quick"), 11))
