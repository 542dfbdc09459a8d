"""The interactive quiz screen: draw a card, read keys, hand answers to the session.

Keys come from an injected reader (studycli.ui.keyinput), so tests and scripts drive the same
loop with lines. On a terminal each card gets a fresh screen; otherwise screens are printed
one after another. Choosing the cards and handling Ctrl-C is the workflow's
(studycli.app.quiz.run_quiz); this module only renders and reads keys.
"""

from __future__ import annotations

import time

from rich.console import Console

from studycli.quiz.session import Item, Session
from studycli.ui import quiz_view as view
from studycli.ui.console import emit, fit_screen, make_console

ANSWER_KEYS = {**{k: i for i, k in enumerate(view.KEYS)},
               **{k: i for i, k in enumerate(view.LETTERS)}}
CONTINUE = {"enter", "space", "n"}
UNDONE = "Undone: that answer is taken back, and the card is asked again."


class Quit(Exception):
    """The student pressed q (or input ended)."""


class _Loop:
    def __init__(self, session: Session, keys, console: Console, timer=time.monotonic) -> None:
        self.session = session
        self.timer = timer
        self.keys = keys
        self.console = console
        self.single = getattr(keys, "interactive", False)  # single key presses, not lines
        # what happened to the last card (undone, suspended), shown on the next; first, why
        # there are fewer new cards than the day allows, if siblings were held back
        self.carry = session.first_notice()
        self.suspended: Item | None = None  # suspended since the last answer: u takes it back

    def carried(self) -> str:
        notice, self.carry = self.carry, ""
        return notice

    def key(self) -> str:
        """The next key; input that ends (Ctrl-D, a script out of lines) quits, saved."""
        try:
            return self.keys.read() or ""
        except EOFError:
            return "q"

    def show(self, renderable) -> None:
        if self.console.is_terminal:
            self.console.clear()
        emit(self.console, fit_screen(self.console, renderable))

    def counts(self) -> dict:
        return self.session.counts()

    def run(self) -> None:
        item = self.session.next()
        while item is not None:
            self.session.current_unanswered = True
            try:
                self.ask(item)
            except Quit:
                return
            self.session.current_unanswered = False
            item = self.session.next()

    # Each screen returns when the card is done with; "u" re-queues through session.undo().

    def _common(self, key: str, item: Item) -> str | None:
        """u/f/s/q on any screen; a notice to show, "next" to move on, None if not ours."""
        if key == "q":
            raise Quit
        if key == "u":
            if self.suspended is not None:  # the last thing done was a suspension
                self.session.unsuspend(self.suspended)
                self.suspended = None
                self.carry = "Suspension undone: the card is back in this session."
                return "undone"
            if not self.session.undo():
                return "Nothing to undo yet."
            self.carry = UNDONE
            return "undone"
        if key == "f":
            flagged = self.session.flag(item)
            return ("Flagged: listed by `studycli cards --flagged` so you can fix the note."
                    if flagged else "Flag removed.")
        if key == "s":
            self.session.suspend(item)
            stem = " ".join(item.question.stem.split())
            stem = stem if len(stem) <= 50 else stem[:49] + "…"
            self.carry = (f"Suspended: \"{stem}\" will not be asked again; "
                          "u takes that back.")
            self.suspended = item
            return "suspended"
        return None

    def ask(self, item: Item) -> None:
        if item.question.options:
            self.ask_choice(item)
        else:
            self.ask_recall(item)

    def ask_choice(self, item: Item) -> None:
        s = self.session
        notice = self.carried()
        chosen: set[int] = set()
        start = self.timer()
        while True:
            self.show(view.question_panel(item, self.counts(), s.cram, notice, chosen))
            key = self.key()
            picks = self._picks(key, item)
            if picks is not None:
                if item.question.multi and self.single:
                    chosen ^= picks  # toggle; enter submits
                    notice = ""
                    continue
                chosen = picks
                break
            if key == "enter" and item.question.multi and chosen:
                break
            common = self._common(key, item)
            if self._ends_turn(common, item):
                return
            notice = common or f"Press {view.answer_keys(item.question)}."
        result = s.answer(item, chosen, int((self.timer() - start) * 1000))
        self.suspended = None  # u now takes back this answer
        notice = ""
        while True:
            self.show(view.result_panel(result, self.counts(), s.cram, notice))
            key = self.key()
            if key == "u":
                s.undo()  # this very answer: asked again at once
                self.carry = UNDONE
                return
            if key == "4" and result.easy_in is not None and result.rating != 4:
                easy = s.regrade_easy(result)  # "knew it cold": Good becomes Easy
                if easy is not None:
                    result = easy
                    notice = ""
                    continue
            common = self._common(key, item) if key in ("f", "s", "q") else None
            if common == "suspended":
                return
            if common is None:
                return  # any other key moves on
            notice = common

    def _picks(self, key: str, item: Item) -> set[int] | None:
        n = len(item.question.options)
        if key in ANSWER_KEYS and ANSWER_KEYS[key] < n:
            return {ANSWER_KEYS[key]}
        # A line reader may carry several picks at once ("13", "a c") for multi questions.
        if not self.single and item.question.multi:
            picks = {ANSWER_KEYS[c] for c in key if c in ANSWER_KEYS}
            if picks and all(p < n for p in picks) and all(
                    c in ANSWER_KEYS or c in " ," for c in key):
                return picks
        return None

    def _ends_turn(self, common: str | None, item: Item) -> bool:
        """Undo or suspend ends this card's turn; after an undo the undone card comes first,
        then this one again."""
        if common not in ("undone", "suspended"):
            return False
        if common == "undone":
            self.session.queue.insert(1, item)
        return True

    def ask_recall(self, item: Item) -> None:
        s = self.session
        notice = self.carried()
        start = self.timer()
        while True:
            self.show(view.question_panel(item, self.counts(), s.cram, notice))
            key = self.key()
            if key in CONTINUE:
                break
            common = self._common(key, item)
            if self._ends_turn(common, item):
                return
            notice = common or "Press space or enter to show the answer."
        duration = int((self.timer() - start) * 1000)
        preview = s.preview(item) if not s.cram else None
        notice = ""
        while True:
            self.show(view.answer_panel(item, self.counts(), preview, s.cram, notice))
            key = self.key()
            if key in ("1", "2", "3", "4"):
                s.grade(item, int(key), duration)
                self.suspended = None
                return
            common = self._common(key, item)
            if self._ends_turn(common, item):
                return
            notice = common or "Grade it: 1 Again, 2 Hard, 3 Good, 4 Easy."


def run_quiz(session: Session, keys, console: Console, timer=time.monotonic) -> None:
    """Ask cards until the queue is empty or the student quits; then the summary. `timer`
    (seconds, monotonic) times each answer."""
    _Loop(session, keys, console, timer).run()
    summary = session.summary()
    if console.is_terminal:
        console.clear()
    console.print(view.summary_panel(summary, session.clock(), session.options.service))


class QuizScreen:
    """The quiz on a console: app.quiz.run_quiz's screen."""

    def __init__(self, console: Console) -> None:
        self.console = console

    def run(self, session: Session, keys, timer=time.monotonic) -> None:
        run_quiz(session, keys, self.console, timer)

    def interrupted(self) -> None:
        self.console.print()
        make_console(stderr=True).print(
            "studycli: interrupted; every answer given so far is saved",
            markup=False, highlight=False, soft_wrap=True)
