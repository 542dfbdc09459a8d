"""The clock a workflow reads: wall time for what is stored, a monotonic timer for durations
and countdowns (a system clock change mid-exam must not steal or give minutes)."""

from __future__ import annotations

import time
from collections.abc import Callable
from datetime import UTC, datetime


def _utc_now() -> datetime:
    return datetime.now(UTC)


class Clock:
    """`now()`: an aware datetime; `monotonic()`: seconds. A plain class, not a dataclass:
    it is built on every quiz's and exam's start-up path."""

    __slots__ = ("now", "monotonic")

    def __init__(self, now: Callable[[], datetime] = _utc_now,
                 monotonic: Callable[[], float] = time.monotonic) -> None:
        self.now = now
        self.monotonic = monotonic

    def stamp(self) -> str:
        """The wall time as stored for an exam attempt (ISO, to the second)."""
        return self.now().isoformat(timespec="seconds")


SYSTEM_CLOCK = Clock()


def today(clock: Clock | None = None) -> str:
    """The student's local calendar date (ISO), by the app's clock: what an AWS change that
    takes effect on a date (data/reference: a `changed` still to come) is judged against."""
    return (clock or SYSTEM_CLOCK).now().astimezone().date().isoformat()
