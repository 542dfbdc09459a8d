"""`stats`' due chart: every day with a card due shows a block, however many are due today,
and the line under it adds up to the forecast it draws (the `--json` due_forecast_30d)."""

from __future__ import annotations

import io
from datetime import date, timedelta

from rich.console import Console

from studycli.ui.charts import due_bars


def _forecast(due: dict[int, int]) -> list[dict]:
    first = date(2026, 12, 2)
    return [{"date": (first + timedelta(days=i)).isoformat(), "due": due.get(i, 0)}
            for i in range(30)]


def _drawn(forecast) -> list[str]:
    out = io.StringIO()
    Console(file=out, width=80, color_system=None).print(due_bars(forecast, plain=True))
    return out.getvalue().splitlines()


def test_a_single_card_beside_fifteen_today_gets_its_block():
    lines = _drawn(_forecast({0: 15, 7: 1, 10: 1}))
    bottom = lines[5]  # the last of the six rows of bars
    columns = [bottom[5 + 2 * i] for i in range(30)]
    assert [i for i, c in enumerate(columns) if c == "#"] == [0, 7, 10]
    # The scale names the tallest column only: no stray figure beside the bottom row.
    assert lines[0].split()[0] == "15" and not bottom[:4].strip()


def test_the_summary_adds_up_to_the_forecast():
    text = "\n".join(_drawn(_forecast({0: 15, 7: 1, 10: 1})))
    assert "17 cards due in 30 days: 15 today" in text
    assert "1 on Dec 9" in text and "1 on Dec 12" in text


def test_stats_figures_agree_with_each_other_and_with_the_quiz_summary(tmp_path):
    """The 7-day table, the 30-day chart's data and the quiz's "Due tomorrow" and "Next 7
    days after today" count the same cards on the same local days."""
    import random

    from studycli.app.stats import collect as stats
    from studycli.charts import collect as charts
    from studycli.quiz.session import QuizOptions, Session

    from .test_charts import studied_db
    from .test_quiz import T0, Clock

    db = studied_db(tmp_path / "c.db", days=(0, 2, 5))
    for hours in (0, 7, 30, 80):
        now = T0 + timedelta(days=5, hours=hours)
        week = [d["due"] for d in stats(db, now)["due_forecast"]]
        month = [d["due"] for d in charts(db, now)["due_forecast_30d"]]
        assert week == month[:7]
        summary = Session(db, QuizOptions(fuzz=False, new=0, reviews=0), clock=Clock(now),
                          rng=random.Random(0)).summary()
        assert summary.due_tomorrow == month[1]
        assert summary.due_week == sum(month[1:8])
        assert sum(month) > 0


def test_a_card_the_quiz_cannot_ask_is_in_neither_forecast(tmp_path):
    """A seen card later recorded as unaskable (cards_unasked) is no work waiting: the 30-day
    chart counted it while the 7-day table and the quiz did not ("12-10 0" above "then 1 on
    Dec 10")."""
    from studycli.app.stats import collect as stats
    from studycli.charts import collect as charts

    from .test_charts import studied_db
    from .test_quiz import T0

    db = studied_db(tmp_path / "c.db", days=(0, 2, 5))
    now = T0 + timedelta(days=5, hours=7)
    month_before = [d["due"] for d in charts(db, now)["due_forecast_30d"]]
    card, due = db.conn.execute("SELECT id, due FROM cards WHERE state != 0 ORDER BY due DESC"
                                ).fetchone()
    with db.conn:
        db.conn.execute("INSERT INTO cards_unasked (card_id) VALUES (?)", [card])
    week = [d["due"] for d in stats(db, now)["due_forecast"]]
    month = [d["due"] for d in charts(db, now)["due_forecast_30d"]]
    assert week == month[:7]
    assert sum(month) == sum(month_before) - 1
