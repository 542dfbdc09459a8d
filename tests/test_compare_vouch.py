"""Compare cards are asked only where the AWS reference vouches for their row
(studycli/compare_vouch.py): both cells measures it agrees with (or gives today's value for),
different today. Synthetic notes through the real ingest, SQLite file, reference, quiz and CLI."""

from __future__ import annotations

import json
import random
import shutil
from datetime import UTC, datetime, timedelta

import pytest
from typer.testing import CliRunner

from studycli import compare as lib
from studycli.cli import app
from studycli.compare_cards import build_question, drill_card_id, load_drill_cards
from studycli.compare_sound import askable_sides
from studycli.compare_vouch import measure
from studycli.ingest import ingest_paths
from studycli.quiz.session import QuizOptions, Session
from studycli.store import cards as store
from studycli.store.db import connect

runner = CliRunner()
T0 = datetime(2026, 3, 2, 9, 0, tzinfo=UTC)
KDS, SQS = lib.Side("Kinesis Data Streams"), lib.Side("SQS")
GP3, IO1 = lib.Side("EBS", "gp3"), lib.Side("EBS", "io1")

NOTE = """# Streams and volumes

## Kinesis Data Streams vs SQS

| Aspect | Kinesis Data Streams | SQS |
|---|---|---|
| Max retention | 7 days | 14 days |
| Message size | 1 MB | 256 KB |
| Replay | Yes, archive + replay | No |
| Consumers | Many consumers read the same records | One consumer per message |

## gp3 vs io1

| Aspect | gp3 | io1 |
|---|---|---|
| Max IOPS | 16,000 | 64,000 |
"""


def _ingest(db_path, notes_dir, text=NOTE):
    notes_dir.mkdir(exist_ok=True)
    (notes_dir / "n.md").write_text(text, encoding="utf-8")
    db = connect(db_path)
    ingest_paths(db, [notes_dir])
    return db


@pytest.fixture(scope="module")
def _db_file(tmp_path_factory):
    """NOTE ingested once for the module; the test that ingests again makes its own."""
    folder = tmp_path_factory.mktemp("compare-vouch")
    _ingest(folder / "pristine.db", folder / "notes").conn.close()  # checkpointed: one file
    return folder / "pristine.db"


@pytest.fixture
def db(_db_file, _private_db):
    """A copy of the module's ingest for this test alone."""
    shutil.copyfile(_db_file, _private_db)
    return connect(_private_db)


def _compare_ids(db) -> set[str]:
    return {r[0] for r in db.conn.execute("SELECT id FROM cards WHERE card_type = 'compare'")}


def _vouched(db) -> set[str]:
    return {r[0] for r in db.conn.execute("SELECT card_id FROM compare_vouched")}


RETENTION = drill_card_id(KDS, SQS, "Max retention")
IOPS = drill_card_id(GP3, IO1, "Max IOPS")


@pytest.mark.parametrize("value, aspect, unit, number", [
    ("5 minutes", "Max duration", "s", 300),
    ("Up to 14 days", "Retention", "s", 14 * 86400),
    ("~200 ms", "Latency", "s", 0.2),
    ("64 KB max", "Size", "B", 65536),
    ("20,000", "In-flight messages", "count", 20000),
    ("16,000", "Max IOPS", "per_s", 16000),  # a bare number takes its aspect's unit
])
def test_a_measure_cell_is_one_quantity(value, aspect, unit, number):
    m = measure(value, aspect)
    assert m is not None and m.unit == unit and m.number == pytest.approx(number)


@pytest.mark.parametrize("value", [
    "Not supported", "Yes", "no backups", "FIFO queues only", "$3.50",
    "300 msg/s (3,000 batched)",       # a second number the card would assert too
    "1–365 days, replay yes",          # a quantity and a feature
    "std 4 KB / adv 8 KB",             # two quantities
    "Generally lower", "N/A",
])
def test_anything_but_one_quantity_is_no_measure(value):
    assert measure(value, "Aspect") is None


def test_the_quiz_asks_only_rows_the_reference_vouches_for(db):
    ids = _compare_ids(db)
    # Every row that states both sides still makes a card (kept with its history whatever
    # the reference says): features and claims too.
    assert {RETENTION, IOPS, drill_card_id(KDS, SQS, "Replay"),
            drill_card_id(KDS, SQS, "Consumers")} <= ids
    # Only the measures the reference vouches for are asked: a feature ("archive + replay":
    # Kinesis is not alone in it), a yes/no, a claim cannot be checked; "1 MB" vs "256 KB"
    # are both 1 MiB today (SQS raised its maximum), so "which one is 1 MiB?" has two answers.
    assert _vouched(db) == {RETENTION, IOPS}
    unvouched = len(ids - _vouched(db))
    assert (store.count_new_available(db, as_written=True)
            - store.count_new_available(db)) >= unvouched
    claims = {drill_card_id(KDS, SQS, "Replay"), drill_card_id(KDS, SQS, "Consumers")}
    for as_written in (False, True):
        s = Session(db, QuizOptions(new=50, fuzz=False, as_written=as_written),
                    clock=lambda: T0, rng=random.Random(0))
        asked = {row["id"] for row in s.queue if row["card_type"] == "compare"}
        if as_written:  # everything as the notes say (bar a sibling of a fact card: "message
            assert asked >= {RETENTION, IOPS} | claims  # size" is asked once a session)
        else:
            assert asked == {RETENTION, IOPS}
        for cid in asked:
            assert s._question(store.get_card(db, cid)) is not None


def test_stats_count_unvouched_compare_cards_as_not_drilled(db):
    stats = json.loads(runner.invoke(app, ["stats", "--json"]).output)
    not_drilled = db.conn.execute(
        f"SELECT count(*) FROM cards WHERE NOT {store.DRILLED}").fetchone()[0]
    assert stats["unvouched"] == not_drilled
    assert not_drilled >= len(_compare_ids(db) - _vouched(db)) > 0
    # Readiness counts what the quiz drills: the vouched compare cards, not the claims.
    from studycli.store.readiness import active_cards

    active = {c["id"] for c in active_cards(db)}
    assert {RETENTION, IOPS} <= active and not (_compare_ids(db) - _vouched(db)) & active


def test_a_stale_note_value_is_asked_as_today_with_the_note_named(db):
    card = load_drill_cards(db)[RETENTION]
    stems = set()
    for seed in range(8):
        q = build_question(card, random.Random(seed))
        stems.add(q.stem)
        assert "7 days" not in q.stem  # the note's value is never keyed
        assert "365 days" in q.explanation and "14 days" in q.explanation
        assert "Your note says 7 days for Kinesis Data Streams" in q.explanation
        assert "https://docs.aws.amazon.com/" in q.explanation
    assert any("365 days" in s for s in stems) and any("14 days" in s for s in stems)
    # As written, the note's own values are asked.
    written = load_drill_cards(db, as_written=True)[RETENTION]
    stems = {build_question(written, random.Random(s), True).stem for s in range(8)}
    assert any("7 days" in s for s in stems) and not any("365" in s for s in stems)
    # Without --as-written an unvouched card makes no question, wherever it is asked from.
    replay = load_drill_cards(db)[drill_card_id(KDS, SQS, "Replay")]
    assert replay.vouchers is None and build_question(replay, random.Random(0)) is None


def test_a_row_that_stops_qualifying_keeps_its_card_and_history(_private_db, tmp_path):
    db = _ingest(_private_db, tmp_path / "notes")  # its own notes folder, edited below
    s = Session(db, QuizOptions(new=50, fuzz=False), clock=lambda: T0, rng=random.Random(0))
    while (item := s.next()) is not None:
        if item.card["id"] == RETENTION:
            s.answer(item, {1 - item.question.answers[0]}, duration_ms=5000)  # wrong: due soon
            break
        s.skipped.add(item.card["id"])
    assert store.reviews_of(db, RETENTION)
    later = T0 + timedelta(days=2)
    from studycli.scheduler import format_time

    assert RETENTION in {c["id"] for c in store.due_cards(db, format_time(later), 50)}
    # The note now adds a claim to the SQS cell: no longer a measure, so no longer vouched for.
    again = _ingest(_private_db, tmp_path / "notes",
                    NOTE.replace("| 14 days |", "| 14 days, then deleted unread |"))
    assert RETENTION not in _vouched(again)
    card = store.get_card(again, RETENTION)
    assert card["missing"] == 0 and card["reps"] == 1 and store.reviews_of(again, RETENTION)
    assert RETENTION not in {c["id"] for c in store.due_cards(again, format_time(later), 50)}
    assert RETENTION in {c["id"] for c in store.due_cards(again, format_time(later), 50,
                                                           as_written=True)}


def test_a_value_in_one_sides_vocabulary_is_not_asked():
    """ "FIFO queues only" names SQS as surely as "SQS" does (FIFO queues are SQS's subjects
    in data/services.json); "Per shard" names Kinesis."""
    row = lib.Row("Ordering", lib.Cell("FIFO queues only", "n.md", 3),
                  lib.Cell("Best effort", "n.md", 3), "comparison")
    assert askable_sides(row, (SQS, lib.Side("SNS"))) == (1,)
    table = lib.CompareTable(SQS, lib.Side("SNS"), [row])
    asked = {q.value for s in range(8) for q in lib.drill_questions(table, random.Random(s))}
    assert asked == {"Best effort"}
    shards = lib.Row("Scaling", lib.Cell("Per shard", "n.md", 3),
                     lib.Cell("Automatic", "n.md", 3), "comparison")
    assert askable_sides(shards, (KDS, lib.Side("Data Firehose"))) == (1,)
    # Two subjects of one service share its vocabulary: "queue" gives neither away.
    both = lib.Row("Ordering", lib.Cell("Per message group in a queue", "n.md", 3),
                   lib.Cell("Best effort", "n.md", 3), "comparison")
    fifo, standard = lib.Side("SQS", "FIFO queue"), lib.Side("SQS", "standard queue")
    assert askable_sides(both, (fifo, standard)) == (0, 1)


def test_the_drill_says_its_rows_are_the_notes_unchecked_claims(db):
    table = lib.compare(db, "kinesis data streams", "sqs")
    qs = lib.drill_questions(table, random.Random(1))
    result = runner.invoke(app, ["compare", "kinesis data streams", "sqs", "--drill",
                                 "--seed", "1"], input="".join(f"{q.answer + 1}\n" for q in qs))
    assert result.exit_code == 0, result.output
    text = " ".join(result.stdout.split())
    assert "Rows as your notes state them" in text and "not checked against AWS" in text
    # Every row is still drilled there, vouched for or not.
    assert {q.row.aspect for q in qs} >= {"Replay", "Consumers", "Max retention"}


def test_a_database_from_before_vouching_keeps_asking_its_vouched_cards(db, _private_db):
    """An older database (no compare_vouched table, compare cards with history) gets the
    table and its vouched cards when it is opened, before any ingest."""
    from studycli.store.migrations import MIGRATIONS

    db.conn.execute("DROP TABLE compare_vouched")
    db.conn.execute("DELETE FROM _migrations WHERE name = 'm018_cmpvouch'")
    db.conn.execute(f"PRAGMA user_version = {len(MIGRATIONS) - 1}")
    db.conn.close()
    reopened = connect(_private_db)
    assert _vouched(reopened) == {RETENTION, IOPS}


def test_two_rows_on_the_same_quantities_are_asked_once(_private_db, tmp_path):
    note = ("## Express vs Standard workflows\n\n"
            "| Aspect | Express workflow | Standard workflow |\n|---|---|---|\n"
            "| Max duration | 5 minutes | 1 year |\n\n"
            "## Workflow quotas\n\n"
            "| Quota | Express workflow | Standard workflow |\n|---|---|---|\n"
            "| Max execution time | 5 minutes | 1 year |\n")
    db = _ingest(_private_db, tmp_path / "notes", note)
    express, standard = lib.Side("Step Functions", "Express workflow"), \
        lib.Side("Step Functions", "Standard workflow")
    first = drill_card_id(express, standard, "Max duration")
    second = drill_card_id(express, standard, "Max execution time")
    assert {first, second} <= _compare_ids(db)
    assert _vouched(db) == {first}
    q = build_question(load_drill_cards(db)[first], random.Random(0))
    assert "Both values agree with the AWS docs (https://docs.aws.amazon.com/" in q.explanation


def test_the_stem_names_the_measure_the_reference_vouched_for(_private_db, tmp_path):
    """ "Retention: which one is 14 days?" could mean a default or a setting; the reference
    vouched for both sides' maxima, so the stem asks the maximum. One side's default against
    the other's maximum is no question at all."""
    note = ("## Kinesis Data Streams vs SQS\n\n"
            "| Aspect | Kinesis Data Streams | SQS |\n|---|---|---|\n"
            "| Retention | 365 days | 14 days |\n"
            "| Retention period | 24 hours (default) | 14 days (max) |\n")
    db = _ingest(_private_db, tmp_path / "notes", note)
    cards = load_drill_cards(db)
    card = cards[drill_card_id(KDS, SQS, "Retention")]
    stems = {build_question(card, random.Random(s)).stem for s in range(8)}
    assert stems and all(s.startswith("Max retention: which one is") for s in stems)
    assert cards[drill_card_id(KDS, SQS, "Retention period")].vouchers is None
