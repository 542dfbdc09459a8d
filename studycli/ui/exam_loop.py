"""Driving a timed exam from keys: the countdown stays on screen until submit or time-out.

On a terminal the screen is redrawn every second (Rich Live) while waiting for a key; with
line input (pipes, tests) the screen is printed after every key. Time is read from the
session's injected clock after every key and every redraw.
"""

from __future__ import annotations

from rich.console import Console
from rich.live import Live

from studycli.exam.session import ExamSession
from studycli.ui.console import emit
from studycli.ui.exam_view import render_confirm, render_question

OPTION_KEYS = {**{str(i + 1): i for i in range(9)}, **{c: i for i, c in enumerate("abcde")}}


def apply_key(session: ExamSession, key: str, state: dict) -> str:
    """Apply one key to the session; returns a message to show (or "")."""
    if state.get("confirm"):
        state["confirm"] = False
        if key in ("y", "yes"):
            session.submit()
        return ""
    if state.get("goto") is not None:
        return _goto_key(session, key, state)
    if key in OPTION_KEYS:
        session.choose(OPTION_KEYS[key])
        return ""
    return _command_key(session, key, state)


def _goto_key(session: ExamSession, key: str, state: dict) -> str:
    """A key while "go to question: N" is being typed."""
    if key == "enter":
        digits, state["goto"] = state["goto"], None
        if digits.isdigit():
            session.go(int(digits) - 1)
        return ""
    if key == "backspace":
        state["goto"] = state["goto"][:-1]
    elif key.isdigit():
        state["goto"] += key
    else:
        state["goto"] = None
    return f"go to question: {state['goto']}" if state.get("goto") is not None else ""


def _command_key(session: ExamSession, key: str, state: dict) -> str:
    """A navigation or command key (not an option)."""
    if key in ("n", "right", "enter", "down", "j"):
        session.next()
    elif key in ("p", "left", "up", "k"):
        session.previous()
    elif key == "f":
        session.toggle_flag()
    elif key == "u":
        session.next_flagged_or_unanswered()
    elif key == "x":
        session.clear()
    elif key in ("s", "q", "esc"):
        state["confirm"] = True
    elif key == "g":
        state["goto"] = ""
        return "go to question: "
    elif key.startswith("g") and key[1:].strip().isdigit():  # "g 12" typed as one line
        session.go(int(key[1:].strip()) - 1)
    else:
        return f"unknown key {key!r}"
    return ""


def _screen(session, state, message):
    return render_confirm(session) if state.get("confirm") else render_question(session, message)


def _cleared(live: Live, console: Console) -> bool:
    """Clear the screen under the live exam: the draw's notes ("your notes make 2 questions,
    not 6", the domains short...) are there to read before the first key; after it the
    screen is the exam's alone (4 to 6 of them stayed above the question of a 24-row
    terminal to the end of the exam)."""
    live.stop()
    console.clear()
    live.start()
    return True


def run_exam(session: ExamSession, keys, console: Console, redraw_every: float = 1.0) -> None:
    """Run until the student submits, time runs out, or the input ends (which submits)."""
    state: dict = {}
    message = ""
    if getattr(keys, "interactive", False):
        with Live(_screen(session, state, message), console=console, auto_refresh=False,
                  transient=True) as live:
            cleared = False
            while not session.check_time():
                try:
                    key = keys.read(timeout=redraw_every)
                except EOFError:
                    session.submit()
                    break
                if key is not None:
                    message = apply_key(session, key, state)
                    cleared = cleared or _cleared(live, console)
                if not session.finished:
                    live.update(_screen(session, state, message), refresh=True)
        if session.timed_out:
            console.print("Time is up.", style="bold red")
        return
    console.print(_screen(session, state, message))
    while not session.check_time():
        try:
            key = keys.read()
        except EOFError:
            session.submit()
            break
        if key is None or session.check_time():
            continue
        message = apply_key(session, key, state)
        if not session.finished:
            console.print(_screen(session, state, message))
    if session.timed_out:
        console.print("Time is up.", style="bold red")


class ExamScreen:
    """A practice exam on a console: app.exam.take_exam's screen."""

    def __init__(self, console: Console) -> None:
        self.console = console
        # the draw's notes a live exam cleared, said again under the results (exam_command)
        self.notes_again: list[str] = []

    def started(self, paper) -> None:
        minutes = f"{paper.minutes} minute" + ("" if paper.minutes == 1 else "s")
        self.console.print(f"{paper.title or paper.profile}: {len(paper.questions)} questions, "
                           f"{minutes}, seed {paper.seed}.", markup=False, style="bold")

    def run(self, session: ExamSession, keys) -> None:
        if getattr(keys, "interactive", False):
            with keys:  # the terminal stays in single-key mode for the whole exam
                run_exam(session, keys, self.console)
        else:
            run_exam(session, keys, self.console)

    def blank(self) -> None:
        self.console.print("No question was answered: the attempt was not saved.", markup=False)

    def results(self, result) -> None:
        from studycli.ui.exam_view import render_results, render_review, render_score_line

        self.console.print(render_results(result))
        review = render_review(result)
        for part in review:
            emit(self.console, part)
        from studycli.sanitize import safe_text

        for line in self.notes_again:
            self.console.print(safe_text(f"note: {line}"), markup=False, style="dim")
        # a long review, or the notes said again, scroll the score away: it is said again last
        if len(review) > 2 or self.notes_again:
            self.console.print(render_score_line(result))
