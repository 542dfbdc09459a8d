"""SQL for progress figures: counts of cards and reviews between stored times.

Counting only: which days make a streak, what retention means and how the forecast is laid
out in local days are rules, in studycli.quiz.figures and studycli.app.stats. Times are the
stored fixed-width UTC text (scheduler.format_time), so they compare as text.
"""

from __future__ import annotations

# Active, and not a card the quiz cannot build a question for (questions/unasked.py): such a
# card is counted as suspended, as a card whose fact is gone is, never as work waiting.
ACTIVE = ("suspended = 0 AND missing = 0 AND id NOT IN (SELECT card_id FROM cards_unasked)")
_ACTIVE_BEFORE = "suspended = 0 AND missing = 0"  # a read-only database from before m033


def _count(db, sql: str, params=()) -> int:
    return db.conn.execute(active_sql(db, sql), params).fetchone()[0] or 0


def active_sql(db, sql: str) -> str:
    """`sql` with ACTIVE as this database can read it (history's due chart uses it too)."""
    return _active_sql_of(db.conn, sql)


def _active_sql_of(conn, sql: str) -> str:
    has = conn.execute("SELECT 1 FROM sqlite_master WHERE type = 'table' AND "
                       "name = 'cards_unasked'").fetchone()
    return sql if has else sql.replace(ACTIVE, _ACTIVE_BEFORE)


def unvouched_new(db) -> int:
    """Active new cards the quiz does not drill: the AWS reference vouches for none of their
    facts (store.cards.DRILLED); 0 on a database from before facts were checked."""
    import sqlite3

    from studycli.store.cards import DRILLED

    try:
        return _count(db, f"SELECT count(*) FROM cards WHERE state = 0 AND {ACTIVE} AND NOT "
                          f"{DRILLED}")
    except sqlite3.OperationalError:
        return 0


def reviews_between(db, start: str, end: str) -> int:
    """Scheduled reviews in [start, end): cram answers leave the schedule alone, so they are
    counted apart (cram_since)."""
    return _count(db, "SELECT count(*) FROM reviews WHERE reviewed_at >= ? AND reviewed_at < ? "
                      "AND cram = 0", [start, end])


def any_review_between(db, start: str, end: str) -> bool:
    """One indexed probe: was anything reviewed in [start, end)?"""
    return db.conn.execute(
        "SELECT 1 FROM reviews WHERE reviewed_at >= ? AND reviewed_at < ? LIMIT 1",
        [start, end]).fetchone() is not None


def due_before(db, before: str, service: str | None = None) -> int:
    """Cards seen and due before `before`; of one service when given (a `quiz --service`
    summary counts its own scope, as its "Next card" does)."""
    where, params = (" AND service = lower(?)", [service]) if service else ("", [])
    return _count(db, f"SELECT count(*) FROM cards WHERE state != 0 AND {ACTIVE} AND due < ?"
                      f"{where}", [before, *params])


def due_between(db, start: str, end: str) -> int:
    return _count(db, f"SELECT count(*) FROM cards WHERE state != 0 AND {ACTIVE} "
                      "AND due >= ? AND due < ?", [start, end])


def cards_by_state(db) -> dict[str, int]:
    """Active cards as new, learning (relearning included) and review; those the quiz can
    build no question for (recorded at ingest) as unaskable; those suspended by the student
    as suspended; those whose facts are gone from the notes (set-aside sample notes, deleted
    lines), suspended or not, as missing, as `cards` counts them: apart, or one suspension
    read "suspended 187"."""
    return card_states(db.conn)


def card_states(conn) -> dict[str, int]:
    """cards_by_state on a bare connection: `studycli doctor` opens the file as it is and
    breaks its row count of cards down as `stats` counts them, or the two disagree (a new
    user saw 108 cards in doctor and 102 in stats, and nothing said why)."""
    return dict(conn.execute(_active_sql_of(conn,
        "SELECT CASE WHEN missing != 0 THEN 'missing' WHEN suspended != 0 THEN 'suspended' "
        f"WHEN NOT ({ACTIVE}) THEN 'unaskable' WHEN state = 0 THEN 'new' "
        "WHEN state = 2 THEN 'review' ELSE 'learning' END, count(*) FROM cards GROUP BY 1")
    ).fetchall())


def review_state_answers(db, since: str) -> tuple[int, int]:
    """(answers, answers not Again) given since `since` to cards in the review state, outside
    cram: what retention is computed from."""
    row = db.conn.execute(
        "SELECT count(*), sum(rating > 1) FROM reviews "
        "WHERE reviewed_at >= ? AND cram = 0 AND prev_state = 2", [since]).fetchone()
    return row[0] or 0, row[1] or 0


def lapses_by_service(db, limit: int) -> list[tuple[str, int, int]]:
    """(service, lapses, cards) for the services with the most lapses."""
    return db.conn.execute(
        "SELECT service, sum(lapses), count(*) FROM cards GROUP BY service "
        "HAVING sum(lapses) > 0 ORDER BY 2 DESC, 1 LIMIT ?", [limit]).fetchall()


def flagged_cards(db) -> int:
    return _count(db, "SELECT count(*) FROM cards WHERE flagged = 1")


def reviews_since(db, since: str) -> int:
    return _count(db, "SELECT count(*) FROM reviews WHERE reviewed_at >= ? AND cram = 0", [since])


def reviews_total(db) -> int:
    return _count(db, "SELECT count(*) FROM reviews WHERE cram = 0")


def cram_since(db, since: str) -> int:
    """Answers given in cram sessions (--cram, --missed) since `since`."""
    return _count(db, "SELECT count(*) FROM reviews WHERE reviewed_at >= ? AND cram = 1", [since])
