"""Charts: review calendar, due forecast, retention; plain text off a terminal, 80 columns."""

import io
import json
import random
from datetime import timedelta

from rich.console import Console
from typer.testing import CliRunner

from studycli.charts import collect, due_forecast, review_calendar
from studycli.cli import app
from studycli.days import local
from studycli.quiz.session import QuizOptions, Session
from studycli.ui.charts import render_stats_charts

from .quiz_facts import sample_db
from .test_quiz import T0, Clock

runner = CliRunner()


def studied_db(path, days=(0, 1, 3)):
    db = sample_db(path)
    for day in days:
        clock = Clock(T0 + timedelta(days=day))
        s = Session(db, QuizOptions(fuzz=False, new=5), clock=clock, rng=random.Random(day))
        while (item := s.next()) is not None:
            if item.question.options:
                s.answer(item, set(item.question.answers), 9000)
            else:
                s.grade(item, 3, 3000)
            clock.now += timedelta(minutes=1)
    return db


def test_calendar_counts_each_review_on_its_local_day(tmp_path):
    db = studied_db(tmp_path / "c.db")
    now = T0 + timedelta(days=3, hours=2)
    cal = review_calendar(db, now)
    total = db.conn.execute("SELECT count(*) FROM reviews").fetchone()[0]
    assert sum(cal["days"].values()) == total
    assert local(T0).date().isoformat() in cal["days"]
    assert local(T0 + timedelta(days=2)).date().isoformat() not in cal["days"]
    due = due_forecast(db, now)
    assert len(due) == 30
    seen = db.conn.execute("SELECT count(*), max(due) FROM cards WHERE state != 0").fetchone()
    assert seen[1] < (now + timedelta(days=29)).strftime("%Y-%m-%dT%H")  # all due inside 30 days
    assert sum(d["due"] for d in due) == seen[0] > 0


def test_plain_charts_fit_80_columns_without_escapes_or_blocks(tmp_path):
    db = studied_db(tmp_path / "c.db")
    charts = collect(db, T0 + timedelta(days=3, hours=2))
    out = io.StringIO()
    Console(file=out, width=200, color_system=None).print(render_stats_charts(charts, plain=True))
    text = out.getvalue()
    assert "\x1b" not in text and "█" not in text and "■" not in text
    assert max(len(line.rstrip()) for line in text.splitlines()) <= 80
    assert "reviews on" in text and "Retention" in text


def test_stats_json_has_the_chart_data(tmp_path):
    db_path = tmp_path / "c.db"
    studied_db(db_path).conn.close()
    result = runner.invoke(app, ["stats", "--json", "--db", str(db_path)])
    assert result.exit_code == 0, result.output
    data = json.loads(result.stdout)
    assert {"calendar", "due_forecast_30d", "retention_weekly", "cards", "streak_days"} <= set(data)
    assert len(data["due_forecast_30d"]) == 30
