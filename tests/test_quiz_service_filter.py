"""A service filter that finds no card says so, instead of sending the student to re-ingest
notes that hold hundreds of cards (a new user's finding: `quiz --service dynamo` on the
shipped notes said "No cards yet: run `studycli ingest` on your notes")."""

from __future__ import annotations

import io
import random

from rich.console import Console

from studycli.quiz.session import QuizOptions, Session
from studycli.ui.keyinput import LineKeys
from studycli.ui.quiz_loop import run_quiz
from tests.quiz_facts import T0


def _screen(db, service: str | None) -> str:
    session = Session(db, QuizOptions(service=service, fuzz=False), clock=lambda: T0,
                      rng=random.Random(0))
    out = io.StringIO()
    run_quiz(session, LineKeys(io.StringIO("q\n")), Console(file=out, width=100,
                                                            color_system=None))
    return out.getvalue()


def test_a_filter_with_no_cards_names_the_service_not_ingest(quiz_db):
    services = {r[0] for r in quiz_db.conn.execute("SELECT DISTINCT service FROM cards")}
    assert "kinesis data firehose" not in services and "data firehose" not in services
    screen = _screen(quiz_db, "data firehose")
    assert "no quiz cards on Data Firehose" in screen, screen
    assert "studycli ingest" not in screen


def test_an_empty_database_still_says_ingest(tmp_path):
    from studycli.store.db import connect

    screen = _screen(connect(tmp_path / "empty.db"), None)
    assert "run `studycli ingest`" in screen, screen
