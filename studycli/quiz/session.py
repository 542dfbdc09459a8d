"""One quiz session: the queue (due reviews, then new cards, within daily limits), answers,
undo, flag and suspend. Every answer is written to the database as it is given."""

from __future__ import annotations

import random
from collections import deque
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime, timedelta

from studycli.days import start_of_day
from studycli.questions import FactPool, Question, build_question
from studycli.quiz import (
    service_key,  # noqa: F401  (re-exported for callers)
    service_name,
)
from studycli.quiz.spread import GAP, sibling_key, spread_siblings
from studycli.scheduler import (
    AGAIN,
    EASY,
    GOOD,
    LEARNING,
    NEW,
    RELEARNING,
    REVIEW,
    Scheduler,
    format_time,
    new_state,
    parse_time,
)
from studycli.store import cards as store

NEW_PER_DAY = 20
REVIEWS_PER_DAY = 200
CRAM_DEFAULT = 50
LEARN_AHEAD = timedelta(minutes=20)  # with nothing else left, learning steps this close come early
# ...except a card whose last answer on record was right (Hard, Good, Easy): its step (10
# minutes after Good) is the wait that makes the next recall a test of memory, and asking it a
# minute later only tested what is still on screen in the student's head (a new user's 18 new
# cards came back as 12 repeats, "Asked 9m before it is due"). The answer is read from the
# reviews, not kept by the session: a card answered Good at the end of one session waited
# for nothing when the next session began at once. It comes back when due; a card last
# answered Again is still asked ahead, as a student expects a miss to be retried.


@dataclass
class QuizOptions:
    """How a quiz session chooses its cards."""
    new: int = NEW_PER_DAY          # new cards per local day
    new_asked: bool = False         # `new` came from --new (the notice names what was asked)
    reviews: int = REVIEWS_PER_DAY  # reviews per local day
    limit: int | None = None        # at most this many answers in this session
    service: str | None = None      # canonical service name
    cram: bool = False              # any cards, schedule untouched, logged as cram reviews
    card_ids: list[str] | None = None  # exactly these cards, as cram (e.g. missed exam questions)
    desired_retention: float = 0.9
    fuzz: bool = True
    as_written: bool = False        # drill the notes verbatim, even where AWS has changed a value


@dataclass
class Item:
    """A card to ask, and its question."""
    card: dict
    question: Question
    # Asked this long before it is due: a learning step brought forward because nothing else
    # is left (LEARN_AHEAD); the screen says so (a student saw "Good 10m" and the card at once)
    early: timedelta | None = None
    # A cram's card the schedule calls new (cramming schedules nothing) that has been answered
    # before, in a cram or --missed: its tag says so rather than "new"
    crammed: bool = False

    @property
    def is_new(self) -> bool:
        return self.card["state"] == NEW


@dataclass
class Result:
    """One answer given in a quiz, and what it did to the card's schedule."""
    item: Item
    rating: int
    correct: bool | None
    chosen: set[int]
    next_due: datetime | None
    review_id: int
    reviewed_at: datetime
    # a right choice graded Good: the interval Easy would give instead (its fuzz drawn with
    # Good's), for the student who knew it cold to choose (Session.regrade_easy); else None
    easy_in: timedelta | None = None
    duration_ms: int = 0


@dataclass
class Summary:
    """A quiz session's totals, for its closing screen."""
    reviewed: int        # answers given (a card asked again in its learning steps: twice)
    correct: int
    graded: int
    seconds: float
    streak_days: int
    due_today: int       # still due before local midnight (learning steps, mostly)
    due_tomorrow: int    # coming due during tomorrow
    due_week: int
    new_left: int
    next_due: datetime | None
    cram: bool
    left: int = 0        # cards of this session not answered (quit early)
    # Worked out only when nothing was asked, to say why truthfully (ui.quiz_view.nothing_due):
    new_today: int = 0   # new cards introduced today (the daily limit counts these)
    new_limit: int = NEW_PER_DAY
    new_askable: int | None = None  # new cards of the filter it can ask (None: not worked out)
    not_drilled: int = 0  # new cards it cannot: the reference vouches for nothing they ask
    # new cards this session queued and did not ask, when it queued every new card today
    # allows (the rest wait as siblings of studied facts): what running it again asks.
    # None: it was not short of new cards, and the day's allowance is the ceiling
    new_queued: int | None = None
    # --missed: what it left out and why (Session.missed_notice); None for any other session
    missed_note: str | None = None
    cards: int = 0       # the distinct cards those answers were on

    @property
    def accuracy(self) -> float | None:
        return self.correct / self.graded if self.graded else None


def _card_of(queued) -> dict:
    """A queued card's row: the queue holds card rows, and Items given back by undo."""
    return queued.card if isinstance(queued, Item) else queued


def _state_of(queued) -> int:
    return _card_of(queued)["state"]


@dataclass
class Session:
    """A quiz session: its cards in order, each answer saved as it is given."""
    db: object
    options: QuizOptions = field(default_factory=QuizOptions)
    clock: Callable[[], datetime] = None  # type: ignore[assignment]
    rng: random.Random = field(default_factory=random.Random)

    def __post_init__(self) -> None:
        if self.clock is None:
            raise ValueError("Session needs a clock (a function returning an aware datetime)")
        if not 0 < self.options.desired_retention < 1:  # as Scheduler would, but at once
            raise ValueError("desired retention must be between 0 and 1, got "
                             f"{self.options.desired_retention}")
        self._scheduler: Scheduler | None = None
        self.started = self.clock()
        self._pool: FactPool | None = None
        self._drill_cards: dict | None = None  # compare cards, read at the first one asked
        self.queue: deque[Item | dict] = deque()
        self.learning: list[dict] = []   # due again within minutes (answered here or just before)
        # card id -> (its state when previewed, the intervals the grade bar showed)
        self._previewed: dict[str, tuple[dict, dict[int, timedelta]]] = {}
        self._last_sibling: tuple[str, tuple[str, str]] | None = None  # id, key asked last
        self.history: list[Result] = []
        self.skipped: set[str] = set()   # suspended here, or no question could be built
        # the last suspension (the cards it suspended, their queue entries): what u restores
        self._suspension: tuple[list[str], list] | None = None
        self.current_unanswered = False  # set by the loop while a card is on screen
        self._on_screen_new = False  # the card on screen is new
        self._took_ahead = False  # the card last taken came from the learning steps not due
        self.shown = 0  # cards put on screen: a session quit at its first card asked something
        # new cards the day allows, those queued, and siblings left for another day
        self.new_budget = self.new_taken = self.held_back = self.new_done = 0
        self.new_done_here = 0  # of new_done, the cards of the --service asked
        # New cards read but not queued (--cram: any cards read but not queued): one takes the
        # place of a queued card that makes no question (fill_gap), so the day's new cards are
        # not spent on cards never asked
        self._spare_new: list[dict] = []
        self._queued_keys: set[tuple[str, str, str]] = set()
        # A --missed session builds its questions as it queues its cards (_askable)
        self._built: dict[str, Question] = {}
        # --missed: the note lines of missed exam questions that make no card, and the other
        # misses it cannot ask by reason (app.quiz; "no question" counted here)
        self.missed_without_card: list[str] = []
        self.missed_unaskable: dict[str, int] = {}
        self._no_question = 0  # --missed: missed facts none of whose cards makes a question
        self._build_queue()

    # --- the queue ----------------------------------------------------------------------------

    @property
    def cram(self) -> bool:
        return self.options.cram or self.options.card_ids is not None

    def _build_queue(self) -> None:
        o = self.options
        cap = o.limit if o.limit is not None else None
        size = cap or CRAM_DEFAULT  # a cram session's size
        if self.cram:
            # Read extra: a fact's sibling cards are dropped below, and `--cram --limit 3`
            # must still ask three cards, not the one fact its first three cards belong to.
            rows = store.cram_cards(self.db, size * 4 + 8, o.service, o.card_ids)
        else:
            new_done, reviews_done = store.done_since(self.db, self._today())
            now = format_time(self.clock())
            rows = store.due_cards(self.db, now, max(0, o.reviews - reviews_done), o.service,
                                   o.as_written)
            # Learning steps an earlier session left minutes from due: learned ahead like this
            # session's own (_take), or a session started 2 minutes after quitting said
            # "Nothing due" of a card it would have asked had the student not quit
            self.learning = store.due_soon(self.db, now,
                                           format_time(self.clock() + LEARN_AHEAD), o.service,
                                           o.as_written)
            new_budget = max(0, o.new - new_done)
            # Read extra new cards: some are siblings of a queued card and wait for another day.
            fresh = (store.new_cards(self.db, new_budget * 4 + 8, o.service, self._today(),
                                     o.as_written)
                     if new_budget else [])
        # One card per service, subject and attribute a session: a fact's recall and choice
        # cards, or its maximum and its range, give each other away.
        keys, queue = set(), []

        def add(candidates, budget):
            taken = 0
            for row in candidates:
                key = (row["service"], row["subject"], row["attribute"])
                if key not in keys and taken < budget:
                    keys.add(key)
                    queue.append(row)
                    taken += 1

        if o.card_ids is not None or (self.cram and len(rows) <= 2 * size):
            # --missed, and a cram of a small deck: only cards that make a question are
            # queued, so "left" (and --missed's notice) count what will be asked
            rows = self._askable(rows, size)
        add(rows, size if self.cram else len(rows))
        if self.cram:
            # A cram of a larger deck builds each question as it asks it (building 50 before
            # the first screen cost every session ~60 ms): a card that makes none gives its
            # place to the next card read, of a fact not yet queued (fill_gap), so "left"
            # drops by one per card and --limit N still asks N; it has spares enough
            queued = {row["id"] for row in queue}
            self._spare_new = [row for row in rows if row["id"] not in queued]
            self._queued_keys = keys
        if not self.cram:
            add(fresh, new_budget)
            queued = {row["id"] for row in queue}
            self._spare_new = [row for row in fresh if row["id"] not in queued]
            self._queued_keys = keys
            taken = sum(1 for row in queue if row["state"] == NEW)
            if taken < new_budget and (cap is None or len(queue) < cap):
                # Fewer new cards than the day allows, and other new cards wait: the header's
                # "left" is explained on the first screen (new_cards_notice)
                self.new_budget, self.new_taken = new_budget, taken
                self.new_done = new_done  # studied earlier today: --new counts them too
                self.new_done_here = (store.done_since(self.db, self._today(), o.service)[0]
                                      if o.service else new_done)
                self.held_back = store.held_back_new(
                    self.db, keys, {row["id"] for row in queue}, self._today(), o.service,
                    o.as_written)
        self.queue = deque(spread_siblings(queue[:cap] if cap is not None else queue))

    def _askable(self, rows: list[dict], size: int) -> list[dict]:
        """A --missed session's rows less the cards that make no question, each fact's first
        card that does standing in for it (a missed exam question's fact was asked by none
        when its recall card made no question, though its choice card would have), so the
        header's "left" counts only cards that will be asked. The questions are kept for
        next(): built twice, a choice card would shuffle its options anew."""
        out, keys, tried = [], set(), set()
        for row in rows:
            key = (row["service"], row["subject"], row["attribute"])
            if key in keys:
                continue
            tried.add(key)
            question = self._question(row)
            if question is not None:
                keys.add(key)
                self._built[row["id"]] = question
                out.append(row)
                if len(out) >= size:
                    break
        self._no_question = len(tried - keys)
        return out

    def first_notice(self) -> str:
        """What the first card's screen says first: fewer new cards than the day allows, or
        missed exam questions --missed cannot ask."""
        return " ".join(t for t in (self.new_cards_notice(), self.later_notice(),
                                    self.missed_notice()) if t)

    def later_notice(self) -> str:
        """What the header's "back later" counts, when a session opens with some: cards begun
        in an earlier session today whose next learning step is minutes away ("0 done · 10
        left ... 8 back later" was a new user's first screen, unexplained)."""
        if self.history or self.cram:
            return ""
        soon = [c for c in self.learning if parse_time(c["due"]) > self.clock()]
        if not soon:
            return ""
        # due_soon is any card seen before and due within minutes: a review card (state 2,
        # a new card graded Easy this morning) is no card "you began learning earlier today",
        # nor is a relearning one (state 3, a review card lapsed), begun days ago
        minutes = int(LEARN_AHEAD.total_seconds() // 60)
        step = f"next step due within {minutes} minutes"
        groups = [(sum(1 for c in soon if c["state"] == LEARNING),
                   "you began learning earlier today"),
                  (sum(1 for c in soon if c["state"] == RELEARNING), "you are relearning")]
        reviews = sum(1 for c in soon if c["state"] == REVIEW)
        alone = sum(1 for n, _ in groups if n) + bool(reviews) == 1
        said = []
        for n, what in groups:
            if n:
                one = n == 1
                count = ("a" if one else "") if alone else str(n)
                said.append(" ".join(filter(None, (count, "card" if one else "cards", what)))
                            + f", {'its' if one else 'their'} {step}")
        if reviews:
            cards = "review card" if reviews == 1 else "review cards"
            said.append(f"{'a' if reviews == 1 and alone else reviews} {cards} due within "
                        f"{minutes} minutes")
        # a card last answered right waits for its time (_ahead): only a miss comes sooner
        return (f"{len(soon)} back later: {', and '.join(said)}; asked in this session when "
                "due (one you last missed: once nothing else is left).")

    def missed_notice(self) -> str:
        """--missed: the misses it does not ask, and why; with nothing asked, that nothing of
        what was missed can be asked here (not "Nothing missed": they were)."""
        from studycli.quiz.missed import UNASKABLE

        if self.options.card_ids is None:
            return ""  # a plain --cram's cards that make no question were never missed
        counts = dict(self.missed_unaskable)
        if self._no_question:
            counts["no question"] = self._no_question
        lines = self.missed_without_card
        total = sum(counts.values()) + len(lines)
        if not total:
            return ""
        clauses = []
        for why, n in counts.items():
            said = UNASKABLE[why].format(s="" if n == 1 else "s",
                                         make="makes" if n == 1 else "make")
            clauses.append(f"{n} {said}" if why == "exam fact gone"
                           else f"{n} missed fact{'' if n == 1 else 's'} {said}")
        head = (f"{total} missed, none can be asked here" if not self.queue and not self.shown
                else f"{total} more missed not asked here")
        said = f"{head}: {'; '.join(clauses)}." if clauses else ""
        if not lines:
            return said
        one = len(lines) == 1
        shown = ", ".join(lines[:5]) + (f" and {len(lines) - 5} more" if len(lines) > 5 else "")
        return (said + (" " if said else "")
                + f"{len(lines)} question{'' if one else 's'} you missed in the last practice "
                f"exam {'has' if one else 'have'} no quiz card (a statement of your notes, not a "
                f"figure, makes none), so {'it is' if one else 'they are'} not asked here. "
                f"Read {'its line' if one else 'their lines'} again: {shown}.")

    def new_cards_notice(self) -> str:
        """Why this session has fewer new cards than the day allows, when cards of facts it
        (or today's study) already asks are held back: the header's "left" says fewer than
        --new, and a student took it for a miscount. Empty when nothing was held back."""
        if not self.held_back:
            return ""
        # Under --service the cards counted are the service's, and said so ("new SQS cards"):
        # "18 more new cards ask facts already asked today" read as SQS's 20 cards less 6
        # asked, miscounted; the day's number left counts every service's cards studied
        # earlier today, and says so where some were another service's
        named = f"{service_name(self.options.service)} " if self.options.service else ""
        taken = f"{named}card" if self.new_taken == 1 else f"{named}cards"
        # every word that agrees with the count held back ("1 more new card asks a fact ...
        # and waits"; a student read "1 more new card ask facts ... and wait")
        one = self.held_back == 1
        cards_ask = f"{named}card asks a fact" if one else f"{named}cards ask facts"
        wait = "waits" if one else "wait"
        # Name the number the student asked for: after 20 new cards this morning, `--new 40`
        # left 20 for now, and "not 20" read as --new ignored; without --new nothing was
        # asked for, and the day's own number is named as such
        done = self.new_done
        day = (f"the {self.new_budget + done} asked for today" if self.options.new_asked
               else f"today's {self.new_budget + done}")
        studied = f"{done} studied earlier today"
        if self.options.service and self.new_done_here != done:
            studied = (f"{done} new cards of any service studied earlier today, "
                       f"{self.new_done_here} of them {named.strip()}")
        asked = (f"today, not {self.new_budget}" if not done else
                 f"now, not the {self.new_budget} left of {day} ({studied})")
        return (f"{self.new_taken} new {taken} {asked}: {self.held_back} "
                f"more new {cards_ask} already asked today or in this session and "
                f"{wait} for another day (a fact's cards give each other's answers away).")

    def _today(self) -> str:
        return format_time(start_of_day(self.clock()))

    @property
    def scheduler(self) -> Scheduler:
        """Made at the first answer or preview: building it imports fsrs, which the first
        card on screen does not need."""
        if self._scheduler is None:
            self._scheduler = Scheduler(self.options.desired_retention,
                                        enable_fuzzing=self.options.fuzz)
        return self._scheduler

    @property
    def pool(self) -> FactPool:
        if self._pool is None:
            self._pool = FactPool.load(self.db)
            self._pool.as_written = self.options.as_written
        return self._pool

    def _question(self, card: dict) -> Question | None:
        if card["card_type"] == "compare":  # a compare-drill card (studycli.compare_cards)
            from studycli.compare_cards import load_drill_cards, question_for_card

            # Asked only when the AWS reference vouches for the row, unless --as-written.
            as_written = self.options.as_written
            if self._drill_cards is None:
                self._drill_cards = load_drill_cards(self.db, as_written)
            return question_for_card(self._drill_cards, card, self.rng, as_written)
        key = (card["service"], card["subject"], card["attribute"], card["qualifier"])
        fact = self.pool.first(key)
        return build_question(fact, card["card_type"], self.pool, self.rng) if fact else None

    def next(self) -> Item | None:
        """The next card to ask, or None when the session is done."""
        if self.options.limit is not None and len(self.history) >= self.options.limit:
            return None
        now = self.clock()
        while True:
            row = self._take(now)
            if row is None:
                return None
            if isinstance(row, Item):
                return row
            facts = self._facts_now(row)
            if facts:
                self._forget_if_edited(row, facts)
            question = None if facts is None else (
                self._built.pop(row["id"], None) or self._question(row))
            if question is not None:
                self.shown += 1
                self._on_screen_new = row["state"] == NEW
                # only a learning step taken ahead (the queue empty) is asked before it is
                # due: a cram or --missed session asks cards not due on purpose, and says so
                early = self._early_by(row, now) if self._took_ahead else None
                crammed = (self.cram and row["state"] == NEW
                           and store.ever_answered(self.db, row["id"]))
                return Item(row, question, early=early, crammed=crammed)
            self.skipped.add(row["id"])
            if row["state"] == NEW or self.cram:
                self._fill_gap()

    def _facts_now(self, row: dict) -> list[dict] | None:
        """The card's facts as the database holds them now, read afresh before each card is
        shown; None when they have left the notes since the session began (an `ingest` run
        meanwhile, in another terminal, removed them: the quiz asked a card of a note it had
        just said was gone). A compare-drill row's card mark says it all: [] when kept."""
        status = store.card_status(self.db, [row["id"]])[row["id"]]
        if status is None or status["missing"]:
            return None
        if row["card_type"] == "compare":
            return []
        key = (row["service"], row["subject"], row["attribute"], row["qualifier"])
        return store.facts_for_key(self.db, key) or None

    def _forget_if_edited(self, row: dict, facts: list[dict]) -> None:
        """An `ingest` meanwhile changed the card's fact (its note now says 300 KB, not
        400 KB): the facts the session read of its key, and a question built from them, are
        dropped, so the card is asked from what the notes say now, not from the session's
        copy."""
        if self._pool is None:
            return
        key = (row["service"], row["subject"], row["attribute"], row["qualifier"])
        held = self._pool.by_key.get(key)
        if held is None:  # not read yet: it will be read afresh
            return
        now = sorted((str(f["value"]), f["source"], f["line"]) for f in facts)
        if now != sorted((str(f.value), f.source, f.line) for f in held):
            self._pool = None  # the pool's distractor values and groups are stale too
            self._built.clear()  # every question built ahead came from the stale pool

    @staticmethod
    def _early_by(row: dict, now: datetime) -> timedelta | None:
        """How long before its due time a card is asked (None: it is due)."""
        if row["state"] == NEW or not row.get("due"):
            return None
        ahead = parse_time(row["due"]) - now
        return ahead if ahead > timedelta(0) else None

    def _fill_gap(self) -> None:
        """A queued new card made no question (the reference cannot vouch for its number, its
        stem would fit another fact...): the next spare new card of a fact not yet asked takes
        its place, so the header's "left" drops by one per card as it says and the day's new
        cards are all asked (a student saw "left" drop by two, and a session of 20 ask 17)."""
        while self._spare_new:
            row = self._spare_new.pop(0)
            key = (row["service"], row["subject"], row["attribute"])
            if key not in self._queued_keys:
                self._queued_keys.add(key)
                self.queue.append(row)
                return

    def _take(self, now: datetime):
        """Due learning steps first, then the queue, then learning steps close to due; but
        a card whose sibling (quiz.spread) was just asked gives way to the next candidate
        that is not one, when there is one. Only the order in the session changes."""
        self.learning.sort(key=lambda c: c["due"])
        due = [c for c in self.learning if parse_time(c["due"]) <= now]
        self._took_ahead = not self.queue and not self.cram
        candidates: list[Item | dict]
        if self.queue:
            candidates = [*due, *list(self.queue)[:GAP + 1]]
        else:
            candidates = [*self._ahead(now)]
        if not candidates:
            return None
        pick = candidates[0]
        if not isinstance(pick, Item):  # a card brought back by undo is asked at once
            pick = next((c for c in candidates if not isinstance(c, Item)
                         and not self._follows_sibling(c)), pick)
        if any(c is pick for c in self.learning):
            self.learning = [c for c in self.learning if c is not pick]
        else:
            self.queue.remove(pick)
        card = pick.card if isinstance(pick, Item) else pick
        self._last_sibling = (card["id"], sibling_key(card))
        return pick

    def _ahead(self, now: datetime) -> list[dict]:
        """Learning steps that may be asked now, due or not: due ones, and those due within
        LEARN_AHEAD whose last answer on record was not right (Hard, Good, Easy)."""
        soon = [c for c in self.learning if now < parse_time(c["due"]) <= now + LEARN_AHEAD]
        last = store.last_ratings(self.db, [c["id"] for c in soon])
        return [c for c in self.learning if parse_time(c["due"]) <= now or (
            c in soon and last.get(c["id"], AGAIN) == AGAIN)]

    def _follows_sibling(self, card: dict) -> bool:
        """Another card of the service and attribute asked last (the same card's own
        learning step, come due, is no sibling of itself)."""
        if self._last_sibling is None:
            return False
        last_id, last_key = self._last_sibling
        return card["id"] != last_id and sibling_key(card) == last_key

    def counts(self) -> dict[str, int]:
        """What is left: new, learning and review cards (the one on screen excluded)."""
        out = {"new": 0, "learning": len(self.learning), "review": 0}
        for entry in self.queue:
            card = entry.card if isinstance(entry, Item) else entry
            if card["state"] == NEW:
                out["new"] += 1
            elif card["state"] == REVIEW:
                out["review"] += 1
            else:
                out["learning"] += 1
        out["done"] = len(self.history)
        out["left"] = out["new"] + out["learning"] + out["review"]
        # learning steps not due yet (a "Good" on a new card: back in 10 minutes): still to come
        # this session, but not what is left to do now (a new user read a "left" that stayed
        # level through twenty new cards as a counter that never goes down)
        now = self.clock()
        out["later"] = sum(1 for c in self.learning if parse_time(c["due"]) > now)
        # of those, the ones asked early because nothing due is left (_take's learn-ahead)
        out["early"] = (0 if out["left"] > out["later"] else sum(
            1 for c in self._ahead(now) if parse_time(c["due"]) > now))
        return out

    # --- answering ----------------------------------------------------------------------------

    def preview(self, item: Item) -> dict[int, timedelta]:
        """The grade bar's intervals; the grade then given applies the one shown (its fuzz
        drawn once), unless another terminal reviewed the card in between."""
        state = self._fsrs_state(item.card)
        shown = self.scheduler.preview(item.card["id"], state, self.clock())
        self._previewed[item.card["id"]] = (state, shown)
        return shown

    @staticmethod
    def _fsrs_state(card: dict) -> dict:
        return new_state() if card["state"] == NEW else {k: card[k] for k in (
            "state", "step", "stability", "difficulty", "due", "last_review")}

    def answer(self, item: Item, chosen: set[int], duration_ms: int) -> Result:
        """A multiple-choice answer: wrong is Again, right is Good, never Easy by itself.
        A pick among three or four options is weaker evidence than recall: a lucky or
        half-sure pick made quickly was graded Easy, and FSRS sent a new card 9-11 days out
        (Easy's initial stability) instead of into its 10-minute learning step. The student
        who knew it cold says so (regrade_easy, key 4 on the result screen)."""
        correct = item.question.grade(chosen)
        if not correct:
            return self._record(item, AGAIN, correct, chosen, duration_ms)
        shown = None if self.cram else self.preview(item)  # Easy's interval, drawn now
        result = self._record(item, GOOD, correct, chosen, duration_ms)
        if shown is not None:
            result.easy_in = shown[EASY]
        return result

    def regrade_easy(self, result: Result) -> Result | None:
        """The last answer, a right choice graded Good, graded Easy instead: its review is
        replaced by one graded Easy at the same moment, the card getting the interval the
        result screen showed. None when that answer is not the last or not such a one."""
        if (not self.history or self.history[-1] is not result or result.easy_in is None
                or result.rating != GOOD):
            return None
        self.history.pop()
        card_id = result.item.card["id"]
        restored = store.undo_review(self.db, result.review_id)
        self.learning = [c for c in self.learning if c["id"] != card_id]
        if restored is None:  # another terminal took the review back: nothing to regrade
            return None
        item = Item(restored, result.item.question, result.item.early, result.item.crammed)
        self._previewed[card_id] = (self._fsrs_state(restored), {EASY: result.easy_in})
        return self._record(item, EASY, True, result.chosen, result.duration_ms,
                            at=result.reviewed_at)  # the same answer, given when it was

    def grade(self, item: Item, rating: int, duration_ms: int) -> Result:
        """A self-graded recall answer."""
        return self._record(item, rating, None, set(), duration_ms)

    def _record(self, item: Item, rating: int, correct: bool | None, chosen: set[int],
                duration_ms: int, at: datetime | None = None) -> Result:
        now = at or self.clock()
        card = item.card
        review = {"rating": rating, "reviewed_at": format_time(now), "duration_ms": duration_ms,
                  "qtype": item.question.qtype,
                  "correct": None if correct is None else int(correct)}

        def schedule(current: dict) -> dict | None:
            # `current` is the card as stored right now, read in the answer's own transaction:
            # another terminal may have reviewed it since this session read it.
            if self.cram:
                return None
            before = self._fsrs_state(current)
            seen, shown = self._previewed.pop(current["id"], (None, {}))
            state = self.scheduler.review(current["id"], before, rating, now,
                                          due_in=shown.get(rating) if seen == before else None)
            state["reps"] = current["reps"] + 1
            state["lapses"] = current["lapses"] + (
                1 if rating == AGAIN and current["state"] == REVIEW else 0)
            return state

        review_id, after = store.record_review(self.db, card["id"], schedule, review)
        next_due = None
        if not self.cram:
            next_due = parse_time(after["due"])
            if next_due - now <= LEARN_AHEAD:
                self.learning.append(after)
        result = Result(item, rating, correct, chosen, next_due, review_id, now,
                        duration_ms=duration_ms)
        self.history.append(result)
        return result

    def undo(self) -> Item | None:
        """Take back the last answer: the card is restored exactly and asked again next."""
        if not self.history:
            return None
        last = self.history.pop()
        restored = store.undo_review(self.db, last.review_id)
        self.learning = [c for c in self.learning if c["id"] != last.item.card["id"]]
        if restored is None:
            return None
        item = Item(restored, last.item.question)
        self.queue.appendleft(item)
        return item

    def flag(self, item: Item) -> bool:
        """Toggle the flag ("this card is wrong or unclear"); the new flag state."""
        flagged = not item.card.get("flagged")
        store.set_flag(self.db, item.card["id"], flagged, format_time(self.clock()))
        item.card = {**item.card, "flagged": int(flagged)}
        return flagged

    def suspend(self, item: Item) -> None:
        """Suspend the question: every card of its fact, here and in later sessions."""
        ids = set(store.suspend_fact(self.db, item.card["id"])) | {item.card["id"]}
        gone = [e for e in self.queue if _card_of(e)["id"] in ids]
        self.queue = deque(e for e in self.queue if _card_of(e)["id"] not in ids)
        self.learning = [c for c in self.learning if c["id"] not in ids]
        self.skipped |= ids
        self._suspension = (sorted(ids), gone)

    def unsuspend(self, item: Item) -> None:
        """Take back a suspension made this session (a slip of the key): exactly the cards it
        suspended are back; the card is asked next, its siblings where they were queued."""
        ids, gone = self._suspension or ([item.card["id"]], [])
        store.unsuspend_cards(self.db, ids)
        self.skipped -= set(ids)
        self.queue.extend(gone)
        self.queue.appendleft(item)
        self._suspension = None

    # --- the end ------------------------------------------------------------------------------

    def summary(self) -> Summary:
        from studycli.quiz.figures import streak
        from studycli.store import stats

        now = self.clock()
        graded = [r for r in self.history]
        right = sum(1 for r in graded if (r.correct if r.correct is not None else r.rating > AGAIN))
        new_left = store.count_new_available(self.db, self.options.service,
                                             self.options.as_written)

        def due(days: int) -> int:
            return stats.due_before(self.db, format_time(start_of_day(now, days)),
                                    self.options.service)

        return Summary(
            reviewed=len(self.history), cards=len({r.item.card["id"] for r in self.history}),
            correct=right, graded=len(graded),
            seconds=(now - self.started).total_seconds(),
            streak_days=streak(self.db, now),
            # the session's scope (--service), as next_due and new_left are
            due_today=due(1), due_tomorrow=due(2) - due(1), due_week=due(8) - due(1),
            new_left=new_left,
            next_due=self.next_due(),
            cram=self.cram,
            missed_note=self.missed_notice() if self.options.card_ids is not None else None,
            # the day's new-card allowance still unused: a --limit session that stopped with
            # new cards left for today says so (it showed only "Next card in 3m")
            new_today=store.done_since(self.db, self._today())[0] if new_left and not self.cram
            else 0, new_limit=self.options.new,
            # what could still be asked now: a step that waits for its time (answered right,
            # _ahead) is "Next card in 9m", not a card left unanswered
            left=len(self.queue) + len(self._ahead(now)) + (1 if self.current_unanswered else 0),
            new_queued=(sum(1 for item in self.queue if _state_of(item) == NEW)
                        + (1 if self.current_unanswered and self._on_screen_new else 0)
                        if self.held_back else None),
            # Only a session that put no card on screen says why: working it out builds a
            # question for every new card (0.2 s on the shipped notes at a "q" on card one)
            **(self._why_empty() if not self.shown and not self.history and not self.cram
               else {}),
        )

    def _why_empty(self) -> dict:
        """Why a session asked nothing: the day's new-card limit, cards held back because a
        card of their fact was studied today, or new cards the quiz does not drill (a
        student with four new Firehose cards was told "Today's new cards are done")."""
        o = self.options
        every = store.count_new_available(self.db, o.service, as_written=True)
        # "~" sorts after every timestamp: no card is held back as a sibling here
        rows = store.new_cards(self.db, every, o.service, "~", o.as_written) if every else []
        askable = sum(1 for row in rows if self._question(row) is not None)
        # Drilled as written, a card left out is not the reference's doing: no advice to
        # drill it --as-written
        return {"new_askable": askable, "not_drilled": 0 if o.as_written else every - askable}

    def next_due(self) -> datetime | None:
        due = store.next_due(self.db, format_time(self.clock()), self.options.service)
        return parse_time(due) if due else None
