"""The quiz's counts and messages add up, and name what the student asked for (real DB, real
fsrs): `--new 40` after this morning's cards, learn-ahead, --missed."""

from __future__ import annotations

from datetime import timedelta

from studycli.cards import sync_cards
from studycli.quiz.session import QuizOptions, Session
from studycli.store.db import connect

from .quiz_facts import T0, store_samples


def _samples(path):
    db = connect(path)
    store_samples(db)
    sync_cards(db)
    return db


def test_the_held_back_notice_names_the_new_cards_asked_for(_private_db):
    db = _samples(_private_db)
    morning = Session(db, QuizOptions(service="sqs", new=2, fuzz=False), clock=lambda: T0)
    for _ in range(2):
        item = morning.next()
        assert item is not None and item.is_new
        morning.grade(item, 4, 1000)
    later = T0 + timedelta(hours=1)
    session = Session(db, QuizOptions(service="sqs", new=40, new_asked=True, fuzz=False),
                      clock=lambda: later)
    notice = session.new_cards_notice()
    assert session.held_back and "not the 38 left of the 40 asked for today" in notice
    assert "(2 studied earlier today)" in notice and "not 20" not in notice


def test_a_learning_step_left_by_an_earlier_session_is_learned_ahead(_private_db):
    # README: with nothing else left, a card due within 20 minutes is asked at once. A
    # session started after quitting said "Nothing due" of the card the quit one was asking.
    db = _samples(_private_db)
    first = Session(db, QuizOptions(service="sqs", new=1, fuzz=False), clock=lambda: T0)
    item = first.next()
    assert item is not None
    # Again: back in a minute, and asked ahead. (A card answered Good waits for its 10
    # minutes, however soon the next session starts: test_fixG32_learn_ahead)
    first.grade(item, 1, 1000)
    later = T0 + timedelta(seconds=20)
    again = Session(db, QuizOptions(service="sqs", new=1, fuzz=False), clock=lambda: later)
    early = again.next()
    assert early is not None and early.card["id"] == item.card["id"]
    assert early.early is not None and timedelta(0) < early.early <= timedelta(minutes=20)
    assert again.counts()["left"] == 0  # the card on screen is not counted as still to do


# --- quiz --missed --------------------------------------------------------------------------

def _missed_exam(db, facts: list[str]) -> None:
    """A finished practice exam whose questions, one per fact id, were all answered wrong."""
    import json

    db.conn.execute(
        "INSERT INTO exam_attempts (id, profile, seed, started_at, finished_at, questions, "
        "raw, scaled, pass_mark, passed, unanswered, timed_out, seconds, interrupted) VALUES "
        "('a1', 'quick', 1, '2026-01-01T00:00:00', '2026-01-01T00:05:00', ?, 0, 100, 720, 0, "
        "0, 0, 60, 0)", [len(facts)])
    for position, fact in enumerate(facts):
        db.conn.execute(
            "INSERT INTO exam_answers (attempt_id, position, question_id, service, kind, "
            "chosen, correct, fact_ids) VALUES ('a1', ?, ?, 'SQS', 'limit', '[0]', 0, ?)",
            [position, f"q{position}", json.dumps([fact])])


def _fact_id(db, attribute: str) -> str:
    return db.conn.execute("SELECT id FROM facts WHERE attribute = ?", [attribute]).fetchone()[0]


def _cli_missed(input_keys: str) -> str:
    from typer.testing import CliRunner

    from studycli.cli import app

    result = CliRunner().invoke(app, ["quiz", "--missed"], input=input_keys,
                                env={"COLUMNS": "200"})
    assert result.exit_code == 0, result.output
    return " ".join(result.output.replace("│", " ").split())


def test_missed_asks_a_card_graded_again_then_good(_private_db):
    from datetime import UTC, datetime

    db = _samples(_private_db)
    now = datetime.now(UTC)  # the CLI's own clock: a miss within the last 7 days
    first = Session(db, QuizOptions(service="sqs", new=1, fuzz=False), clock=lambda: now)
    item = first.next()
    assert item is not None
    first.grade(item, 1, 1000)  # Again: forgotten
    later = now + timedelta(minutes=2)
    first.clock = lambda: later
    again = first.next()
    assert again is not None and again.card["id"] == item.card["id"]
    first.grade(again, 3, 1000)  # then Good at its learning step: it was still missed
    said = _cli_missed("q\n")
    assert "0 done · 1 left" in said
    assert " ".join(item.question.stem.split()) in said


def test_missed_says_which_missed_exam_questions_it_cannot_ask(_private_db):
    db = _samples(_private_db)
    # a question on a plain statement (no card) and one on a limit (cards)
    _missed_exam(db, [_fact_id(db, "networking"), _fact_id(db, "message size")])
    said = _cli_missed("q\n")
    assert "0 done · 1 left" in said
    assert ("1 question you missed in the last practice exam has no quiz card (a statement of "
            "your notes, not a figure, makes none), so it is not asked here") in said
    assert "sample.md:18" in said
    db.conn.execute("DELETE FROM exam_answers WHERE position = 1")
    said = _cli_missed("q\n")  # nothing the quiz can ask: it says why, not "Nothing due"
    assert "Nothing due" not in said and "sample.md:18" in said


def test_missed_counts_only_cards_it_asks(_private_db):
    db = _samples(_private_db)
    facts = [row[0] for row in db.conn.execute("SELECT id FROM facts WHERE kind != 'fact'")]
    _missed_exam(db, facts)
    from datetime import UTC, datetime

    from studycli.quiz.missed import missed_card_ids

    now = datetime.now(UTC)
    session = Session(db, QuizOptions(card_ids=missed_card_ids(db, now), fuzz=False),
                      clock=lambda: now)
    left = [session.counts()["left"]]
    asked = 0
    while (item := session.next()) is not None:
        asked += 1
        left.append(session.counts()["left"])
        session.grade(item, 3, 1000)
    # "left" at the start is what gets asked, and drops by one per card
    assert asked and left[0] == asked and left[1:] == list(range(asked - 1, -1, -1))


def test_a_missed_question_on_a_statement_drills_its_lines_figures(tmp_path):
    """A question missed on "delay queue 0-15 min" read as a statement was said to have "no
    quiz card (a statement of your notes, not a figure, makes none)", while that line's range
    had cards of its own: --missed asks them."""
    from datetime import UTC, datetime

    from studycli.quiz.missed import missed
    from studycli.store.db import connect

    from .helpers import note_db

    db = connect(note_db(tmp_path, "# SQS\n\n- delay queue 0-15 min\n- DLQ: after "
                                   "maxReceiveCount, DLQ of FIFO must be FIFO\n", "sqs.txt"))
    sync_cards(db)
    kinds = dict(db.conn.execute("SELECT id, kind FROM facts WHERE line = 3"))
    statement = next(i for i, k in kinds.items() if k == "fact")
    figures = {i for i, k in kinds.items() if k != "fact"}
    assert figures  # the line's range (or limit) is a figure with cards
    dlq = db.conn.execute("SELECT id FROM facts WHERE line = 4").fetchone()[0]
    _missed_exam(db, [statement, dlq])
    found = missed(db, datetime.now(UTC))
    carded = {cid for (cid,) in db.conn.execute(
        "SELECT id FROM cards WHERE attribute IN (SELECT attribute FROM facts WHERE line = 3 "
        "AND kind != 'fact')")}
    assert carded and carded & set(found.card_ids)
    assert found.without_card == ["sqs.txt:4"]  # a line with no figure still has no card
