"""What a compare card or drill may ask (studycli/compare_sound.py): no side whose name gives
the answer away, no opinion, no pasted paragraph, no claim AWS calls wrong, no name that
stands for several storage classes with different values. Synthetic tables in wordings the
shipped notes do not use, through the real ingest, the real SQLite file and the real drill."""

from __future__ import annotations

import random

from studycli import compare as lib
from studycli.compare_cards import build_question, drill_card_id, load_drill_cards
from studycli.compare_sound import askable_sides, asked_text, leaks, vague
from studycli.ingest import ingest_paths
from studycli.store.db import connect

S3 = "S3"


def _db(db_path, notes_dir, text):
    notes_dir.mkdir(exist_ok=True)
    (notes_dir / "n.md").write_text(text, encoding="utf-8")
    db = connect(db_path)
    ingest_paths(db, [notes_dir])
    return db


def _aspects(db) -> set[str]:
    return {c.row.aspect for c in load_drill_cards(db).values()}


def _row(aspect, left, right):
    return lib.Row(aspect, lib.Cell(left, "n.md", 3), lib.Cell(right, "n.md", 3), "comparison")


def _drilled(left, right, row, seeds=range(12)) -> set[str]:
    """Every value the drill asks of `row` over a few seeds."""
    table = lib.CompareTable(left, right, [row])
    return {q.value for s in seeds for q in lib.drill_questions(table, random.Random(s))}


# ------------------------------------------------------------------------------- leak

def test_a_side_whose_name_answers_the_row_makes_no_card(_private_db, tmp_path):
    db = _db(_private_db, tmp_path / "notes",
             "## Standard-IA vs One Zone-IA\n\n"
             "| | S3 Standard-IA | S3 One Zone-IA |\n|---|---|---|\n"
             "| Number of AZs | three or more | a single zone |\n"
             "| Availability target | 99.9% | 99.5% |\n")
    assert _aspects(db) == {"Availability target"}
    table = lib.compare(db, "s3 standard-ia", "s3 one zone-ia")
    asked = {q.row.aspect for s in range(6) for q in lib.drill_questions(table, random.Random(s))}
    assert "Number of AZs" not in asked and "Availability target" in asked


def test_leak_reads_spelt_numbers_and_plurals_but_not_words_both_names_share():
    a, b = lib.Side(S3, "S3 One Zone-IA"), lib.Side(S3, "S3 Glacier")
    labels = (a.label, b.label)
    assert leaks(_row("Zones", "1", "3+"), labels)            # the aspect is in the name
    assert leaks(_row("Copies kept", "one", "three"), labels)  # "one" is the name's word
    assert not leaks(_row("Retrieval", "ms", "minutes to hours"), labels)
    fifo, std = lib.Side("SQS", "FIFO queue"), lib.Side("SQS", "Standard queue")
    assert leaks(_row("Order kept", "first in, first out", "best effort"),
                 (fifo.label, std.label))  # the acronym spelt out
    # "queue" is in both names: it tells nothing apart.
    fifo, std = lib.Side("SQS", "FIFO queue"), lib.Side("SQS", "Standard queue")
    assert not leaks(_row("Queue ordering", "strict", "best effort"), (fifo.label, std.label))


# ------------------------------------------------------------------------------- opinion

def test_rows_of_opinion_make_no_card_and_are_not_drilled(_private_db, tmp_path):
    db = _db(_private_db, tmp_path / "notes",
             "## HTTP API vs REST API\n\n"
             "| Aspect | HTTP API | REST API |\n|---|---|---|\n"
             "| Simplicity | Very simple to set up | More complex setup |\n"
             "| Design philosophy | Minimal | Full featured |\n"
             "| Extensibility | Less powerful | Powerful and versatile |\n"
             "| Usage plans | Not available | Available |\n"
             "| Private endpoints | No | Yes |\n")
    assert _aspects(db) == {"Usage plans", "Private endpoints"}
    table = lib.compare(db, "http api", "rest api")
    asked = {q.row.aspect for q in lib.drill_questions(table, random.Random(3))}
    assert asked == {"Usage plans", "Private endpoints"}


def test_a_measured_comparative_is_checkable_a_graded_quality_is_not():
    assert not vague(_row("Price", "Lower per request", "Higher per request"))
    assert not vague(_row("Latency", "Usually faster", "Slower"))
    assert vague(_row("Usability", "Straightforward", "Involved"))
    assert vague(_row("Setup", "Easy", "Takes longer"))


# ------------------------------------------------------------------------------- paragraphs

def test_a_pasted_paragraph_is_not_asked_but_its_heading_is_when_the_aspect_names_it():
    fifo, std = lib.Side("SQS", "FIFO queue"), lib.Side("SQS", "Standard queue")
    sides = (std, fifo)
    para = _row("Capacity",
                "Huge Capacity – standard queues accept a practically unbounded number of "
                "calls each second for every action you can call",
                "Capped Capacity – with batches you reach a few thousand messages a second")
    assert askable_sides(para, sides) == ()
    assert _drilled(std, fifo, para) == set()
    headed = _row("Duplicates possible / no duplicates",
                  "Duplicates Possible – now and then a consumer sees the same message "
                  "twice and has to cope with it on its own side",
                  "No Duplicates – each message is handed over exactly once")
    assert askable_sides(headed, sides) == (0, 1)
    assert _drilled(std, fifo, headed) == {"Duplicates Possible", "No Duplicates"}


def test_a_value_cut_by_the_mask_is_not_asked():
    sqs, kinesis = lib.Side("SQS"), lib.Side("Kinesis Data Streams")
    row = _row("Fan-out", "unlike Kinesis Data Streams, one reader", "many readers")
    assert asked_text(row, 0, (sqs, kinesis)) is None
    assert _drilled(sqs, kinesis, row) == {"many readers"}


# ------------------------------------------------------------------------------- names

GLACIER_TABLE = ("## Archive classes\n\n"
                 "| | S3 Glacier | S3 Standard-IA |\n|---|---|---|\n"
                 "| Smallest billable object | 40 KB | 128 KB |\n"
                 "| Minimum storage duration | 90 days | 30 days |\n"
                 "| Durability design availability | 99.99% | 99.5% |\n"
                 "| Restore time | minutes to hours | milliseconds |\n")


def test_a_name_that_stands_for_several_classes_is_asked_only_where_all_agree(
        _private_db, tmp_path):
    db = _db(_private_db, tmp_path / "notes", GLACIER_TABLE)
    glacier, ia = lib.Side(S3, "S3 Glacier"), lib.Side(S3, "S3 Standard-IA")
    # As written (the reference vouches for the storage durations only, below), so that
    # what is tested here is which rows a name standing for several classes leaves askable.
    cards = load_drill_cards(db, as_written=True)
    # 128 KB is Glacier Instant Retrieval's minimum too: a second right answer. Restore time
    # is not known for each class: nothing safe to ask.
    assert {c.row.aspect for c in cards.values()} == {
        "Minimum storage duration", "Durability design availability"}
    # 99.99% is Flexible Retrieval's only (Instant Retrieval: 99.9%): only 99.5% is asked.
    card = cards[drill_card_id(glacier, ia, "Durability design availability")]
    asked = {build_question(card, random.Random(s), True).answer_text for s in range(12)}
    assert asked == {"S3 Standard-IA"}
    q = build_question(card, random.Random(0), True)
    assert "Instant Retrieval (99.9%)" in q.explanation and "docs.aws.amazon.com" in q.explanation
    # 90 days holds for both Glacier classes: either side may be asked.
    card = cards[drill_card_id(glacier, ia, "Minimum storage duration")]
    assert {build_question(card, random.Random(s), True).answer_text for s in range(12)} == {
        "S3 Glacier", "S3 Standard-IA"}
    # The quiz itself asks only the row whose two measures the AWS reference vouches for.
    vouched = {c.row.aspect for c in load_drill_cards(db).values() if c.vouchers}
    assert vouched == {"Minimum storage duration"}
    table = lib.compare(db, "s3 glacier", "s3 standard-ia")
    drilled = {q.row.aspect for s in range(6) for q in lib.drill_questions(table, random.Random(s))
               if q.row.origin == "comparison"}
    assert drilled == {"Minimum storage duration", "Durability design availability"}


# ------------------------------------------------------------------------------- wrong

def test_a_cell_the_reference_calls_wrong_without_a_value_is_neither_carded_nor_drilled(
        _private_db, tmp_path):
    db = _db(_private_db, tmp_path / "notes",
             "## SQS vs Kinesis Data Streams\n\n"
             "| Aspect | SQS | Kinesis Data Streams |\n|---|---|---|\n"
             "| Longest retention | 21 days | 365 days |\n")
    (card,) = load_drill_cards(db).values()
    assert build_question(card, random.Random(0)) is not None
    ids = db.conn.execute("SELECT id FROM facts WHERE service = 'SQS' AND value = '21 days'"
                          ).fetchall()
    assert ids, "the SQS cell is linked to the fact its line gives"
    db.conn.executemany("INSERT OR REPLACE INTO fact_currency (fact_id, status, url) "
                        "VALUES (?, 'wrong', 'https://docs.aws.amazon.com/x')",
                        [(i,) for (i,) in ids])
    db.conn.commit()
    (card,) = load_drill_cards(db).values()
    assert card.row.left.disputed or card.row.right.disputed
    assert build_question(card, random.Random(0)) is None
    # the drill of a row so marked asks nothing either (`compare`'s own table marks a cell as
    # `check` judges its line, which the status faked here is not: see test_compare_check23)
    table = lib.CompareTable(card.left, card.right, [card.row])
    assert not [q for q in lib.drill_questions(table, random.Random(0))
                if q.row.aspect == "Longest retention"]


def test_a_one_sided_claim_aws_calls_wrong_is_not_drilled():
    left, right = lib.Side("SQS"), lib.Side("SNS")
    disputed = lib.Row("trait", lib.Cell("Keeps messages forever", "n.md", 3, disputed=True),
                       lib.Cell("", "", 0), "comparison")
    kept = lib.Row("trait", lib.Cell("", "", 0), lib.Cell("Pushes to subscribers", "n.md", 4),
                   "comparison")
    table = lib.CompareTable(left, right, [disputed, kept])
    asked = {q.row for s in range(6) for q in lib.drill_questions(table, random.Random(s))}
    assert asked == {kept}
