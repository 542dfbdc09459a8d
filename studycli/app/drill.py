"""The compare drill as a workflow: ask each question, read the answer, score it, and feed
the answers on rows that are compare cards (studycli.compare_cards) into their FSRS schedule.

The UI only renders (the `view` given: question, feedback, result) and reads keys; this module
never prints. Answers are graded as the quiz grades a multiple-choice card: wrong is Again,
right is Good. A row that is practice only (a one-sided bullet, a shared attribute of two
facts whose own cards hold their schedule) counts in the score and nowhere else.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from typing import Protocol

from studycli.compare import CompareTable, DrillQuestion, DrillResult
from studycli.compare_cards import card_for_row, drill_cards
from studycli.scheduler import AGAIN, GOOD, REVIEW, Scheduler, format_time, parse_time

ANSWER_KEYS = {"1": 0, "2": 1, "l": 0, "r": 1, "left": 0, "right": 1}
QUIT_KEYS = ("q", "esc")


class DrillView(Protocol):
    def question(self, number: int, total: int, question: DrillQuestion) -> None: ...
    def feedback(self, question: DrillQuestion, right: bool,
                 next_due: datetime | None, now: datetime) -> None: ...
    def result(self, result: DrillResult, table: CompareTable) -> None: ...


def run_drill(db, table: CompareTable, questions: list[DrillQuestion], keys,
              clock: Callable[[], datetime], view: DrillView,
              scheduler: Scheduler | None = None) -> DrillResult:
    """Ask `questions` (from compare.drill_questions) about `table`; every answer on a card
    row is committed as it is given, so quitting (q, or the end of input) loses nothing."""
    scheduler = scheduler or Scheduler()
    from studycli.store.comparisons import list_comparisons

    # Which rows have cards (a row of a pair the notes make no card for is practice): the
    # card ids alone, not the rows vouched for as the quiz asks them
    cards = drill_cards(list_comparisons(db))
    card_ids = [cid if (cid := card_for_row(table.left, table.right, q.row)) in cards else None
                for q in questions]
    if any(card_ids):
        _ensure_cards(db, [c for c in card_ids if c], clock())
    result = DrillResult()
    for n, (q, card_id) in enumerate(zip(questions, card_ids, strict=True), start=1):
        view.question(n, len(questions), q)
        choice = _read_choice(keys)
        if choice is None:
            break
        right = result.record(q, choice)
        now = clock()
        next_due = _review(db, card_id, right, now, scheduler) if card_id else None
        view.feedback(q, right, next_due, now)
    view.result(result, table)
    return result


def _read_choice(keys) -> int | None:
    """0 or 1 for the left or right side; None to quit. Other keys are ignored."""
    while True:
        try:
            key = keys.read()
        except EOFError:
            return None
        if key in QUIT_KEYS:
            return None
        if key in ANSWER_KEYS:
            return ANSWER_KEYS[key]


def _ensure_cards(db, card_ids: list[str], now: datetime) -> None:
    """A database ingested before compare cards existed gets them now, by the same sync an
    ingest runs (nothing is deleted, every review kept)."""
    from studycli.cards import sync_cards
    from studycli.store import cards as store

    if any(store.get_card(db, cid) is None for cid in card_ids):
        sync_cards(db, now)


_FSRS_KEYS = ("state", "step", "stability", "difficulty", "due", "last_review")


def _review(db, card_id: str, right: bool, now: datetime, scheduler: Scheduler) -> datetime | None:
    """Record the answer as a review of its card; the card's next due time."""
    from studycli.compare_cards import CARD_TYPE
    from studycli.store import cards as store

    if store.get_card(db, card_id) is None:
        return None  # the sync could not add it: the answer still counts in the score
    rating = GOOD if right else AGAIN

    def schedule(current: dict) -> dict:
        before = {k: current[k] for k in _FSRS_KEYS}
        state = scheduler.review(current["id"], before, rating, now)
        state["reps"] = current["reps"] + 1
        state["lapses"] = current["lapses"] + (
            1 if rating == AGAIN and current["state"] == REVIEW else 0)
        return state

    _, after = store.record_review(db, card_id, schedule, {
        "rating": rating, "reviewed_at": format_time(now), "qtype": CARD_TYPE,
        "correct": int(right)})
    return parse_time(after["due"])
