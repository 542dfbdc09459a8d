"""A quiz screen fits the terminal: at 80x24 a recall card's answer screen (an outdated note's
correction, a Kotlin SDK page's address wrapped over 3 rows under the panel) took 25 rows and
scrolled its header and the start of its question off the top. console.fit_screen drops blank
rows, as few as it takes; addresses stay whole."""

from __future__ import annotations

import io
import random
import re

from studycli.quiz.session import QuizOptions, Session
from studycli.store.db import connect
from studycli.ui.console import make_console
from studycli.ui.keyinput import LineKeys
from studycli.ui.quiz_loop import run_quiz

from .helpers import note_db
from .quiz_facts import T0

_ESCAPE = re.compile(r"\x1b\[[0-9;?]*[A-Za-z]")


def _screens(db, keys: str, height: int) -> list[list[str]]:
    written = io.StringIO()
    out = make_console(file=written, force_terminal=True, width=80, height=height,
                       color_system=None)
    session = Session(db, QuizOptions(service="rds", cram=True, fuzz=False),
                      clock=lambda: T0, rng=random.Random(0))
    run_quiz(session, LineKeys(io.StringIO(keys)), out)
    text = written.getvalue()
    return [_ESCAPE.sub("", screen).rstrip("\n").split("\n")
            for screen in text.split("\x1b[2J") if screen.strip()]


def test_the_answer_screen_keeps_its_header_at_80x24(tmp_path):
    db = connect(note_db(tmp_path, "RDS\n- read replicas: max 5 (MySQL)\n", name="rds.txt"))
    answer = next(s for s in _screens(db, "\nq\n", 24) if any("How well" in r for r in s))
    rows = sum(max(1, -(-len(row) // 80)) for row in answer)  # the terminal wraps an address
    assert rows < 24, "\n".join(answer)  # a row left for the cursor
    assert "left" in answer[0] and answer[0].startswith("╭")  # the header, on screen
    assert any("read replica" in row for row in answer[:4])  # and the question's start
    assert any(row.startswith("https://docs.aws.amazon.com/") for row in answer)  # whole
    tall = next(s for s in _screens(db, "\nq\n", 60) if any("How well" in r for r in s))
    assert len(tall) > len(answer)  # on a tall screen its blank rows stay
