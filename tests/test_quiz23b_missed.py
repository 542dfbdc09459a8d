"""`quiz --missed` says "Nothing missed" only when nothing was: a miss it cannot ask (its
card suspended, its fact gone from the notes, its exam question's facts gone) is counted with
its reason, both when nothing else is asked and beside the cards that are."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from studycli.quiz.session import QuizOptions, Session

from .test_quiz23_counts import _cli_missed, _fact_id, _missed_exam, _samples


def _miss_one(db, service: str = "sqs") -> str:
    now = datetime.now(UTC) - timedelta(hours=1)  # the CLI's clock: within the last 7 days
    s = Session(db, QuizOptions(service=service, new=1, fuzz=False), clock=lambda: now)
    item = s.next()
    assert item is not None
    s.grade(item, 1, 1000)
    return item.card["id"]


def test_a_suspended_miss_is_not_called_nothing_missed(_private_db):
    db = _samples(_private_db)
    card = _miss_one(db)
    db.conn.execute("UPDATE cards SET suspended = 1 WHERE id = ?", [card])
    said = _cli_missed("q\n")
    assert "Nothing missed" not in said
    assert "1 missed, none can be asked here: 1 missed fact suspended by you" in said


def test_a_miss_whose_fact_is_gone_says_so(_private_db):
    db = _samples(_private_db)
    card = _miss_one(db)
    db.conn.execute("UPDATE cards SET missing = 1 WHERE id = ?", [card])
    said = _cli_missed("q\n")
    assert "Nothing missed" not in said and "suspended" not in said
    assert "1 missed, none can be asked here: 1 missed fact no longer in your notes" in said


def test_an_exam_question_whose_facts_are_gone_is_counted_beside_those_asked(_private_db):
    db = _samples(_private_db)
    _missed_exam(db, [_fact_id(db, "message size"), "no-such-fact"])
    said = _cli_missed("q\n")
    assert "0 done · 1 left" in said
    assert ("1 more missed not asked here: 1 missed exam question whose facts are no longer "
            "in your notes") in said


def test_nothing_missed_only_when_nothing_was(_private_db):
    _samples(_private_db)
    assert "Nothing missed" in _cli_missed("q\n")


def test_a_miss_that_makes_no_question_says_so(_private_db):
    import random

    from .quiz_facts import T0

    db = _samples(_private_db)
    probe = Session(db, QuizOptions(cram=True, fuzz=False), clock=lambda: T0,
                    rng=random.Random(0))
    rows = db.conn.execute("SELECT * FROM cards WHERE card_type != 'compare'")
    names = [d[0] for d in rows.description]
    by_key: dict[tuple, list[bool]] = {}
    for row in (dict(zip(names, r, strict=True)) for r in rows.fetchall()):
        key = (row["service"], row["subject"], row["attribute"], row["qualifier"])
        by_key.setdefault(key, []).append(probe._question(row) is not None)
    key = next(k for k, built in by_key.items() if not any(built))
    fact = db.conn.execute("SELECT id FROM facts WHERE lower(service) = ? AND lower(subject) = ? "
                           "AND lower(attribute) = ? AND qualifier = ?", key).fetchone()[0]
    _missed_exam(db, [fact])
    said = _cli_missed("q\n")
    assert "Nothing missed" not in said
    assert "1 missed, none can be asked here: 1 missed fact that makes no question" in said
