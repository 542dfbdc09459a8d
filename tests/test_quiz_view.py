"""The quiz screens render note text literally and show what the issue asks for."""

import io
import random
from datetime import UTC, datetime, timedelta

from rich.console import Console

from studycli.model import Fact
from studycli.questions import FactPool, build_question
from studycli.quiz.session import Item, Result, Summary
from studycli.ui import quiz_view as view

from .quiz_facts import sample_facts

NOW = datetime(2026, 3, 2, 9, 0, tzinfo=UTC)
COUNTS = {"done": 3, "left": 12, "new": 5, "learning": 2, "review": 5}


def render(renderable) -> str:
    out = io.StringIO()
    Console(file=out, width=100, color_system=None).print(renderable)
    return out.getvalue()


def item_for(fact, card_type, as_written=False):
    pool = FactPool.from_facts(sample_facts() + [fact], as_written=as_written)
    q = build_question(fact, card_type, pool, random.Random(0))
    card = {"id": q.card_id, "state": 0, "flagged": 0}
    return Item(card, q)


def test_markup_in_notes_is_shown_literally():
    fact = Fact("SQS", "[red]queue[/red]", "[bold]batch size[/]", "limit", "max", "10",
                10, "count", source="n.md", line=4, snippet="- [bold]batch[/] is 10 [/]")
    item = item_for(fact, "choice", as_written=True)  # a made-up fact, no AWS entry vouches
    screen = render(view.question_panel(item, COUNTS))
    assert "[red]queue[/red]" in screen and "[bold]batch size[/]" in screen
    answered = Result(item, 1, False, {(item.question.answers[0] + 1) % 4}, NOW, 1, NOW)
    screen = render(view.result_panel(answered, COUNTS))
    assert "- [bold]batch[/] is 10 [/]" in screen and "n.md:4" in screen
    assert "Not quite" in screen and "your answer" in screen


def test_question_screen_has_progress_options_and_keys():
    fact = next(f for f in sample_facts() if f.attribute == "message size")
    screen = render(view.question_panel(item_for(fact, "choice"), COUNTS))
    # the card on screen (new) is one of those left, in its own state: the figures add up
    assert "3 done · 13 left" in screen and "new 6 · learning 2 · review 5" in screen
    for key in "1234":
        assert f" {key} " in screen
    # the note's 256 KB is out of date: the option keyed is the current AWS value
    assert "1 MB" in screen and "1-4 or a-d to answer" in screen


def test_recall_answer_shows_grade_bar_with_intervals():
    fact = next(f for f in sample_facts() if f.attribute == "message size")
    preview = {1: timedelta(minutes=1), 2: timedelta(minutes=6), 3: timedelta(minutes=10),
               4: timedelta(days=4)}
    screen = render(view.answer_panel(item_for(fact, "recall"), COUNTS, preview))
    assert "Again 1m ·  2  Hard 6m ·  3  Good 10m ·  4  Easy 4d" in screen
    assert "Answer: 1 MiB (AWS today; your note says 256 KB)" in screen
    # "AWS docs: 1 MiB" may wrap after "AWS" (the line also says when AWS changed it)
    assert "docs: 1 MiB" in screen and "https://docs.aws.amazon.com/" in screen
    assert "sample.md:1" in screen


def test_summary_and_nothing_due():
    s = Summary(reviewed=12, correct=9, graded=12, seconds=245, streak_days=4, due_today=2,
                due_tomorrow=7, due_week=31, new_left=40, next_due=NOW + timedelta(minutes=9),
                cram=False)
    screen = render(view.summary_panel(s, NOW))
    for text in ("Reviewed", "12", "75% (9/12)", "4m 05s", "4 days", "Due tomorrow", "7",
                 "Next 7 days", "31"):
        assert text in screen
    empty = Summary(0, 0, 0, 1, 0, 0, 0, 0, 0, NOW + timedelta(days=3), False)
    assert "The next card is due in 3d" in render(view.summary_panel(empty, NOW))
    quit_early = Summary(0, 0, 0, 1, 0, 0, 0, 0, 0, None, False, left=5)
    assert "5 cards still waiting" in render(view.summary_panel(quit_early, NOW))


def test_the_header_fits_80_columns_and_its_counts_add_up():
    fact = next(f for f in sample_facts() if f.attribute == "message size")
    big = {"done": 120, "left": 180, "new": 20, "learning": 40, "review": 120}
    for cram in (False, True):
        header = view.header(big, item_for(fact, "choice"), cram).plain
        assert len(header) <= 80 - 6, header  # the panel's corners and padding
        assert "181 left" in header
    plain = view.header(big, item_for(fact, "choice")).plain
    assert "new 21 · learning 40 · review 120" in plain  # 21 + 40 + 120 = 181


def test_the_answered_card_is_no_longer_counted_as_left():
    fact = next(f for f in sample_facts() if f.attribute == "message size")
    item = item_for(fact, "choice")
    answered = Result(item, 3, True, {item.question.answers[0]}, NOW, 1, NOW)
    screen = render(view.result_panel(answered, COUNTS))
    assert "3 done · 12 left" in screen and "new 5 · learning 2 · review 5" in screen


def test_learning_steps_not_due_yet_are_counted_apart_so_left_goes_down():
    # a new user: "1 done · 19 left", "12 done · 19 left": every "Good" on a new card moved it
    # to a learning step 10 minutes away, still counted as left
    fact = next(f for f in sample_facts() if f.attribute == "message size")
    later = {"done": 12, "left": 20, "new": 8, "learning": 12, "review": 0, "later": 12}
    header = view.header(later, item_for(fact, "choice")).plain
    assert "12 done · 9 left · new 9 · learning 0 · review 0 · 12 back later" in header
    big = {"done": 120, "left": 180, "new": 20, "learning": 40, "review": 120, "later": 40}
    assert len(view.header(big, item_for(fact, "choice")).plain) <= 80 - 6


def test_the_session_counts_learning_steps_not_due_yet():
    from studycli.quiz.session import Session

    session = Session.__new__(Session)
    session.queue, session.history = [], []
    session.learning = [{"state": 1, "due": "2026-03-02T09:10:00+00:00"},
                        {"state": 1, "due": "2026-03-02T08:59:00+00:00"}]
    session.clock = lambda: NOW
    counts = session.counts()
    assert counts["learning"] == 2 and counts["later"] == 1 and counts["left"] == 2


def test_the_header_fits_80_columns_with_cards_back_later_and_a_card_asked_early():
    # a new user at 80 columns: "… 15 back later · early: d─╮", the header cut mid-word
    fact = next(f for f in sample_facts() if f.attribute == "message size")
    item = item_for(fact, "choice")
    item.early = timedelta(minutes=9)
    counts = {"done": 104, "left": 120, "new": 20, "learning": 40, "review": 60, "later": 15}
    out = io.StringIO()
    Console(file=out, width=80, color_system=None).print(view.question_panel(item, counts))
    top = out.getvalue().splitlines()[0]
    assert len(top) == 80 and top.endswith("╮")
    for figure in ("104 done", "105 left", "20 new", "25 learn", "60 rev", "15 later", "early 9m"):
        assert figure in top, (figure, top)
    wide = io.StringIO()  # where it fits, the words stay whole
    Console(file=wide, width=120, color_system=None).print(view.question_panel(item, counts))
    assert "15 back later · early: due in 9m" in wide.getvalue().splitlines()[0]
