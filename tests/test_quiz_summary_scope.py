"""A `quiz --service` summary counts that service's cards only, and says so: "Due later
today 16" (every service) beside "Next card in 2d" (the service's) mixed two scopes."""

import io
import random

from rich.console import Console

from studycli.days import start_of_day
from studycli.quiz.session import QuizOptions, Session
from studycli.scheduler import format_time
from studycli.ui.keyinput import LineKeys
from studycli.ui.quiz_loop import run_quiz

from .quiz_facts import T0


def session(db, **options):
    return Session(db, QuizOptions(fuzz=False, **options), clock=lambda: T0,
                   rng=random.Random(0))


def test_a_service_session_counts_its_own_cards_due_and_labels_the_scope(quiz_db):
    db = quiz_db
    lam = session(db, service="lambda")
    for _ in range(3):  # Again: learning steps due again within minutes, later today
        lam.grade(lam.next(), 1, 1000)
    sqs = session(db, service="sqs")
    sqs.grade(sqs.next(), 3, 1000)
    summary = sqs.summary()
    everything = session(db).summary()
    midnight = format_time(start_of_day(T0, 1))
    lambda_due, sqs_due = (db.conn.execute(
        "SELECT count(*) FROM cards WHERE service = ? AND state != 0 AND due < ?",
        [name, midnight]).fetchone()[0] for name in ("lambda", "sqs"))
    assert lambda_due == 3 and sqs_due >= 1
    assert (summary.due_today, everything.due_today) == (sqs_due, sqs_due + lambda_due)
    out = io.StringIO()
    s = session(db, service="sqs", cram=True, limit=1)
    run_quiz(s, LineKeys(io.StringIO("\n3\nq\n")), Console(file=out, width=100,
                                                           color_system=None))
    assert "SQS cards only" in out.getvalue()
