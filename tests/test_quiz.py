"""The quiz: sessions driven with scripted keys, undo, quit, limits, cram, flag, suspend."""

import io
import json
import random
import re
from datetime import datetime, timedelta

import pytest
from rich.console import Console
from typer.testing import CliRunner

from studycli.cards import sync_cards
from studycli.cli import app
from studycli.questions import card_types_for
from studycli.quiz.session import QuizOptions, Session
from studycli.scheduler import NEW, format_time
from studycli.store import cards as store
from studycli.store.db import connect
from studycli.ui.keyinput import LineKeys
from studycli.ui.quiz_loop import run_quiz

from .quiz_facts import T0, sample_facts

runner = CliRunner()


class Clock:
    def __init__(self, now=T0):
        self.now = now

    def __call__(self):
        return self.now


@pytest.fixture
def db(quiz_db):
    return quiz_db  # this file's name for the sample cards' database (conftest.py)


def session(db, clock=None, **options):
    options.setdefault("fuzz", False)
    return Session(db, QuizOptions(**options), clock=clock or Clock(), rng=random.Random(0))


def drive(s, script):
    out = io.StringIO()
    run_quiz(s, LineKeys(io.StringIO("".join(line + "\n" for line in script))),
             Console(file=out, width=100, color_system=None))
    return out.getvalue()


def right_keys(item):
    return "".join(str(i + 1) for i in item.question.answers)


def reviews(db):
    return db.conn.execute("SELECT count(*) FROM reviews").fetchone()[0]


def test_cards_are_made_for_every_fact_with_stable_ids(db):
    rows = store.list_cards(db)
    assert len(rows) == len({r["id"] for r in rows}) >= 30
    assert {r["card_type"] for r in rows} >= {"recall", "choice", "range", "default",
                                              "code_to_meaning", "meaning_to_code", "invocation"}
    assert sync_cards(db, T0) == {"added": 0, "revived": 0, "missing": 0}


def vouched_facts(facts):
    """The facts the AWS reference vouches for, by the Python rule (the quiz reads SQL)."""
    from studycli.questions.currency import _currency, vouched
    from studycli.reference.currency import currency_rows

    rows = {r["fact_id"]: r for r in currency_rows(facts)}
    return [f for f in facts if f.id in rows and vouched(_currency(rows[f.id]))]


def test_queue_is_due_reviews_then_new_cards_one_per_fact(db):
    s = session(db)
    keys = [(c["service"], c["subject"], c["attribute"]) for c in s.queue]
    groups = {tuple(k.lower() for k in (f.service, f.subject, f.attribute))
              for f in vouched_facts(sample_facts()) if card_types_for(f)}
    assert len(keys) == len(set(keys)) == min(20, len(groups))  # one per sibling group
    assert all(c["state"] == NEW for c in s.queue)


def test_only_what_the_aws_reference_vouches_for_is_drilled_unless_as_written(db):
    every = {(f.service.lower(), f.subject.lower(), f.attribute.lower())
             for f in sample_facts() if card_types_for(f)}
    vouched = {(f.service.lower(), f.subject.lower(), f.attribute.lower())
               for f in vouched_facts(sample_facts()) if card_types_for(f)}
    assert vouched and every - vouched  # the sample holds both
    asked = {(c["service"], c["subject"], c["attribute"])
             for c in session(db, new=500).queue}
    assert asked == vouched
    as_written = {(c["service"], c["subject"], c["attribute"])
                  for c in session(db, new=500, as_written=True).queue}
    assert as_written == every


def test_multiple_choice_grading_maps_to_ratings(db):
    s = session(db)
    item = s.next()
    while not item.question.options:
        item = s.next()
    wrong = ({0, 1, 2, 3} - set(item.question.answers)).pop()
    assert s.answer(item, {wrong}, 1000).rating == 1
    item2 = s.next()
    while not item2.question.options:
        item2 = s.next()
    assert s.answer(item2, set(item2.question.answers), 1000).rating == 3  # fast: still Good
    item3 = s.next()
    while not item3.question.options:
        item3 = s.next()
    assert s.answer(item3, set(item3.question.answers), 20_000).rating == 3


def test_undo_restores_the_card_exactly_and_removes_the_review(db):
    s = session(db)
    item = s.next()
    before = store.get_card(db, item.card["id"])
    s.grade(item, 3, 1500)
    after = store.get_card(db, item.card["id"])
    assert after != before and after["reps"] == 1 and reviews(db) == 1
    # A second review of a reviewed card, then undo it: back to the first review's state.
    s.clock.now = T0 + timedelta(minutes=11)
    again = s.next()
    assert again.card["id"] == item.card["id"]  # the learning step came due
    s.grade(again, 1, 1000)
    assert reviews(db) == 2
    redo = s.undo()
    assert redo.card == after == store.get_card(db, item.card["id"])
    assert reviews(db) == 1
    s.undo()
    assert store.get_card(db, item.card["id"]) == before and reviews(db) == 0
    assert s.undo() is None


def test_whole_session_through_the_cli(db):
    # Answer everything: reveal + Good for recall; option 1 + continue for choices.
    script = "\n3\n\n" * 60
    result = runner.invoke(app, ["quiz", "--limit", "8"], input=script)
    assert result.exit_code == 0, result.output
    # The script's pick is right or wrong as the CLI's unseeded shuffle falls (a fixed count
    # of answers here failed 2 runs in 8), so the figures are checked against each other:
    # every answer recorded, a card answered wrong comes back and the summary says so.
    # ("Reviewed 7" when every answer was right; "Reviewed 7 cards, 8 answers (1 asked
    # again)" when one came back)
    answers = reviews(db)
    summary = re.search(r"Reviewed\s+(\d+)(?: cards?, (\d+) answers? \((\d+) asked again\))?",
                        result.output)
    assert "Session done" in result.output and summary, result.output
    cards = int(summary.group(1))
    said, again_n = (int(summary.group(2)), int(summary.group(3))) if summary.group(2) \
        else (cards, 0)
    assert cards == 7 and said == answers and cards + again_n == answers
    assert "Due tomorrow" in result.output
    assert "[bold]not markup[/]" in result.output  # note text shown literally
    again = runner.invoke(app, ["stats", "--json"])
    data = json.loads(again.output)
    assert data["reviews_today"] == answers and data["streak_days"] == 1


def test_cram_answers_are_counted_apart_from_scheduled_reviews(db):
    """A cram session leaves the schedule alone: its answers once swelled "reviews today"
    (92 after 9 graded reviews), hiding how much of the due work was done."""
    result = runner.invoke(app, ["quiz", "--cram", "--limit", "3"], input="\n3\n" * 10)
    assert result.exit_code == 0, result.output
    crammed = reviews(db)
    assert crammed >= 1
    data = json.loads(runner.invoke(app, ["stats", "--json"]).output)
    assert data["reviews_today"] == 0 and data["reviews_total"] == 0
    assert data["cram_today"] == crammed and data["streak_days"] == 1
    assert sum(day["reviews"] for day in data["reviews_per_day"]) == 0
    text = runner.invoke(app, ["stats"]).output
    assert f"{crammed} cram answer" in text


def test_scripted_answers_are_graded(db):
    s = session(db, limit=6)
    script, probe = [], session(db, limit=6)
    # Work out the right keys from an identical session (same seed, same queue).
    item = probe.next()
    while item is not None:
        if item.question.options:
            keys = right_keys(item)
            script += [keys, ""]
            probe.answer(item, set(item.question.answers), 10_000)
        else:
            script += ["", "3"]
            probe.grade(item, 3, 1000)
        item = probe.next()
    # every answer right: no card is asked again before it is due, so 5 answers on 5 cards,
    # not the limit's 6 (a card answered Good came back 9 minutes early as the sixth)
    n = len(probe.history)
    assert n == 5
    for _ in probe.history[::-1]:
        probe.undo()
    out = drive(s, script)
    assert re.search(rf"Reviewed\s+{n}\b", out) and re.search(rf"Accuracy\s+100% \({n}/{n}\)",
                                                                 out)
    assert s.summary().accuracy == 1.0
    assert reviews(db) == n


def test_quit_mid_session_keeps_every_answer(db):
    out = drive(session(db), ["", "3", "", "3", "q"])
    assert reviews(db) == 2
    assert "Session done" in out
    # The next session starts where this one stopped: those two are no longer new.
    s = session(db)
    assert all(c["reps"] == 0 for c in s.queue if isinstance(c, dict))


def test_end_of_input_quits_and_saves(db):
    drive(session(db), ["", "3"])
    assert reviews(db) == 1


def test_undo_key_in_the_loop(db):
    first = session(db).next().card["id"]
    drive(session(db), ["", "3", "u", "", "1", "q"])
    rows = store.reviews_of(db, first)
    assert [r["rating"] for r in rows] == [1]  # Good was undone, Again replaced it


def test_suspend_and_undo_say_what_they_did(db):
    screen = drive(session(db), ["s", "q"])
    assert "Suspended:" in screen and "will not be asked again" in screen
    screen = drive(session(db), ["", "3", "u", "q"])
    assert "Undone:" in screen


def test_a_suspension_is_taken_back_by_u(db):
    """'s' is one key away from a slip: u right after it brings the card back, asked next,
    and it stays unsuspended (nothing else in the tool can unsuspend a card)."""
    first = session(db).next().card["id"]
    screen = drive(session(db), ["s", "u", "", "3", "q"])
    assert "Suspension undone" in screen
    assert store.get_card(db, first)["suspended"] == 0
    assert [r["rating"] for r in store.reviews_of(db, first)] == [3]  # asked again, graded
    second = session(db).next().card["id"]
    drive(session(db), ["s", "", "3", "u", "q"])  # after an answer, u takes back the answer
    assert store.get_card(db, second)["suspended"] == 1


def test_flag_and_suspend(db):
    s = session(db)
    first = s.next().card["id"]
    drive(session(db), ["f", "s", "q"])
    card = store.get_card(db, first)
    assert card["flagged"] == 1 and card["suspended"] == 1
    assert first not in {c["id"] for c in session(db).queue}
    result = runner.invoke(app, ["cards", "--flagged", "--json"])
    rows = json.loads(result.output)
    assert [r["id"] for r in rows] == [first]
    assert rows[0]["facts"][0]["source"] and rows[0]["facts"][0]["line"]
    human = runner.invoke(app, ["cards", "--flagged"])
    assert human.exit_code == 0 and "[bold]not markup[/]" in human.output


def test_daily_new_limit_counts_the_local_day(db):
    clock = Clock()
    s = session(db, clock, new=3)
    for _ in range(3):
        s.grade(s.next(), 4, 1000)  # Easy: out of learning, not back today
    assert session(db, clock, new=3).queue == type(s.queue)()
    clock.now = T0 + timedelta(days=1)
    assert len([c for c in session(db, clock, new=3).queue if c["state"] == NEW]) == 3


def test_cards_whose_notes_left_do_not_use_up_the_days_new_cards(db):
    clock = Clock()
    s = session(db, clock, new=3)
    studied = []
    for _ in range(3):
        item = s.next()
        s.grade(item, 4, 1000)  # Easy: out of learning, not back today
        studied.append(item.card["id"])
    assert session(db, clock, new=3).queue == type(s.queue)()
    # their notes left (the sample notes a student's first ingest sets aside): never asked
    # again, so the day's new cards are the student's own three
    db.conn.executemany("UPDATE cards SET missing = 1 WHERE id = ?", [[c] for c in studied])
    db.conn.commit()
    assert store.done_since(db, "") == (0, 0)
    fresh = [c for c in session(db, clock, new=3).queue if c["state"] == NEW]
    assert len(fresh) == 3 and not set(c["id"] for c in fresh) & set(studied)


def test_cram_leaves_the_schedule_untouched(db):
    s = session(db)
    item = s.next()
    s.grade(item, 3, 1000)
    card = store.get_card(db, item.card["id"])
    # any cards, not only due or new ones (those that make a question: the queue is what "left"
    # counts, so a card that makes none is not queued)
    assert len(session(db, cram=True, new=1).queue) > 10
    c = session(db, cram=True, card_ids=[item.card["id"]])
    cram_item = c.next()
    c.grade(cram_item, 1, 1000)
    assert store.get_card(db, item.card["id"]) == card
    rows = store.reviews_of(db, item.card["id"])
    assert [r["cram"] for r in rows] == [0, 1]
    assert store.done_since(db, "") == (1, 0)  # cram reviews do not count toward limits


def test_missed_cards_hook(db):
    s = session(db)
    item = s.next()
    s.grade(item, 1, 1000)
    missed = store.missed_card_ids(db, "")
    assert missed == [item.card["id"]]
    m = session(db, card_ids=missed)
    assert [c["id"] for c in m.queue] == missed and m.cram


def test_service_filter(db):
    s = session(db, service="lambda")
    assert s.queue and all(c["service"] == "lambda" for c in s.queue)
    result = runner.invoke(app, ["quiz", "--service", "nosuchthing"], input="q\n")
    assert result.exit_code == 1


def test_nothing_due_says_when_next(db):
    clock = Clock()
    s = session(db, clock, new=1)
    s.grade(s.next(), 4, 1000)
    out = drive(session(db, clock, new=1), [])
    assert "Nothing due right now" in out and "The next card is due in 8d" in out


def test_stats_json_keys(db):
    s = session(db)
    s.grade(s.next(), 3, 1000)
    data = json.loads(runner.invoke(app, ["stats", "--json"]).output)
    for key in ("cards", "new", "learning", "review", "suspended", "reviews_today",
                "reviews_total", "retention_30d", "streak_days", "due_forecast"):
        assert key in data
    assert data["cards"] == data["new"] + data["learning"] + data["review"] + data["suspended"]
    assert data["learning"] == 1 and data["reviews_total"] == 1
    assert len(data["due_forecast"]) == 7 and len(data["reviews_per_day"]) == 30
    human = runner.invoke(app, ["stats"])
    assert human.exit_code == 0 and "Retention" in human.output


def test_answers_are_committed_as_given(db, _private_db):
    s = session(db)
    s.grade(s.next(), 3, 1000)
    other = connect(_private_db)  # another process's view
    assert other.conn.execute("SELECT count(*) FROM reviews").fetchone()[0] == 1


def test_a_second_writer_waits_instead_of_failing(db, _private_db, monkeypatch):
    import sqlite3
    import threading

    blocker = sqlite3.connect(str(_private_db), isolation_level=None, check_same_thread=False)
    blocker.execute("BEGIN IMMEDIATE")
    monkeypatch.setattr(store, "RETRIES", 40)
    db.conn.execute("PRAGMA busy_timeout = 50")  # make the lock bite quickly
    threading.Timer(0.3, lambda: blocker.execute("COMMIT")).start()
    s = session(db)
    s.grade(s.next(), 3, 1000)
    assert reviews(db) == 1


def test_time_strings(db):
    assert store.due_cards(db, format_time(T0), 10) == []


def test_siblings_of_a_card_reviewed_today_wait_for_another_day(db):
    clock = Clock()
    s = session(db, clock)
    item = s.next()
    s.grade(item, 4, 1000)
    key = tuple(item.card[k] for k in ("service", "subject", "attribute", "qualifier"))

    def keys(sess):
        return {tuple(c[k] for k in ("service", "subject", "attribute", "qualifier"))
                for c in sess.queue}

    assert key not in keys(session(db, clock))
    clock.now = T0 + timedelta(days=1)
    assert key in keys(session(db, clock))


def test_two_terminals_answering_one_card_build_on_each_other(db, _private_db):
    a = session(db)
    b = session(connect(_private_db))
    item_a, item_b = a.next(), b.next()
    assert item_a.card["id"] == item_b.card["id"]
    a.grade(item_a, 3, 1000)
    after_a = store.get_card(db, item_a.card["id"])
    b.grade(item_b, 3, 1000)  # b's copy of the card is stale; the stored one is used
    rows = store.reviews_of(db, item_a.card["id"])
    assert json.loads(rows[1]["prev"]) == store.state_of(after_a)
    assert store.get_card(db, item_a.card["id"])["reps"] == 2


def test_stats_retention_lapses_and_forecast(db):
    from studycli.app.stats import collect

    clock = Clock()
    s = session(db, clock)
    item = s.next()
    cid = item.card["id"]
    s.grade(item, 3, 1000)                       # learning, 10 minutes
    for rating in (3, 3, 1):                     # graduate, review once, then forget
        card = store.get_card(db, cid)
        clock.now = datetime.fromisoformat(card["due"].replace("Z", "+00:00"))
        again = session(db, clock, card_ids=None)
        nxt = next(i for i in iter(again.next, None) if i.card["id"] == cid)
        again.grade(nxt, rating, 1000)
    data = collect(db, clock.now)
    # Reviews of cards in the review state: one Good, one Again.
    assert data["retention_30d"] == 0.5
    assert data["weakest_services"][0]["lapses"] == 1
    assert data["weakest_services"][0]["service"] == item.question.service
    assert data["learning"] == 1  # relearning counts as learning
    assert sum(d["due"] for d in data["due_forecast"]) == 1
    assert data["streak_days"] >= 1


def test_missed_drills_the_last_exams_facts_then_quiz_misses(db):
    from studycli.model import card_id
    from studycli.quiz.missed import missed_card_ids

    e504 = next(f for f in sample_facts() if f.attribute == "504")
    db["exam_attempts"].insert({"id": "a1", "finished_at": "2026-03-01T10:00:00"})
    db["exam_answers"].insert_all([
        {"attempt_id": "a1", "position": 0, "correct": 0, "fact_ids": json.dumps([e504.id])},
        {"attempt_id": "a1", "position": 1, "correct": 1, "fact_ids": json.dumps(["other"])},
    ])
    s = session(db)
    item = s.next()
    s.grade(item, 1, 1000)
    ids = missed_card_ids(db, T0)
    assert ids == [card_id(e504.key, "code_to_meaning"), card_id(e504.key, "meaning_to_code"),
                   item.card["id"]]
    m = session(db, card_ids=ids)
    assert [c["id"] for c in m.queue] == ids[:1] + ids[2:]  # one card per fact a session


def test_a_key_the_card_does_not_take_names_the_keys_it_does(db):
    from studycli.ui.quiz_view import answer_keys

    class Three:
        options, multi = ["a", "b", "c"], False

    assert answer_keys(Three()) == "1-3 or a-c to answer"
    s, probe, script = session(db, limit=8), session(db, limit=8), []
    item = probe.next()
    while item is not None and not item.question.options:
        script += ["", "3"]
        probe.grade(item, 3, 1000)
        item = probe.next()
    assert item is not None, "the session asks a card with options"
    screen = drive(s, [*script, "9", "q"])
    assert f"Press {answer_keys(item.question)}." in screen
