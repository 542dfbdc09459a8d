"""Taking a practice exam as a workflow (session, score, save) and reading past attempts.
Keys, screen and clock are handed in, so a test drives a whole exam with scripted keys and a
fixed clock against a real database. Drawing the exam is app.exam_paper."""

from __future__ import annotations

from typing import Protocol

from studycli.app.clock import Clock
from studycli.errors import Interrupted
from studycli.exam.scoring import Result, score
from studycli.exam.session import ExamSession


class ExamScreen(Protocol):
    def started(self, paper) -> None:
        """The exam's title line, before the first question."""

    def run(self, session: ExamSession, keys) -> None:
        """Show questions and apply keys until the session is submitted or times out."""

    def blank(self) -> None:
        """Nothing was answered: say the attempt is not saved."""

    def results(self, result: Result) -> None:
        """The score and the review of the misses."""


INTERRUPTED_SAVED = ("interrupted; the questions answered so far are saved as this attempt, "
                     "marked interrupted (`studycli exam --discard last` removes it)")
INTERRUPTED_BLANK = "interrupted; nothing was answered, so no attempt is saved"


def take_exam(store, paper, keys, clock: Clock, screen: ExamScreen) -> Result | None:
    """Take `paper` to the end, score it and save the attempt; the result, or None for a
    blank exam. A blank exam is a slip or a look at the questions, not a result: it is not
    saved, so it never shows as a fail in --history nor drags the trend down. Ctrl-C saves
    what was answered (unless nothing was) and raises Interrupted, its message saying which."""
    session = ExamSession.start(paper, clock.monotonic)
    started_at = clock.stamp()
    screen.started(paper)
    try:
        screen.run(session, keys)
    except KeyboardInterrupt:
        # Ctrl-C ends the attempt as submitted: what was answered is kept (unanswered
        # questions count wrong, as on a submitted exam), and the caller says so in one line.
        # A new user lost 40 minutes of answers this way.
        session.submit()
        saved = _save(store, paper, session, started_at, clock, interrupted=True) is not None
        # what Ctrl-C did, said by the caller's one line (fastpath.guard, cli.run): a blank
        # attempt is not saved, and saying it was sent a student looking for it in --history
        raise Interrupted(INTERRUPTED_SAVED if saved else INTERRUPTED_BLANK) from None
    result = _save(store, paper, session, started_at, clock)
    if result is None:
        screen.blank()
        return None
    screen.results(result)
    return result


def _save(store, paper, session: ExamSession, started_at: str, clock: Clock,
          interrupted: bool = False) -> Result | None:
    """Score the session's answers and store the attempt; None (nothing stored) when blank.
    An interrupted attempt is stored marked so (--history, the trend and readiness tell it
    from a submitted one)."""
    from studycli.store.exams import save_attempt

    answers = session.answers()
    if not any(answers):
        return None
    result = score(paper, answers, timed_out=session.timed_out, seconds=session.elapsed())
    save_attempt(store, result, paper, answers, session.flagged, started_at, clock.stamp(),
                 interrupted)
    return result


def exam_history(store) -> tuple[list[dict], dict]:
    """Past attempts, oldest first, and their trend over those in_trend."""
    from studycli.exam.history import in_trend, trend
    from studycli.store.exams import list_attempts

    attempts = list_attempts(store)
    return attempts, trend([a for a in attempts if in_trend(a)])


def discard_attempt(store, which: str) -> dict:
    """Remove one past attempt ("last" or an id's start) and its answers from --history,
    the trend, readiness and --missed; the attempt removed. Raises StudyError if none."""
    from studycli.errors import StudyError
    from studycli.store.exams import discard_attempt as delete

    attempt = delete(store, which)
    if attempt is None:
        raise StudyError(f"no exam attempt {which!r}: `studycli exam --history` lists them "
                         "with their ids")
    return attempt
