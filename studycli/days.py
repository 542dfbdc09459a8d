"""Local calendar days: daily limits, streaks and forecasts count in the student's own day."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta


def local(now: datetime) -> datetime:
    """`now` in the machine's local time zone (aware)."""
    return now.astimezone()


def start_of_day(now: datetime, offset_days: int = 0) -> datetime:
    """Local midnight starting the day `offset_days` from `now`'s day, as UTC."""
    here = local(now)
    midnight = datetime(here.year, here.month, here.day) + timedelta(days=offset_days)
    # Through a naive local datetime so DST changes give the real local midnight.
    return midnight.astimezone().astimezone(UTC)
