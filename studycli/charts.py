"""Chart data for `stats`: a review calendar, the due forecast and retention over time, each
folded into the student's local days from hourly buckets."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

from studycli.days import local, start_of_day
from studycli.scheduler import format_time
from studycli.store import history

HEATMAP_WEEKS = 26
FORECAST_DAYS = 30
RETENTION_WEEKS = 12


def _local_day(hour: str) -> date:
    """'2026-03-02T09' (UTC) -> the local date of the middle of that hour."""
    t = datetime.strptime(hour, "%Y-%m-%dT%H").replace(tzinfo=UTC)
    return local(t + timedelta(minutes=30)).date()


def review_calendar(db, now: datetime, weeks: int = HEATMAP_WEEKS) -> dict[str, object]:
    today = local(now).date()
    first = today - timedelta(days=today.weekday() + 7 * (weeks - 1))  # a Monday
    since = format_time(start_of_day(now, (first - today).days))
    days: dict[str, int] = {}
    for hour, n in history.reviews_per_hour(db, since):
        d = _local_day(hour)
        if first <= d <= today:
            days[d.isoformat()] = days.get(d.isoformat(), 0) + n
    return {"first": first.isoformat(), "today": today.isoformat(), "days": days}


def due_forecast(db, now: datetime, days: int = FORECAST_DAYS) -> list[dict]:
    """Cards due on each of the next `days` local days; today includes everything overdue."""
    today = local(now).date()
    until = format_time(start_of_day(now, days))
    counts = [0] * days
    for hour, n in history.due_per_hour(db, until):
        offset = max(0, (_local_day(hour) - today).days)
        if offset < days:
            counts[offset] += n
    return [{"date": (today + timedelta(days=i)).isoformat(), "due": counts[i]}
            for i in range(days)]


def retention_by_week(db, now: datetime, weeks: int = RETENTION_WEEKS) -> list[dict]:
    today = local(now).date()
    monday = today - timedelta(days=today.weekday())
    first = monday - timedelta(weeks=weeks - 1)
    since = format_time(start_of_day(now, (first - today).days))
    totals = [[0, 0] for _ in range(weeks)]
    for hour, n, kept in history.recall_per_hour(db, since):
        index = (_local_day(hour) - first).days // 7
        if 0 <= index < weeks:
            totals[index][0] += n
            totals[index][1] += kept or 0
    return [{"week": (first + timedelta(weeks=i)).isoformat(), "reviews": n,
             "retention": round(k / n, 3) if n else None} for i, (n, k) in enumerate(totals)]


def collect(db, now: datetime) -> dict:
    return {"calendar": review_calendar(db, now), "due_forecast_30d": due_forecast(db, now),
            "retention_weekly": retention_by_week(db, now)}
