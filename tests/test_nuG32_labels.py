"""Labels that said what was not so: a cram quit early said its cards were "still waiting for
today" (a cram schedules nothing); a card answered in an earlier cram was tagged "new"; the
exam draw's notes stayed above the question for a whole 80x24 exam."""

from __future__ import annotations

import io
import random

from rich.console import Console

from studycli.exam.session import ExamSession
from studycli.quiz.session import QuizOptions, Session
from studycli.ui import quiz_view as view
from studycli.ui.exam_loop import run_exam
from studycli.ui.keyinput import ScriptedKeys

from .quiz_facts import T0


def _said(renderable) -> str:
    out = io.StringIO()
    Console(file=out, width=80, color_system=None).print(renderable)
    return " ".join(out.getvalue().split())


def _cram(db) -> Session:
    return Session(db, QuizOptions(cram=True, fuzz=False), clock=lambda: T0,
                   rng=random.Random(0))


def test_a_cram_quit_at_once_says_nothing_waits_for_today(quiz_db):
    session = _cram(quiz_db)
    assert session.next() is not None
    session.current_unanswered = True  # q on the first card
    said = _said(view.summary_panel(session.summary(), T0))
    assert "still waiting for today" not in said
    assert "of this cram not asked (a cram schedules nothing" in said


def test_a_card_answered_in_an_earlier_cram_is_not_tagged_new(quiz_db):
    first = _cram(quiz_db)
    item = first.next()
    assert item.card["state"] == 0 and "· new" in _said(view.question_panel(item, first.counts(),
                                                                          cram=True))
    first.grade(item, 3, 1000)
    again = _cram(quiz_db)
    seen = None
    while (shown := again.next()) is not None:
        if shown.card["id"] == item.card["id"]:
            seen = shown
            break
        again.grade(shown, 3, 1000)
    assert seen is not None and seen.crammed
    said = _said(view.question_panel(seen, again.counts(), cram=True))
    assert "· crammed" in said and "· new" not in said
    out = io.StringIO()
    Console(file=out, width=80, color_system=None).print(
        view.question_panel(seen, again.counts(), cram=True))
    tag = next(line for line in out.getvalue().splitlines() if "· crammed" in line)
    assert seen.question.service in tag  # the header's one line, not wrapped


class _TerminalKeys(ScriptedKeys):
    interactive = True


def test_the_exam_screen_drops_the_draw_notes_after_the_first_key(paper):
    out = io.StringIO()
    con = Console(file=out, width=80, height=24, force_terminal=True, color_system=None)
    con.print("note: your notes make 2 questions, not 6")
    session = ExamSession.start(paper, lambda: 1000.0)
    run_exam(session, _TerminalKeys(["1", "s", "y"]), con, redraw_every=0)
    text = out.getvalue()
    assert "\x1b[2J" in text  # cleared, once, after the first key
    assert text.count("\x1b[2J") == 1 and text.index("\x1b[2J") > text.index("answered 0/")
