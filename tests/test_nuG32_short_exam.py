"""An exam too short to measure one gives its score but no pass/fail verdict, and readiness
compares no forecast with its score: "2/2 scaled 1000: PASS" on two questions measured nothing
(scoring.VERDICT_MIN_QUESTIONS)."""

from __future__ import annotations

import json

from typer.testing import CliRunner

from studycli.cli import app
from studycli.exam.scoring import VERDICT_MIN_QUESTIONS
from studycli.store.exams import list_attempts

runner = CliRunner()


def _all_right(args: list[str]) -> str:
    """Keys answering every question of `exam ARGS` right, then submitting."""
    drawn = json.loads(runner.invoke(app, ["exam", *args, "--json"]).stdout)
    keys = []
    for q in drawn["questions"]:
        keys += [str(a + 1) for a in q["answers"]] + ["n"]
    return "\n".join(keys + ["s", "y"]) + "\n"


def test_a_short_exam_all_right_says_no_verdict(exam_db):
    assert runner.invoke(app, ["readiness"]).exit_code == 0  # a forecast before the exam
    count = 3
    assert count < VERDICT_MIN_QUESTIONS
    args = ["--seed", "11", "--questions", str(count)]
    done = runner.invoke(app, ["exam", *args], input=_all_right(args), env={"COLUMNS": "80"})
    assert done.exit_code == 0, done.output
    out = " ".join(done.stdout.split())
    assert f"Raw score {count}/{count}" in out
    assert "PASS" not in out and "FAIL" not in out
    assert (f"{count} questions cannot measure an exam: no pass/fail verdict under "
            f"{VERDICT_MIN_QUESTIONS} questions") in out
    [attempt] = list_attempts(exam_db)
    assert attempt["questions"] == count and attempt["passed"] is None
    shown = runner.invoke(app, ["exam", "--history"], env={"COLUMNS": "80"})
    row = next(line for line in shown.stdout.splitlines() if attempt["id"][:6] in line)
    assert "no verdict" in row and "pass" not in row
    history = json.loads(runner.invoke(app, ["exam", "--history", "--json"]).stdout)
    assert history["trend"]["passed"] == 0
    report = json.loads(runner.invoke(app, ["readiness", "--json"]).stdout)
    assert report["calibration"] == []  # its score is compared with no forecast


def test_a_full_quick_exam_keeps_its_verdict(exam_db):
    args = ["--profile", "quick", "--seed", "11"]
    done = runner.invoke(app, ["exam", *args], input=_all_right(args), env={"COLUMNS": "80"})
    assert done.exit_code == 0, done.output
    assert f"Raw score {VERDICT_MIN_QUESTIONS}/{VERDICT_MIN_QUESTIONS}" in done.stdout
    assert "PASS" in done.stdout
