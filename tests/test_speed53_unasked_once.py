"""After an ingest, the unasked cards (questions/unasked.py) ask of every vouched card whether
its fact makes a question. Why a fact is not asked (questions/build.why_not_asked) depends on
the fact and its pool, never on the card type: a limit's recall and choice cards, a default's
recall and default cards, asked it once each. It is worked out once per fact and pool now, and
the cards recorded are those the per-card checks recorded."""

from __future__ import annotations

import collections

from studycli.ingest import ingest_paths
from studycli.questions import build
from studycli.questions.pool import FactPool
from studycli.questions.unasked import unasked_cards
from studycli.store.db import connect

NOTE = """## AWS Lambda

- Timeout max 900 seconds (15 minutes)
- Memory from 128 MB up to 10,240 MB
- Default timeout is 3 seconds

## Amazon SQS

- Visibility timeout default 30 seconds, max 12 hours
- Message retention default 4 days, max 14 days

## AWS Glue

- Job timeout default 2880 minutes
"""


def _ingested(tmp_path):
    notes = tmp_path / "notes"
    notes.mkdir()
    (notes / "n.md").write_text(NOTE, encoding="utf-8")
    db = connect(tmp_path / "s.db")
    ingest_paths(db, [notes])
    return db


def _counting(monkeypatch) -> collections.Counter:
    asked: collections.Counter = collections.Counter()
    real = build.why_not_asked

    def counted(fact, pool):
        asked[fact.id] += 1
        return real(fact, pool)

    monkeypatch.setattr(build, "why_not_asked", counted)
    return asked


def test_an_ingest_judges_each_fact_once_whatever_its_cards(tmp_path, monkeypatch):
    asked = _counting(monkeypatch)
    db = _ingested(tmp_path)
    try:
        cards = db.conn.execute("SELECT service, subject, attribute, qualifier, count(*) "
                                "FROM cards GROUP BY 1, 2, 3, 4").fetchall()
    finally:
        db.conn.close()
    assert any(n > 1 for *_key, n in cards)  # facts with two card types each
    assert asked  # the vouched cards were judged
    assert set(asked.values()) == {1}


def test_the_cards_recorded_are_the_per_card_checks(tmp_path, monkeypatch):
    db = _ingested(tmp_path)
    try:
        recorded = sorted(r[0] for r in db.conn.execute("SELECT card_id FROM cards_unasked"))
        once = sorted(unasked_cards(db))
        # each card judged on its own, as before: no answer kept between a fact's cards
        monkeypatch.setattr(build, "_why_not_asked_once", build.why_not_asked)
        per_card = sorted(unasked_cards(db))
    finally:
        db.conn.close()
    assert recorded == once == per_card


def test_a_pool_switched_to_as_written_judges_the_fact_again(tmp_path, monkeypatch):
    """The quiz sets as_written on a pool it already asked (quiz/session.py): what was
    judged for the other setting is not its answer."""
    db = _ingested(tmp_path)
    try:
        pool = FactPool.load(db)
        facts = [f for f in pool.facts if build.card_types_for(f)]
        assert facts
        current = [build._why_not_asked_once(f, pool) for f in facts]
        pool.as_written = True
        written = [build._why_not_asked_once(f, pool) for f in facts]
        fresh = FactPool.load(db)
        fresh.as_written = True
        assert written == [build.why_not_asked(f, fresh) for f in facts]
        assert current == [build.why_not_asked(f, FactPool.load(db)) for f in facts]
        assert written != current  # the reference's doubts are not asked as written
    finally:
        db.conn.close()


def test_a_kept_exam_pool_keys_its_judgements_by_the_facts_read_back(shipped_copy):
    """An exam keeps its pool between runs (app/exam_kept.py) with the judgements in it: read
    back, each is keyed by its own fact object, as the pool's other work is."""
    from studycli.app import exam_kept
    from studycli.app.exam_paper import draw_exam
    from studycli.exam.profiles import get_profile

    store = connect(shipped_copy)
    try:
        draw_exam(store, get_profile("saa-c03").with_overrides(questions=10), None, 1)
        pool = exam_kept.load_pool(store, exam_kept.pool_key(exam_kept.stamp(store), False))
    finally:
        store.conn.close()
    assert pool is not None
    judged = pool.__dict__.get("_why_not")
    assert judged
    assert all(k[0] == id(entry[0]) for k, entry in judged.items())
    assert all(build._why_not_asked_once(entry[0], pool) == entry[1]
               for entry in judged.values())
