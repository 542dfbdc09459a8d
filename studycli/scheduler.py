"""A pure wrapper around fsrs: card state and rating and time in, new state out.

No clock is read here: every function takes `now`, which must be timezone-aware (naive
datetimes are rejected, as fsrs does). States are plain dicts so the store can keep them
in columns and in each review row (to undo exactly and to replay a schedule).
"""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

TYPE_CHECKING = False
if TYPE_CHECKING:  # imported for the type checker only
    from fsrs import Card

AGAIN, HARD, GOOD, EASY = 1, 2, 3, 4
GRADE_NAMES = {AGAIN: "Again", HARD: "Hard", GOOD: "Good", EASY: "Easy"}

# Card states as stored: 0 = new (never reviewed), then fsrs's own numbering (fsrs.State;
# tests/test_app.py holds them equal). Spelled out so that reading a state or a time does not
# import fsrs: the quiz shows its first card and `stats` its figures before any is scheduled.
NEW, LEARNING, REVIEW, RELEARNING = 0, 1, 2, 3
STATE_NAMES = {NEW: "new", LEARNING: "learning", REVIEW: "review", RELEARNING: "relearning"}


def fsrs_card_id(card_id: str) -> int:
    """fsrs wants an int id; ours is a hex content hash. 48 bits stay well inside int64."""
    return int(card_id[:12], 16)


def utc(now: datetime) -> datetime:
    if now.tzinfo is None or now.tzinfo.utcoffset(now) is None:
        raise ValueError("datetime must be timezone-aware (got a naive datetime)")
    return now.astimezone(UTC)


def format_time(dt: datetime) -> str:
    """One fixed-width UTC format, so stored times compare correctly as text."""
    return utc(dt).strftime("%Y-%m-%dT%H:%M:%S.%fZ")


def parse_time(text: str) -> datetime:
    return datetime.fromisoformat(text.replace("Z", "+00:00")).astimezone(UTC)


def new_state() -> dict:
    """A card never reviewed."""
    return {"state": NEW, "step": None, "stability": None, "difficulty": None,
            "due": None, "last_review": None}


class Scheduler:
    def __init__(self, desired_retention: float = 0.9, enable_fuzzing: bool = True) -> None:
        if not 0 < desired_retention < 1:
            raise ValueError(f"desired retention must be between 0 and 1, got {desired_retention}")
        from fsrs import Scheduler as _FSRS

        self.fsrs = _FSRS(desired_retention=desired_retention, enable_fuzzing=enable_fuzzing)
        # Previews show what a grade would give before fuzz: the fuzz is drawn at review time.
        self._plain = (self.fsrs if not enable_fuzzing
                       else _FSRS(desired_retention=desired_retention, enable_fuzzing=False))

    def _card(self, card_id: str, state: dict, now: datetime) -> Card:
        from fsrs import Card, State

        if state.get("state", NEW) == NEW:
            return Card(card_id=fsrs_card_id(card_id), due=now)
        return Card(
            card_id=fsrs_card_id(card_id), state=State(state["state"]), step=state["step"],
            stability=state["stability"], difficulty=state["difficulty"],
            due=parse_time(state["due"]),
            last_review=parse_time(state["last_review"]) if state["last_review"] else None,
        )

    @staticmethod
    def _state(card: Card) -> dict:
        return {"state": card.state.value, "step": card.step, "stability": card.stability,
                "difficulty": card.difficulty, "due": format_time(card.due),
                "last_review": format_time(card.last_review) if card.last_review else None}

    def review(self, card_id: str, state: dict, rating: int, now: datetime,
               due_in: timedelta | None = None) -> dict:
        """The state a review with `rating` (1-4) at `now` produces. `due_in`: the interval a
        preview of this grade showed (its fuzz already drawn), kept so that the "Easy 8d" on
        the grade bar is the 8 days the card gets, not a fresh draw of 10."""
        if rating not in GRADE_NAMES:
            raise ValueError(f"rating must be 1-4, got {rating!r}")
        from fsrs import Rating

        now = utc(now)
        scheduler = self.fsrs if due_in is None else self._plain
        card, _log = scheduler.review_card(self._card(card_id, state, now), Rating(rating),
                                           review_datetime=now)
        if due_in is not None:
            card.due = now + due_in
        return self._state(card)

    def retrievability(self, card_id: str, state: dict, now: datetime) -> float | None:
        """The probability of recalling the card at `now`; None for a card never studied
        (unknown, not zero and not one)."""
        if state.get("state", NEW) == NEW or state.get("stability") is None:
            return None
        return float(self.fsrs.get_card_retrievability(self._card(card_id, state, utc(now)),
                                                       current_datetime=utc(now)))

    def preview(self, card_id: str, state: dict, now: datetime) -> dict[int, timedelta]:
        """The interval each grade would give, for the grade bar, its fuzz drawn now: pass
        the chosen grade's interval back to `review` (`due_in`) for the card to get it."""
        from fsrs import Rating

        now = utc(now)
        card = self._card(card_id, state, now)
        out = {}
        for rating in GRADE_NAMES:
            nxt, _ = self.fsrs.review_card(card, Rating(rating), review_datetime=now)
            out[rating] = nxt.due - now
        return out


def format_interval(delta: timedelta) -> str:
    """1m, 10m, 4h, 3d, 2mo, 1.5y: the grade bar's short form."""
    seconds = max(0, delta.total_seconds())
    if seconds < 60:
        return "now" if seconds < 1 else f"{int(seconds)}s"
    minutes = seconds / 60
    if minutes < 60:
        return f"{round(minutes)}m"
    hours = minutes / 60
    if hours < 24:
        return f"{round(hours)}h"
    days = hours / 24
    if days < 30:
        return f"{round(days)}d"
    if days < 365:
        return f"{days / 30:.1f}".rstrip("0").rstrip(".") + "mo"
    return f"{days / 365:.1f}".rstrip("0").rstrip(".") + "y"
