"""The clock a workflow reads: wall time for what is stored, a monotonic timer for durations
and countdowns (a system clock change mid-exam must not steal or give minutes)."""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime


def _utc_now() -> datetime:
    return datetime.now(UTC)


@dataclass(frozen=True)
class Clock:
    now: Callable[[], datetime] = _utc_now       # aware
    monotonic: Callable[[], float] = time.monotonic  # seconds

    def stamp(self) -> str:
        """The wall time as stored for an exam attempt (ISO, to the second)."""
        return self.now().isoformat(timespec="seconds")


SYSTEM_CLOCK = Clock()
