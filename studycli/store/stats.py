"""SQL for progress figures: streaks, forecasts, retention, reviews per day."""

from __future__ import annotations

from datetime import datetime

from studycli.days import local, start_of_day
from studycli.scheduler import format_time

ACTIVE = "suspended = 0 AND missing = 0"


def _count(db, sql: str, params=()) -> int:
    return db.conn.execute(sql, params).fetchone()[0] or 0


def reviews_between(db, start: str, end: str) -> int:
    return _count(db, "SELECT count(*) FROM reviews WHERE reviewed_at >= ? AND reviewed_at < ?",
                  [start, end])


def streak(db, now: datetime) -> int:
    """Days in a row with at least one review, ending today (or yesterday, if none yet today).
    One indexed probe per day, so a long history costs nothing."""
    def reviewed_on(offset: int) -> bool:
        start, end = start_of_day(now, offset), start_of_day(now, offset + 1)
        return db.conn.execute(
            "SELECT 1 FROM reviews WHERE reviewed_at >= ? AND reviewed_at < ? LIMIT 1",
            [format_time(start), format_time(end)]).fetchone() is not None

    offset = 0 if reviewed_on(0) else -1
    days = 0
    while reviewed_on(offset - days):
        days += 1
    return days


def due_before(db, before: str) -> int:
    return _count(db, f"SELECT count(*) FROM cards WHERE state != 0 AND {ACTIVE} AND due < ?",
                  [before])


def collect(db, now: datetime) -> dict:
    """Everything `studycli stats` shows, as plain data (the --json shape)."""
    by_state = dict(db.conn.execute(
        f"SELECT CASE WHEN NOT ({ACTIVE}) THEN 'suspended' WHEN state = 0 THEN 'new' "
        "WHEN state = 2 THEN 'review' ELSE 'learning' END, count(*) FROM cards GROUP BY 1"
    ).fetchall())
    today = format_time(start_of_day(now))
    month_ago = format_time(start_of_day(now, -29))
    row = db.conn.execute(
        "SELECT count(*), sum(rating > 1) FROM reviews "
        "WHERE reviewed_at >= ? AND cram = 0 AND prev_state = 2", [month_ago]).fetchone()
    retention = round(row[1] / row[0], 3) if row[0] else None
    forecast = []
    for day in range(7):
        # Day 0 includes everything overdue: it is all due today.
        end = format_time(start_of_day(now, day + 1))
        start = format_time(start_of_day(now, day)) if day else ""
        forecast.append({
            "date": local(start_of_day(now, day)).date().isoformat(),
            "due": _count(db, f"SELECT count(*) FROM cards WHERE state != 0 AND {ACTIVE} "
                              "AND due >= ? AND due < ?", [start, end]),
        })
    per_day = []
    for day in range(-29, 1):
        day_start, day_end = start_of_day(now, day), start_of_day(now, day + 1)
        per_day.append({"date": local(day_start).date().isoformat(),
                        "reviews": reviews_between(db, format_time(day_start),
                                                   format_time(day_end))})
    from studycli.services import canonical_service

    weakest = [
        {"service": canonical_service(s) or s, "lapses": n, "cards": c}
        for s, n, c in db.conn.execute(
            "SELECT service, sum(lapses), count(*) FROM cards GROUP BY service "
            "HAVING sum(lapses) > 0 ORDER BY 2 DESC, 1 LIMIT 5")
    ]
    return {
        "cards": sum(by_state.values()),
        "new": by_state.get("new", 0),
        "learning": by_state.get("learning", 0),
        "review": by_state.get("review", 0),
        "suspended": by_state.get("suspended", 0),
        "flagged": _count(db, "SELECT count(*) FROM cards WHERE flagged = 1"),
        "reviews_today": _count(db, "SELECT count(*) FROM reviews WHERE reviewed_at >= ?",
                                [today]),
        "reviews_total": _count(db, "SELECT count(*) FROM reviews"),
        "retention_30d": retention,
        "streak_days": streak(db, now),
        "due_forecast": forecast,
        "reviews_per_day": per_day,
        "weakest_services": weakest,
    }
