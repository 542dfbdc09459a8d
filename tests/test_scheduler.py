"""The fsrs wrapper: exact intervals with the clock pinned and fuzzing off."""

from datetime import UTC, datetime, timedelta, timezone

import pytest

from studycli.scheduler import (
    AGAIN,
    EASY,
    GOOD,
    HARD,
    LEARNING,
    NEW,
    RELEARNING,
    REVIEW,
    Scheduler,
    format_interval,
    format_time,
    fsrs_card_id,
    new_state,
    parse_time,
)

T0 = datetime(2026, 3, 2, 9, 0, tzinfo=UTC)
CARD = "0123456789abcdef"


def run(ratings, scheduler=None):
    s = scheduler or Scheduler(enable_fuzzing=False)
    state, now, out = new_state(), T0, []
    for rating in ratings:
        state = s.review(CARD, state, rating, now)
        due = parse_time(state["due"])
        out.append((state["state"], due - now))
        now = due
    return out


def test_exact_intervals_for_a_rating_sequence():
    assert run([GOOD, GOOD, GOOD, AGAIN, GOOD, GOOD]) == [
        (LEARNING, timedelta(minutes=10)),
        (REVIEW, timedelta(days=2)),
        (REVIEW, timedelta(days=11)),
        (RELEARNING, timedelta(minutes=10)),
        (REVIEW, timedelta(days=2)),
        (REVIEW, timedelta(days=5)),
    ]


def test_first_grades_follow_the_learning_steps():
    s = Scheduler(enable_fuzzing=False)
    preview = s.preview(CARD, new_state(), T0)
    assert preview[AGAIN] == timedelta(minutes=1)
    assert preview[HARD] == timedelta(minutes=5, seconds=30)  # halfway between the steps
    assert preview[GOOD] == timedelta(minutes=10)
    assert preview[EASY] == timedelta(days=8)
    assert " · ".join(format_interval(preview[r]) for r in (1, 2, 3, 4)) == "1m · 6m · 10m · 8d"


def test_preview_matches_the_review_it_predicts():
    s = Scheduler(enable_fuzzing=False)
    state = s.review(CARD, new_state(), GOOD, T0)
    later = parse_time(state["due"])
    preview = s.preview(CARD, state, later)
    for rating in (AGAIN, HARD, GOOD, EASY):
        nxt = s.review(CARD, state, rating, later)
        assert parse_time(nxt["due"]) - later == preview[rating]


def test_same_inputs_same_outputs_and_time_is_passed_in():
    assert run([GOOD, HARD, EASY]) == run([GOOD, HARD, EASY])
    # Reviewing "in the past" works: nothing reads the wall clock.
    old = datetime(2001, 1, 1, tzinfo=UTC)
    state = Scheduler(enable_fuzzing=False).review(CARD, new_state(), GOOD, old)
    assert state["due"].startswith("2001-01-01T00:10")


def test_naive_datetimes_are_rejected():
    with pytest.raises(ValueError, match="timezone-aware"):
        Scheduler().review(CARD, new_state(), GOOD, datetime(2026, 1, 1))
    with pytest.raises(ValueError, match="timezone-aware"):
        Scheduler().preview(CARD, new_state(), datetime(2026, 1, 1))


def test_other_time_zones_are_converted():
    tokyo = timezone(timedelta(hours=9))
    a = Scheduler(enable_fuzzing=False).review(CARD, new_state(), GOOD, T0.astimezone(tokyo))
    b = Scheduler(enable_fuzzing=False).review(CARD, new_state(), GOOD, T0)
    assert a == b


def test_bad_rating_and_retention():
    with pytest.raises(ValueError, match="rating"):
        Scheduler().review(CARD, new_state(), 5, T0)
    with pytest.raises(ValueError, match="retention"):
        Scheduler(desired_retention=1.5)


def test_higher_retention_gives_shorter_intervals():
    hi = run([GOOD, GOOD, GOOD], Scheduler(desired_retention=0.97, enable_fuzzing=False))
    lo = run([GOOD, GOOD, GOOD], Scheduler(desired_retention=0.9, enable_fuzzing=False))
    assert hi[-1][1] < lo[-1][1]


def test_state_round_trips_through_storage_text():
    s = Scheduler(enable_fuzzing=False)
    state = s.review(CARD, new_state(), GOOD, T0)
    assert set(state) == {"state", "step", "stability", "difficulty", "due", "last_review"}
    assert parse_time(state["last_review"]) == T0
    assert format_time(parse_time(state["due"])) == state["due"]
    assert state["state"] != NEW


def test_fixed_width_times_sort_as_text():
    times = [T0 + timedelta(microseconds=m) for m in (0, 1, 999999, 1000000)]
    texts = [format_time(t) for t in times]
    assert texts == sorted(texts) and len({len(t) for t in texts}) == 1


def test_card_id_is_an_int_derived_from_the_hash():
    assert fsrs_card_id(CARD) == int(CARD[:12], 16)
    assert fsrs_card_id("ffffffffffffffff") < 2**63


def test_fuzzing_on_stays_near_the_plain_interval():
    plain = run([GOOD, GOOD, GOOD])[-1][1]
    fuzzed = run([GOOD, GOOD, GOOD], Scheduler(enable_fuzzing=True))[-1][1]
    assert abs((fuzzed - plain).days) <= max(3, plain.days // 4)


def test_with_fuzz_the_interval_shown_is_the_interval_given():
    # The grade bar showed the unfuzzed "Easy 8d" and the card then got a fresh fuzz draw
    # (10 days): the preview now draws the fuzz and the review applies what was shown.
    import random

    random.seed(3)
    s = Scheduler()
    state = s.review(CARD, new_state(), EASY, T0)  # a review card, days out: fuzz applies
    later = parse_time(state["due"])
    shown = [s.preview(CARD, state, later)[EASY] for _ in range(12)]
    assert len(set(shown)) > 1  # the fuzz is drawn: a test that could not tell would pass
    for interval in shown:
        nxt = s.review(CARD, state, EASY, later, due_in=interval)
        assert parse_time(nxt["due"]) - later == interval
    plain = Scheduler(enable_fuzzing=False).review(CARD, state, EASY, later)
    # only the due date takes the drawn fuzz: memory state is the scheduler's own
    assert (nxt["stability"], nxt["difficulty"], nxt["state"]) == (
        plain["stability"], plain["difficulty"], plain["state"])


def test_a_quiz_grade_applies_the_interval_its_grade_bar_showed(tmp_path):
    import random

    from studycli.cards import sync_cards
    from studycli.quiz.session import QuizOptions, Session
    from studycli.store import cards as store
    from studycli.store.db import connect
    from tests.quiz_facts import T0 as QT0
    from tests.quiz_facts import store_samples

    random.seed(5)
    db = connect(tmp_path / "s.db")
    store_samples(db)
    sync_cards(db, QT0)
    session = Session(db, QuizOptions(fuzz=True, limit=8), clock=lambda: QT0,
                      rng=random.Random(0))
    graded = 0
    while (item := session.next()) is not None and graded < 8:
        shown = session.preview(item)
        session.grade(item, EASY, 1000)
        due = parse_time(store.get_card(db, item.card["id"])["due"])
        assert due - QT0 == shown[EASY], item.card["id"]
        graded += 1
    assert graded >= 4


def test_the_summary_counts_the_new_cards_a_second_run_would_ask(shipped_copy):
    # A new user quit after 8 of the 15 new cards the first screen promised ("15 new cards
    # today, not 20: ... wait for another day") and read "New cards left today: up to 12":
    # the 5 held back as siblings were counted as well; a second run asks the 7 left. The
    # shipped notes hold back siblings once a day allows more new cards than they have facts
    import io

    from rich.console import Console

    from studycli.quiz.session import QuizOptions, Session
    from studycli.store.db import connect
    from studycli.ui.quiz_view import summary_panel

    db = connect(shipped_copy)
    options = QuizOptions(fuzz=False, new=150)
    session = Session(db, options, clock=lambda: T0)
    asked = 0
    while asked < 3 and (item := session.next()) is not None:
        if item.card["state"] == NEW:
            session.grade(item, GOOD, 1000)
            asked += 1
    if not session.held_back:  # the shipped notes hold back siblings on a first day
        pytest.fail("expected new cards held back as siblings on the shipped notes")
    summary = session.summary()
    left_new = summary.new_queued
    assert left_new == session.new_taken - asked
    out = io.StringIO()
    Console(file=out, width=100).print(summary_panel(summary, T0))
    said = " ".join(out.getvalue().replace("│", " ").split())
    assert f"New cards left today {left_new} (run the quiz again)" in said
    # and a second run does ask that many
    again = Session(db, options, clock=lambda: T0)
    again.next()
    assert again.new_taken == left_new
