"""`studycli stats` as plain data (its --json shape): the store's counts laid out in the
student's local days, with the streak and retention rules of studycli.quiz.figures."""

from __future__ import annotations

from datetime import datetime

from studycli.days import local, start_of_day
from studycli.quiz.figures import retention, streak
from studycli.scheduler import format_time
from studycli.store import stats as counts

FORECAST_DAYS = 7
HISTORY_DAYS = 30
WEAKEST = 5


def _day(now: datetime, offset: int) -> str:
    return format_time(start_of_day(now, offset))


def collect(db, now: datetime) -> dict:
    """Everything `studycli stats` shows."""
    by_state = counts.cards_by_state(db)
    answers, kept = counts.review_state_answers(db, _day(now, 1 - HISTORY_DAYS))
    # Day 0 includes everything overdue: it is all due today.
    forecast = [{"date": local(start_of_day(now, day)).date().isoformat(),
                 "due": counts.due_between(db, _day(now, day) if day else "", _day(now, day + 1))}
                for day in range(FORECAST_DAYS)]
    per_day = [{"date": local(start_of_day(now, day)).date().isoformat(),
                "reviews": counts.reviews_between(db, _day(now, day), _day(now, day + 1))}
               for day in range(1 - HISTORY_DAYS, 1)]
    from studycli.services import canonical_service

    weakest = [{"service": canonical_service(s) or s, "lapses": n, "cards": c}
               for s, n, c in counts.lapses_by_service(db, WEAKEST)]
    return {
        "cards": sum(by_state.values()),
        "new": by_state.get("new", 0),
        "unvouched": counts.unvouched_new(db),
        "learning": by_state.get("learning", 0),
        "review": by_state.get("review", 0),
        "suspended": by_state.get("suspended", 0),  # by the student (s in the quiz)
        # cards whose facts left the notes (set-aside sample notes, deleted lines): never
        # asked, and not the student's doing either
        "missing": by_state.get("missing", 0),
        # cards the quiz builds no question for (recorded at ingest), never suspended by the
        # student: apart, so "suspended" still means what the student did
        "unaskable": by_state.get("unaskable", 0),
        "flagged": counts.flagged_cards(db),
        # Scheduled reviews only: a cram session leaves the schedule alone, and 83 cram
        # answers counted as "reviews today" hid that 9 cards were due. Cram is counted apart.
        "reviews_today": counts.reviews_since(db, _day(now, 0)),
        "reviews_total": counts.reviews_total(db),
        "cram_today": counts.cram_since(db, _day(now, 0)),
        "retention_30d": retention(answers, kept),
        "streak_days": streak(db, now),
        "due_forecast": forecast,
        "reviews_per_day": per_day,
        "weakest_services": weakest,
    }
