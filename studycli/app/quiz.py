"""Running the daily quiz: choose its cards (today's due and new ones, or --missed), then hand
the session to the screen that asks them. Every answer is saved as it is given (quiz.session)."""

from __future__ import annotations

from typing import Protocol

from studycli.app.clock import Clock
from studycli.quiz.session import QuizOptions, Session


class QuizScreen(Protocol):
    def run(self, session: Session, keys, timer) -> None:
        """Ask the session's cards with keys from `keys` until done or quit; then the summary."""

    def interrupted(self) -> None:
        """Say that Ctrl-C ended the quiz and nothing answered was lost."""


def run_quiz(store, options: QuizOptions, keys, clock: Clock, screen: QuizScreen,
             missed: bool = False) -> int:
    """The quiz command's body. Returns the exit code: 0, or 1 after Ctrl-C (every answer
    given so far is already committed)."""
    without_card: list[str] = []
    unaskable: dict[str, int] = {}
    if missed:
        from studycli.quiz.missed import missed as find_missed

        found = find_missed(store, clock.now())
        options.card_ids, without_card = found.card_ids, found.without_card
        unaskable = found.unaskable
    try:
        session = Session(store, options, clock=clock.now)
        session.missed_without_card = without_card
        session.missed_unaskable = unaskable
        screen.run(session, keys, clock.monotonic)
    except KeyboardInterrupt:
        screen.interrupted()
        return 1
    return 0
