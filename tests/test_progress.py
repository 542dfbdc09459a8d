"""Progress export/import: a merge that is idempotent and converges across machines."""

import json
import random
from datetime import timedelta

import pytest
from typer.testing import CliRunner

from studycli.cli import app
from studycli.errors import StudyError
from studycli.progress import export_progress, import_progress, replay
from studycli.quiz.session import QuizOptions, Session

from .quiz_facts import sample_db
from .test_quiz import T0, Clock

runner = CliRunner()


machine = sample_db  # the sample facts and their cards, on disk


def study(db, start, answers: int, seed: int):
    """Answer `answers` cards (new, then whatever is due), recall graded Good, choice picks the
    right option on even turns; fuzz on, as in real use."""
    clock = Clock(start)
    s = Session(db, QuizOptions(fuzz=True), clock=clock, rng=random.Random(seed))
    for turn in range(answers):
        item = s.next()
        if item is None:
            break
        if item.question.options:
            chosen = set(item.question.answers) if turn % 2 == 0 else {
                (item.question.answers[0] + 1) % len(item.question.options)}
            s.answer(item, chosen, duration_ms=9000)
        else:
            s.grade(item, 3, duration_ms=4000)
        clock.now += timedelta(minutes=3)


def schedule(db):
    return {r[0]: r[1:] for r in db.conn.execute(
        "SELECT id, state, due, reps, lapses FROM cards ORDER BY id")}


def review_count(db):
    return db.conn.execute("SELECT count(*) FROM reviews").fetchone()[0]


def test_export_then_import_twice_gives_the_same_reviews_and_due_dates(tmp_path):
    a = machine(tmp_path / "a.db")
    study(a, T0, 12, seed=1)
    study(a, T0 + timedelta(days=2), 8, seed=2)
    file = tmp_path / "progress.jsonl"
    counts = export_progress(a, file, T0 + timedelta(days=3))
    assert counts["review"] == review_count(a) > 0

    b = machine(tmp_path / "b.db")
    first = import_progress(b, file, T0 + timedelta(days=3))
    assert first["reviews_added"] == review_count(a)
    assert review_count(b) == review_count(a)
    assert schedule(b) == schedule(a)  # a linear history keeps its fuzzed intervals exactly

    second = import_progress(b, file, T0 + timedelta(days=3))
    assert second["reviews_added"] == 0 and second["reviews_skipped"] == review_count(a)
    assert review_count(b) == review_count(a) and schedule(b) == schedule(a)


def test_two_machines_that_studied_apart_converge(tmp_path):
    a, b = machine(tmp_path / "a.db"), machine(tmp_path / "b.db")
    study(a, T0, 10, seed=1)                       # both learn some of the same new cards
    study(b, T0 + timedelta(hours=5), 14, seed=9)
    study(a, T0 + timedelta(days=1), 6, seed=3)
    fa, fb = tmp_path / "a.jsonl", tmp_path / "b.jsonl"
    export_progress(a, fa, T0 + timedelta(days=2))
    export_progress(b, fb, T0 + timedelta(days=2))
    import_progress(a, fb, T0 + timedelta(days=2))
    import_progress(b, fa, T0 + timedelta(days=2))
    assert review_count(a) == review_count(b)
    assert schedule(a) == schedule(b)
    # and a second round of exchanges changes nothing
    export_progress(a, fa, T0 + timedelta(days=2))
    assert import_progress(b, fa, T0 + timedelta(days=2))["reviews_added"] == 0
    assert schedule(a) == schedule(b)


def test_replay_of_a_card_reviewed_on_two_machines_counts_every_review():
    a_review = {"card_id": "c" * 16, "rating": 3, "reviewed_at": "2026-03-02T09:00:00.000000Z",
                "cram": 0, "prev": json.dumps({"state": 0, "reps": 0, "lapses": 0}),
                "next": json.dumps({"state": 1, "step": 1, "stability": 2.3, "difficulty": 2.1,
                                    "due": "2026-03-02T09:10:00.000000Z",
                                    "last_review": "2026-03-02T09:00:00.000000Z",
                                    "reps": 1, "lapses": 0})}
    # the other machine's first review of the same card, an hour later, from a new card
    b_review = {**a_review, "reviewed_at": "2026-03-02T10:00:00.000000Z", "rating": 1,
                "next": json.dumps({"state": 1, "reps": 1, "lapses": 0})}
    state = replay("c" * 16, [b_review, a_review])
    assert state["reps"] == 2
    assert state["last_review"] == "2026-03-02T10:00:00.000000Z"  # re-run, not copied
    assert state["state"] in (1, 3)


def test_import_rejects_what_is_not_a_progress_file_and_changes_nothing(tmp_path):
    b = machine(tmp_path / "b.db")
    other = tmp_path / "notes.md"
    other.write_text("# Lambda\n- timeout 15 min\n", encoding="utf-8")
    with pytest.raises(StudyError, match="not a studycli progress file"):
        import_progress(b, other, T0)
    a = machine(tmp_path / "a.db")
    study(a, T0, 4, seed=1)
    good = tmp_path / "p.jsonl"
    export_progress(a, good, T0)
    lines = good.read_text(encoding="utf-8").splitlines()
    lines.append('{"type": "review", "card_id": "x"}')
    bad = tmp_path / "bad.jsonl"
    bad.write_text("\n".join(lines) + "\n", encoding="utf-8")
    with pytest.raises(StudyError, match=rf"bad.jsonl:{len(lines)}:.*nothing was imported"):
        import_progress(b, bad, T0)
    assert review_count(b) == 0
    newer = tmp_path / "newer.jsonl"
    newer.write_text('{"format": "studycli-progress", "version": 99}\n', encoding="utf-8")
    with pytest.raises(StudyError, match="newer studycli"):
        import_progress(b, newer, T0)


def test_export_never_overwrites_a_file_that_is_not_a_progress_file(tmp_path):
    a = machine(tmp_path / "a.db")
    precious = tmp_path / "thesis.txt"
    precious.write_text("do not lose me", encoding="utf-8")
    with pytest.raises(StudyError, match="--force"):
        export_progress(a, precious, T0)
    assert precious.read_text(encoding="utf-8") == "do not lose me"
    export_progress(a, tmp_path / "p.jsonl", T0)
    export_progress(a, tmp_path / "p.jsonl", T0)  # replacing its own export is the daily use


def test_cli_progress_round_trip_and_errors(tmp_path):
    a_db, b_db = tmp_path / "a.db", tmp_path / "b.db"
    a = machine(a_db)
    study(a, T0, 5, seed=4)
    a.conn.close()
    machine(b_db).conn.close()
    file = tmp_path / "sync" / "progress.jsonl"
    out = runner.invoke(app, ["progress", "export", str(file), "--db", str(a_db), "--json"])
    assert out.exit_code == 0, out.output
    assert json.loads(out.stdout)["review"] == 5
    out = runner.invoke(app, ["progress", "import", str(file), "--db", str(b_db), "--json"])
    assert out.exit_code == 0, out.output
    assert json.loads(out.stdout)["reviews_added"] == 5
    out = runner.invoke(app, ["progress", "import", str(tmp_path / "nope.jsonl"),
                              "--db", str(b_db)])
    assert isinstance(out.exception, StudyError) and "does not exist" in str(out.exception)
