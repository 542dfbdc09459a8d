"""Compare-drill cards: the notes' comparison rows become FSRS cards with stable ids; the drill
records reviews with the real scheduler; the quiz, stats, cards, exports and progress files
carry them."""

from __future__ import annotations

import csv
import io
import json
import random
import shutil
from datetime import UTC, datetime, timedelta

import pytest
from rich.console import Console
from typer.testing import CliRunner

from studycli import compare as lib
from studycli.app.drill import run_drill
from studycli.cli import app
from studycli.compare_cards import CARD_TYPE, build_question, drill_card_id, load_drill_cards
from studycli.ingest import ingest_paths
from studycli.progress import export_progress, import_progress
from studycli.quiz.session import QuizOptions, Session
from studycli.scheduler import NEW
from studycli.store.db import connect
from studycli.ui.compare_view import DrillView
from studycli.ui.keyinput import ScriptedKeys

runner = CliRunner()
T0 = datetime(2026, 3, 2, 9, 0, tzinfo=UTC)

NOTE = """# Messaging

## SQS vs Kinesis Data Streams

| Aspect | SQS | Kinesis Data Streams |
|---|---|---|
| Ordering | Best-effort (FIFO queues: strict) | Per shard |
| Consumers | One consumer per message | Many consumers read the same records |
| Retention | Up to 14 days | Up to 365 days |
| Managed | Fully managed | Fully managed |

## Standard vs FIFO

- Standard
  - Nearly unlimited throughput
- FIFO
  - Strict ordering
"""


class Clock:
    def __init__(self, now=T0):
        self.now = now

    def __call__(self):
        return self.now


def _ingest(db_path, notes_dir, text=NOTE):
    notes_dir.mkdir(exist_ok=True)
    (notes_dir / "messaging.md").write_text(text, encoding="utf-8")
    db = connect(db_path)
    ingest_paths(db, [notes_dir])
    return db


def _compare_cards(db) -> dict[str, dict]:
    cur = db.conn.execute("SELECT id, attribute, missing, state, reps FROM cards "
                          "WHERE card_type = ?", [CARD_TYPE])
    return {r[0]: {"aspect": r[1], "missing": r[2], "state": r[3], "reps": r[4]}
            for r in cur.fetchall()}


@pytest.fixture(scope="module")
def _db_file(tmp_path_factory):
    """NOTE ingested once for the module; the tests that ingest again make their own."""
    folder = tmp_path_factory.mktemp("compare-cards")
    _ingest(folder / "pristine.db", folder / "notes").conn.close()  # checkpointed: one file
    return folder / "pristine.db"


@pytest.fixture
def db(_db_file, _private_db):
    """A copy of the module's ingest for this test alone (its drills and reviews)."""
    shutil.copyfile(_db_file, _private_db)
    return connect(_private_db)


def test_rows_stated_for_both_sides_become_cards_and_nothing_else(db):
    cards = _compare_cards(db)
    assert sorted(c["aspect"] for c in cards.values()) == ["consumers", "retention"]
    # "Managed" is the same on both sides, the Standard/FIFO bullets are one-sided: no card.
    # "Ordering" gives itself away: "FIFO queues" are SQS's vocabulary, a "shard" Kinesis's.
    sqs, kds = lib.Side("SQS"), lib.Side("Kinesis Data Streams")
    assert drill_card_id(sqs, kds, "Retention") in cards
    assert drill_card_id(kds, sqs, "retention") in cards  # either order, any case: one card


def test_card_ids_survive_reingest_and_an_edited_value(_private_db, tmp_path):
    db = _ingest(_private_db, tmp_path / "notes")  # its own notes folder, edited below
    before = _compare_cards(db)
    edited = NOTE.replace("Up to 365 days", "Up to 365 days (extended retention)")
    again = _ingest(_private_db, tmp_path / "notes", edited)
    after = _compare_cards(again)
    assert set(after) == set(before)
    assert all(c["missing"] == 0 for c in after.values())
    gone = _ingest(_private_db, tmp_path / "notes",
                   edited.replace("| Consumers | One consumer per message | Many consumers "
                                  "read the same records |\n", ""))
    left = _compare_cards(gone)
    assert set(left) == set(before)  # kept, never deleted
    assert [c["aspect"] for c in left.values() if c["missing"]] == ["consumers"]


def _drill(db, keys_for, seed=3):
    table = lib.compare(db, "sqs", "kinesis")
    questions = lib.drill_questions(table, random.Random(seed))
    out = io.StringIO()
    result = run_drill(db, table, questions, ScriptedKeys(keys_for(questions)), Clock(),
                       DrillView(Console(file=out, width=80, color_system=None)))
    return questions, result, out.getvalue()


def test_drill_answers_are_reviews_with_the_real_scheduler(db):
    questions, result, text = _drill(db, lambda qs: [str(q.answer + 1) for q in qs])
    assert result.correct == result.asked == len(questions) == 2
    cards = _compare_cards(db)
    assert all(c["reps"] == 1 and c["state"] != NEW for c in cards.values())
    rows = db.conn.execute("SELECT rating, qtype, correct FROM reviews").fetchall()
    assert sorted(rows) == [(3, CARD_TYPE, 1)] * 2  # right is Good
    assert "next review in" in text


def test_a_wrong_drill_answer_is_again(db):
    _drill(db, lambda qs: [str(2 - q.answer) for q in qs])
    rows = db.conn.execute("SELECT rating, correct FROM reviews").fetchall()
    assert sorted(rows) == [(1, 0)] * 2


def test_quitting_the_drill_keeps_what_was_answered(db):
    _drill(db, lambda qs: [str(qs[0].answer + 1), "q"])
    assert db.conn.execute("SELECT count(*) FROM reviews").fetchone()[0] == 1


def _vouched_ids(db) -> set[str]:
    return {r[0] for r in db.conn.execute("SELECT card_id FROM compare_vouched")}


@pytest.mark.parametrize("as_written", [False, True])
def test_the_quiz_asks_due_compare_cards_side_by_side(db, as_written):
    _drill(db, lambda qs: [str(2 - q.answer) for q in qs])  # all wrong: due again soon
    clock = Clock(T0 + timedelta(hours=1))
    s = Session(db, QuizOptions(new=0, fuzz=False, as_written=as_written), clock=clock,
                rng=random.Random(1))
    seen = []
    while (item := s.next()) is not None:
        q = item.question
        assert item.card["card_type"] == CARD_TYPE and q.qtype == CARD_TYPE
        assert q.options == ["Kinesis Data Streams", "SQS"]
        assert "SQS" in q.snippet and "Kinesis Data Streams" in q.snippet
        # The stem carries one side's value (quoted), never a side's name inside it.
        value = q.stem.split("“")[1].split("”")[0]
        assert value and "SQS" not in value and "Kinesis" not in value
        s.answer(item, set(q.answers), duration_ms=9000)
        seen.append(q.card_id)
    # Each at least once (learning steps repeat): the retention row, whose two measures the
    # AWS reference vouches for; the notes' "Consumers" claim only as written.
    retention = drill_card_id(lib.Side("SQS"), lib.Side("Kinesis Data Streams"), "Retention")
    assert _vouched_ids(db) == {retention}
    assert set(seen) == (set(_compare_cards(db)) if as_written else {retention})


def test_new_compare_cards_enter_the_quiz_like_any_card(db):
    s = Session(db, QuizOptions(new=20, fuzz=False), clock=Clock(), rng=random.Random(2))
    types = set()
    while (item := s.next()) is not None:
        types.add(item.question.qtype)
        s.answer(item, set(item.question.answers), 9000) if item.question.options else \
            s.grade(item, 3, 4000)
    assert CARD_TYPE in types


def test_stats_and_cards_count_them(db):
    stats = json.loads(runner.invoke(app, ["stats", "--json"]).output)
    total = db.conn.execute("SELECT count(*) FROM cards").fetchone()[0]
    assert stats["cards"] == total and stats["new"] == total
    listed = json.loads(runner.invoke(app, ["cards", "--json"]).output)
    compare_rows = [r for r in listed if r["card_type"] == CARD_TYPE]
    assert len(compare_rows) == 2
    for r in compare_rows:  # each with the note line its comparison row comes from
        assert r["facts"] and r["facts"][0]["source"] == "messaging.md"
        assert r["facts"][0]["line"] in (7, 8, 9)


def test_exports_carry_compare_cards(db, tmp_path):
    result = runner.invoke(app, ["export", "csv", str(tmp_path / "deck.csv")])
    assert result.exit_code == 0, result.output
    rows = list(csv.DictReader(io.StringIO((tmp_path / "deck.csv").read_text())))
    compare_rows = [r for r in rows if r["kind"] == CARD_TYPE]
    assert len(compare_rows) == 1  # the quiz's own: the one row the AWS reference vouches for
    for r in compare_rows:
        assert "a) Kinesis Data Streams" in r["question"] and "b) SQS" in r["question"]
        assert r["source"].startswith("messaging.md:")


def test_progress_moves_compare_reviews_to_another_machine(db, tmp_path):
    _drill(db, lambda qs: [str(q.answer + 1) for q in qs])
    export_progress(db, tmp_path / "p.jsonl", T0)
    other = _ingest(tmp_path / "other.db", tmp_path / "notes")
    assert all(c["reps"] == 0 for c in _compare_cards(other).values())
    counts = import_progress(other, tmp_path / "p.jsonl", T0)
    assert counts["reviews_added"] == 2
    mine, theirs = _compare_cards(db), _compare_cards(other)
    assert theirs == mine


def test_drill_through_the_cli_records_reviews(db):
    table = lib.compare(db, "sqs", "kinesis")
    qs = lib.drill_questions(table, random.Random(4))
    answers = "".join(f"{q.answer + 1}\n" for q in qs)
    result = runner.invoke(app, ["compare", "sqs", "kinesis", "--drill", "--seed", "4"],
                           input=answers)
    assert result.exit_code == 0, result.output
    assert f"Score: {len(qs)}/{len(qs)}" in result.stdout
    assert db.conn.execute("SELECT count(*) FROM reviews").fetchone()[0] == 2


def test_a_database_without_compare_cards_gets_them_when_drilled(db):
    db.conn.execute("DELETE FROM cards WHERE card_type = ?", [CARD_TYPE])
    db.conn.commit()
    _drill(db, lambda qs: [str(q.answer + 1) for q in qs])
    assert len(_compare_cards(db)) == 2
    assert set(_compare_cards(db)) == set(load_drill_cards(db))


def test_a_table_of_many_columns_makes_cards_for_neighbouring_columns(_private_db, tmp_path):
    table = ("## S3 storage classes\n\n"
             "| | S3 Standard | S3 Standard-IA | S3 One Zone-IA |\n|---|---|---|---|\n"
             "| Designed for availability | 99.99% | 99.99% | 99.5% |\n"
             "| Minimum storage duration | N/A | 30 days | 30 days |\n")
    db = _ingest(_private_db, tmp_path / "notes", table)
    standard, ia, one_zone = (lib.Side("S3", s) for s in
                              ("S3 Standard", "S3 Standard-IA", "S3 One Zone-IA"))
    stored = db.conn.execute("SELECT count(*) FROM comparisons").fetchone()[0]
    assert stored == 6  # every pair of columns, for each row
    assert set(_compare_cards(db)) == {
        drill_card_id(ia, one_zone, "Designed for availability"),  # 99.99% vs 99.5%
        drill_card_id(standard, ia, "Minimum storage duration"),  # N/A vs 30 days
    }
    # Standard vs One Zone-IA is still compared and drilled, as practice: no card, no review.
    questions = lib.drill_questions(lib.compare(db, "s3 standard", "s3 one zone-ia"),
                                    random.Random(0))
    assert questions
    run_drill(db, lib.compare(db, "s3 standard", "s3 one zone-ia"), questions,
              ScriptedKeys([str(q.answer + 1) for q in questions]), Clock(),
              DrillView(Console(file=io.StringIO(), width=80, color_system=None)))
    assert db.conn.execute("SELECT count(*) FROM reviews").fetchone()[0] == 0


def test_a_comparison_cell_aws_has_changed_is_not_drilled_as_true(shipped_copy):
    """The shipped notes' S3 table gives Intelligent-Tiering a 30-day minimum storage
    duration; AWS dropped it (data/reference): the table says so, and the card that would ask
    "30 days: Intelligent-Tiering or Standard?" is not asked, since both now have none."""
    from studycli.database import ensure_database

    db = ensure_database(shipped_copy)
    table = lib.compare(db, "s3 intelligent-tiering", "s3 standard")
    (row,) = [r for r in table.rows if r.aspect.startswith("Minimum storage duration")]
    assert row.left.value == "30 days" and row.left.aws == "none"
    assert not [q for q in lib.drill_questions(table, random.Random(0)) if q.row == row]
    cards = load_drill_cards(db)
    card = cards[drill_card_id(table.left, table.right, row.aspect)]
    assert build_question(card, random.Random(0)) is None
    # Every other compare card of the shipped notes asks a value that tells its sides apart.
    for other in cards.values():
        q = build_question(other, random.Random(1))
        if q is not None:
            right, wrong = q.answers[0], 1 - q.answers[0]
            asked = (other.row.left.asked, other.row.right.asked)
            assert asked[right].strip().lower() != asked[wrong].strip().lower()
