"""An exam too short for a verdict is stored with its score's comparison to the pass mark,
shown and given as no verdict (passed null), and left out of the trend: a 10-question exam
(190) then a 3-question one (0/3, 100) read "Trend: ▁▁ ↓ -90 scaled over the last 2
attempts", average 145, and a 3/3 stored as a fail."""

from __future__ import annotations

import json

from typer.testing import CliRunner

from studycli.cli import app
from tests.test_nuG32_short_exam import _all_right

runner = CliRunner()


def _all_wrong(args: list[str]) -> str:
    """Keys answering every question of `exam ARGS` wrong (one option off the key)."""
    drawn = json.loads(runner.invoke(app, ["exam", *args, "--json"]).stdout)
    keys = [str(next(i for i in range(4) if i not in q["answers"]) + 1) + "\nn"
            for q in drawn["questions"]]
    return "\n".join(keys + ["s", "y"]) + "\n"


def _history() -> tuple[dict, str]:
    data = json.loads(runner.invoke(app, ["exam", "--history", "--json"]).stdout)
    text = runner.invoke(app, ["exam", "--history"], env={"COLUMNS": "80"}).stdout
    return data, " ".join(text.split())


def test_a_short_exam_is_left_out_of_the_trend(exam_db):
    full = ["--seed", "11", "--questions", "10"]
    assert runner.invoke(app, ["exam", *full], input=_all_right(full)).exit_code == 0
    short = ["--seed", "12", "--questions", "3"]
    assert runner.invoke(app, ["exam", *short], input=_all_wrong(short)).exit_code == 0
    right = ["--seed", "13", "--questions", "3"]
    assert runner.invoke(app, ["exam", *right], input=_all_right(right)).exit_code == 0
    data, text = _history()
    first, *shorts = data["attempts"]
    assert first["questions"] == 10 and first["passed"] is True
    assert [a["passed"] for a in shorts] == [None, None]
    assert data["trend"]["attempts"] == 1 and data["trend"]["change"] is None
    assert data["trend"]["average"] == data["trend"]["best"] == first["scaled"]
    assert shorts[0]["raw"] == 0 and shorts[1]["raw"] == 3
    assert data["trend"]["passed"] == 1
    assert "↓" not in text and "left out of the trend" in text
    stored = [r[0] for r in exam_db.conn.execute(
        "SELECT passed FROM exam_attempts ORDER BY finished_at, rowid")]
    assert stored == [1, 0, 1]  # the 3/3 reached the mark: no verdict, yet not a fail
