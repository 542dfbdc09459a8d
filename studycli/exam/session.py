"""A timed exam in progress: answers, flags, the current question, the clock.

Pure state: no input, no output. Time comes from an injected clock (a function returning
seconds, e.g. time.monotonic), so tests can run the clock out.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field

from studycli.exam.model import Exam


@dataclass
class ExamSession:
    """An exam being taken: its clock, the current question and the answers chosen."""
    exam: Exam
    clock: Callable[[], float]
    seconds: float
    started: float = 0.0
    current: int = 0
    chosen: dict[int, set[int]] = field(default_factory=dict)
    flagged: set[int] = field(default_factory=set)
    finished: bool = False
    timed_out: bool = False
    ended: float | None = None

    @classmethod
    def start(cls, exam: Exam, clock: Callable[[], float], minutes: float | None = None):
        return cls(exam, clock, 60.0 * (minutes if minutes is not None else exam.minutes),
                   started=clock())

    # ---------------------------------------------------------------- time
    def remaining(self) -> float:
        end = self.ended if self.ended is not None else self.clock()
        return max(0.0, self.seconds - (end - self.started))

    def elapsed(self) -> float:
        end = self.ended if self.ended is not None else self.clock()
        return end - self.started

    def check_time(self) -> bool:
        """End the exam if time is up; True when it has ended."""
        if not self.finished and self.remaining() <= 0:
            self.timed_out = True
            self._end()
        return self.finished

    def _end(self) -> None:
        self.finished = True
        self.ended = min(self.clock(), self.started + self.seconds)

    # ---------------------------------------------------------------- moves
    @property
    def question(self):
        return self.exam.questions[self.current]

    def choose(self, option: int) -> None:
        """Pick an option; on a multiple-response question, toggle it."""
        if self.check_time():
            return
        q = self.question
        if not 0 <= option < len(q.options):
            return
        if q.multi:
            picked = self.chosen.setdefault(self.current, set())
            picked.symmetric_difference_update({option})
            if not picked:
                del self.chosen[self.current]
        else:
            self.chosen[self.current] = {option}

    def clear(self) -> None:
        if not self.check_time():
            self.chosen.pop(self.current, None)

    def toggle_flag(self) -> None:
        if not self.check_time():
            self.flagged.symmetric_difference_update({self.current})

    def go(self, index: int) -> None:
        if not self.check_time():
            self.current = max(0, min(len(self.exam.questions) - 1, index))

    def next(self) -> None:
        self.go(self.current + 1)

    def previous(self) -> None:
        self.go(self.current - 1)

    def next_flagged_or_unanswered(self) -> None:
        n = len(self.exam.questions)
        for step in range(1, n + 1):
            i = (self.current + step) % n
            if i in self.flagged or i not in self.chosen:
                self.go(i)
                return

    def submit(self) -> None:
        if not self.check_time():
            self._end()

    # ---------------------------------------------------------------- state
    def answered(self) -> int:
        return len(self.chosen)

    def unanswered(self) -> list[int]:
        return [i for i in range(len(self.exam.questions)) if i not in self.chosen]

    def answers(self) -> list[tuple[int, ...]]:
        """What was chosen for each question, in order; () for unanswered (counted wrong)."""
        return [tuple(sorted(self.chosen.get(i, ()))) for i in range(len(self.exam.questions))]
