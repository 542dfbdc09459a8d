"""Practice exams as workflows: draw one from the notes, take it (session, score, save), and
read past attempts. Keys, screen and clock are handed in, so a test drives a whole exam with
scripted keys and a fixed clock against a real database."""

from __future__ import annotations

from typing import Protocol

from studycli.app.clock import Clock
from studycli.errors import StudyError
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


def take_exam(store, paper, keys, clock: Clock, screen: ExamScreen) -> Result | None:
    """Take `paper` to the end, score it and save the attempt; the result, or None for a
    blank exam. A blank exam is a slip or a look at the questions, not a result: it is not
    saved, so it never shows as a fail in --history nor drags the trend down."""
    from studycli.store.exams import save_attempt

    session = ExamSession.start(paper, clock.monotonic)
    started_at = clock.stamp()
    screen.started(paper)
    screen.run(session, keys)
    answers = session.answers()
    if not any(answers):
        screen.blank()
        return None
    result = score(paper, answers, timed_out=session.timed_out, seconds=session.elapsed())
    save_attempt(store, result, paper, answers, session.flagged, started_at, clock.stamp())
    screen.results(result)
    return result


def plan_exam(profile: str | None, questions: int | None, minutes: int | None,
              service: str | None):
    """The profile with the student's overrides and the canonical service asked for: checked
    before the database is opened, so a typo costs nothing. Raises StudyError."""
    from studycli.exam.profiles import get_profile

    chosen = get_profile(profile).with_overrides(questions, minutes)
    canonical = None
    if service:
        from studycli.services import canonical_service

        canonical = canonical_service(service)
        if canonical is None:
            raise StudyError(f"unknown service {service!r}; `studycli facts` lists the services")
    return chosen, canonical


def new_seed() -> int:
    """A seed for a new exam when none is given (shown, so the exam can be taken again)."""
    import secrets

    return secrets.randbelow(1_000_000)


def draw_exam(store, profile, service: str | None, seed: int, as_written: bool = False):
    """The exam of `seed` from the notes, and the notes to tell the student (fewer questions
    than asked, what the blueprint could not fill)."""
    from studycli.exam.generate import generate_exam, load_pool

    paper = generate_exam(load_pool(store, as_written=as_written), profile, seed, service)
    notes = list(paper.notes)
    if len(paper.questions) < profile.questions:
        notes.insert(0, f"your notes make {len(paper.questions)} questions, not "
                        f"{profile.questions}")
    return paper, notes


def exam_history(store) -> tuple[list[dict], dict]:
    """Past attempts, oldest first, and their trend."""
    from studycli.exam.history import trend
    from studycli.store.exams import list_attempts

    attempts = list_attempts(store)
    return attempts, trend(attempts)
