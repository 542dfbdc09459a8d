"""An exam ended by Ctrl-C is kept but marked: --history says 'interrupted', not a plain
fail, the trend and readiness (practice and forecast) leave it out, and
`exam --discard ID|last` removes an attempt taken by mistake, with its answers."""

from __future__ import annotations

import json
import signal
import subprocess
import sys

import pytest

from studycli.store.exams import discard_attempt, list_attempts

from .helpers import REPO, OutputWatch, run_here


def _interrupted_after_one_answer() -> subprocess.CompletedProcess:
    with subprocess.Popen([sys.executable, "-m", "studycli", "exam", "-p", "quick", "--seed",
                           "2"], stdin=subprocess.PIPE, stdout=subprocess.PIPE,
                          stderr=subprocess.PIPE, text=True, cwd=REPO) as proc:
        assert proc.stdin is not None and proc.stdout is not None and proc.stderr is not None
        watch = OutputWatch(proc.stdout)
        try:
            watch.wait_for(r"answered 0/\d+[\s\S]*s submit")  # the first question's key
            proc.stdin.write("1\nn\n")  # answer it, go on to the second
            proc.stdin.flush()
            watch.wait_for(r"question 2/\d+\s+answered 1/\d+[\s\S]*s submit")
            proc.send_signal(signal.SIGINT)
            proc.wait(timeout=60)
            err = proc.stderr.read()
        finally:
            if proc.poll() is None:
                proc.kill()
        watch.join()
    return subprocess.CompletedProcess(proc.args, proc.returncode, watch.text, err)


def test_ctrl_c_keeps_the_attempt_marked_interrupted_in_history(exam_db):
    done = _interrupted_after_one_answer()
    assert done.returncode == 1
    assert done.stderr.strip() == ("studycli: interrupted; the questions answered so far are "
                                   "saved as this attempt, marked interrupted (`studycli exam "
                                   "--discard last` removes it)")
    [attempt] = list_attempts(exam_db)
    assert attempt["interrupted"] and attempt["unanswered"] == attempt["questions"] - 1
    shown = run_here("exam", "--history", env={"COLUMNS": "80"})
    row = next(line for line in shown.stdout.splitlines() if attempt["id"][:6] in line)
    assert "interrupted" in row and "fail" not in row  # not a plain fail
    assert str(attempt["scaled"]) not in row.split()  # nor a score that reads as one
    said = " ".join(shown.stdout.split())
    assert "1 of 10 answered" in said and "left out of the trend" in said
    assert "Trend: none yet" in said
    assert max(len(line) for line in shown.stdout.splitlines()) <= 80
    data = json.loads(run_here("exam", "--history", "--json").stdout)
    assert data["attempts"][0]["interrupted"] is True
    assert data["trend"]["attempts"] == 0  # a partial attempt's score is no trend point


def test_discard_removes_an_attempt_and_its_answers(exam_db):
    _interrupted_after_one_answer()
    [attempt] = list_attempts(exam_db)
    gone = run_here("exam", "--discard", attempt["id"][:6])
    assert gone.returncode == 0, gone.stderr
    assert "Discarded the quick attempt" in gone.stdout and "interrupted" in gone.stdout
    assert list_attempts(exam_db) == []
    answers = exam_db.conn.execute("SELECT count(*) FROM exam_answers").fetchone()[0]
    assert answers == 0
    again = run_here("exam", "--discard", "last")
    assert again.returncode == 1 and again.stderr.startswith("studycli: no exam attempt 'last'")


def test_discard_refuses_a_prefix_naming_two(exam_db):
    from studycli.errors import StudyError

    for n in range(2):
        exam_db.conn.execute(
            "INSERT INTO exam_attempts (id, profile, seed, started_at, finished_at, questions, "
            "raw, scaled, pass_mark, passed, unanswered, timed_out, seconds) VALUES "
            "(?, 'quick', 1, '2026-01-01T00:00:00', ?, 10, 5, 500, 720, 0, 0, 0, 60)",
            [f"abcd{n}", f"2026-01-01T00:0{n}:00"])
    with pytest.raises(StudyError, match="2 attempts start with 'abcd'"):
        discard_attempt(exam_db, "abcd")
    assert discard_attempt(exam_db, "last")["id"] == "abcd1"
    assert [a["id"] for a in list_attempts(exam_db)] == ["abcd0"]


def test_readiness_leaves_an_interrupted_attempt_out_as_the_trend_does(exam_db):
    """One rule for an attempt ended by Ctrl-C: no measure anywhere. Readiness counted its one
    answer ("practice 100% of 1 answer") while --history said it was left out of the trend."""
    from studycli.store.readiness import attempts, exam_answers

    _interrupted_after_one_answer()
    assert attempts(exam_db, "quick") == []  # no score to forecast from
    assert exam_answers(exam_db, "quick") == []  # nor answers to measure practice by
    result = run_here("readiness", "--profile", "quick")
    assert "of 1 answer" not in result.stdout, result.stdout


def _attempt(exam_db, ident: str, interrupted: int) -> None:
    """An attempt of three questions: the first missed, the second right, the third left
    unanswered (chosen '[]')."""
    exam_db.conn.execute(
        "INSERT INTO exam_attempts (id, profile, seed, started_at, finished_at, questions, "
        "raw, scaled, pass_mark, passed, unanswered, timed_out, seconds, interrupted) VALUES "
        "(?, 'quick', 1, '2026-01-01T00:00:00', '2026-01-01T00:05:00', 3, 1, 300, 720, 0, 1, "
        "0, 60, ?)", [ident, interrupted])
    for position, (chosen, correct, fact) in enumerate(
            (("[1]", 0, "f-missed"), ("[0]", 1, "f-right"), ("[]", 0, "f-unseen"))):
        exam_db.conn.execute(
            "INSERT INTO exam_answers (attempt_id, position, question_id, service, kind, "
            "chosen, correct, fact_ids) VALUES (?, ?, ?, 'SQS', 'limit', ?, ?, ?)",
            [ident, position, f"q{position}", chosen, correct, json.dumps([fact])])


def test_missed_after_an_interrupted_exam_drills_only_what_was_answered_wrong(exam_db):
    from studycli.store.exams import last_missed_fact_ids

    _attempt(exam_db, "stopped", interrupted=1)
    assert last_missed_fact_ids(exam_db) == ["f-missed"]  # not the question never seen
    exam_db.conn.execute("DELETE FROM exam_answers")
    exam_db.conn.execute("DELETE FROM exam_attempts")
    _attempt(exam_db, "submitted", interrupted=0)  # submitted blank: a miss
    assert last_missed_fact_ids(exam_db) == ["f-missed", "f-unseen"]


def test_discard_with_an_empty_id_is_a_usage_error_and_discards_nothing(exam_db):
    _attempt(exam_db, "kept", interrupted=0)
    for empty in ("", "  "):
        done = run_here("exam", "--discard", empty)
        assert done.returncode == 2
        assert done.stderr.startswith("studycli exam: --discard needs an attempt's id")
    assert [a["id"] for a in list_attempts(exam_db)] == ["kept"]
    assert run_here("exam", "--discard", "LAST").returncode == 0  # 'last' in any case
    assert list_attempts(exam_db) == []
