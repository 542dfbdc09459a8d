"""The rules behind the progress figures a student reads: streak and retention.

Pure functions over counts the store gives (store.stats), so the quiz's summary and
`studycli stats` cannot count a streak or a retention two different ways.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime

from studycli.days import start_of_day
from studycli.scheduler import format_time


def streak_days(reviewed_on: Callable[[int], bool]) -> int:
    """Days in a row with at least one review, ending today (or yesterday, if none yet today).
    `reviewed_on(offset)`: was anything reviewed on the local day `offset` days from today."""
    offset = 0 if reviewed_on(0) else -1
    days = 0
    while reviewed_on(offset - days):
        days += 1
    return days


def streak(db, now: datetime) -> int:
    """The streak ending at `now`'s local day: one indexed probe per day, so a long history
    costs nothing."""
    from studycli.store.stats import any_review_between

    def reviewed_on(offset: int) -> bool:
        return any_review_between(db, format_time(start_of_day(now, offset)),
                                  format_time(start_of_day(now, offset + 1)))

    return streak_days(reviewed_on)


def retention(answers: int, kept: int) -> float | None:
    """The share of review-state answers not forgotten (rated above Again), to three places;
    None with no such answer (no figure is better than a made-up one)."""
    return round(kept / answers, 3) if answers else None
