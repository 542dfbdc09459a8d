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
    """A pool's as_written may be set after it was asked of (the quiz sets it on the pool it
    builds, quiz/session.py; a caller may switch it): what was judged for the other setting
    is not its answer."""
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
    # (that each verdict is right, and found, is the test below that reads a pool back)
    assert all(k[0] == id(entry[0]) for k, entry in judged.items())


# Review (rv-speed53): the judgements are kept by a fact's id(); none may be handed to another
# fact, to a pool judged differently, or read back from a pool whose facts changed.


def _two_verdicts(pool: FactPool) -> list:
    """A fact asked ("") and one not, of the pool: a stale answer shows between them."""
    facts = [f for f in pool.facts if build.card_types_for(f)]
    by_verdict = {build.why_not_asked(f, pool): f for f in facts}
    assert "" in by_verdict and len(by_verdict) > 1
    return [by_verdict[""], next(f for why, f in by_verdict.items() if why)]


def test_a_freed_fact_whose_id_is_reused_is_judged_afresh(tmp_path):
    """Copies of the two facts made and dropped in turn: CPython hands a freed copy's address
    to the next, so a judgement kept by id() alone would answer the next copy with the last
    one's verdict. Keyed by id() but holding its fact, the cache never meets a reused id."""
    import dataclasses

    db = _ingested(tmp_path)
    try:
        pool = FactPool.load(db)
        pair = _two_verdicts(pool)
        wanted = [build.why_not_asked(f, pool) for f in pair]
        for i in range(200):
            copy = dataclasses.replace(pair[i % 2])
            assert build._why_not_asked_once(copy, pool) == wanted[i % 2], i
            del copy
    finally:
        db.conn.close()


def test_a_planted_entry_for_another_fact_at_the_same_id_is_not_its_answer(tmp_path):
    """The entry's fact is checked to be the fact asked, not only its id."""
    db = _ingested(tmp_path)
    try:
        pool = FactPool.load(db)
        asked, not_asked = _two_verdicts(pool)
        pool.__dict__["_why_not"] = {(id(asked), pool.as_written):
                                     (not_asked, build.why_not_asked(not_asked, pool))}
        assert build._why_not_asked_once(asked, pool) == ""
    finally:
        db.conn.close()


def test_a_switched_pool_builds_the_questions_a_fresh_pool_builds(tmp_path):
    """Not only why_not_asked's verdict: what build_question keeps (_prepared) holds for the
    as_written the pool had when it was worked out, so switching must not reuse it."""
    import random

    db = _ingested(tmp_path)
    try:
        pool = FactPool.load(db)
        cards = [(f, t) for f in pool.facts for t in build.card_types_for(f)]
        before = [build.build_question(f, t, pool, random.Random(1)) is None for f, t in cards]
        pool.as_written = True
        after = [build.build_question(f, t, pool, random.Random(1)) is None for f, t in cards]
        fresh = FactPool.load(db)
        fresh.as_written = True
        wanted = [build.build_question(f, t, fresh, random.Random(1)) is None
                  for f, t in ((fresh.first(f.key), t) for f, t in cards)]
    finally:
        db.conn.close()
    assert before != wanted  # the switch changes some card's question
    assert after == wanted


def test_a_kept_pool_read_back_judges_as_a_fresh_pool_and_asks_again_of_none(shipped_copy,
                                                                            monkeypatch):
    """Read back, each kept verdict is the one a pool built afresh from the same base gives,
    and the facts read back find it (why_not_asked not asked again)."""
    from studycli.app import exam_kept
    from studycli.app.exam_paper import draw_exam
    from studycli.exam.generate import load_pool
    from studycli.exam.profiles import get_profile

    store = connect(shipped_copy)
    try:
        draw_exam(store, get_profile("saa-c03").with_overrides(questions=10), None, 1)
        pool = exam_kept.load_pool(store, exam_kept.pool_key(exam_kept.stamp(store), False))
        assert pool is not None
        judged = list(pool.__dict__["_why_not"].values())
        assert judged and any(why for _f, why in judged) and any(not why for _f, why in judged)
        fresh = load_pool(store, False)
        fresh_by_id = {f.id: f for f in fresh.facts}
        notes = {fid: note for fid, (note, _cur) in fresh.corrections.items()}
        wanted = [build.why_not_asked(notes.get(f.id, fresh_by_id.get(f.id, f)), fresh)
                  for f, _why in judged]
        asked = _counting(monkeypatch)
        got = [build._why_not_asked_once(f, pool) for f, _why in judged]
    finally:
        store.conn.close()
    assert got == wanted
    assert not asked


def test_a_changed_fact_base_reads_back_no_pool_judged_before(shipped_copy):
    """A kept pool is keyed by the fact base: after a fact changes, the pool judged on the old
    facts is not read back for the new ones."""
    from studycli.app import exam_kept
    from studycli.app.exam_paper import draw_exam
    from studycli.exam.profiles import get_profile

    store = connect(shipped_copy)
    try:
        draw_exam(store, get_profile("saa-c03").with_overrides(questions=10), None, 1)
        before = exam_kept.pool_key(exam_kept.stamp(store), False)
        assert exam_kept.load_pool(store, before) is not None
        store.conn.execute("UPDATE facts SET value = value || ' ' WHERE rowid = "
                           "(SELECT min(rowid) FROM facts)")
        store.conn.commit()
        after = exam_kept.pool_key(exam_kept.stamp(store), False)
        assert after != before
        assert exam_kept.load_pool(store, after) is None
    finally:
        store.conn.close()
