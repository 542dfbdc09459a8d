"""SQL for the charts: reviews, due cards and retention bucketed by hour, so the caller can
fold hours into the student's local days at any history length for a few thousand rows."""

from __future__ import annotations

# Due cards are counted as `stats`' 7-day table and the quiz's summary count them (store.stats):
# a card the quiz can build no question for is no work waiting. With suspended and missing
# cards only, the 30-day chart said "then 1 on Dec 10" under a table that showed 0 that day.
from studycli.store.stats import ACTIVE, active_sql


def reviews_per_hour(db, since: str) -> list[tuple[str, int]]:
    return db.conn.execute(
        "SELECT substr(reviewed_at, 1, 13), count(*) FROM reviews WHERE reviewed_at >= ? "
        "GROUP BY 1", [since]).fetchall()


def due_per_hour(db, until: str) -> list[tuple[str, int]]:
    return db.conn.execute(active_sql(db,
        f"SELECT substr(due, 1, 13), count(*) FROM cards WHERE state != 0 AND {ACTIVE} "
        "AND due < ? GROUP BY 1"), [until]).fetchall()


def recall_per_hour(db, since: str) -> list[tuple[str, int, int]]:
    """(hour, reviews of cards in review state, of which not forgotten): retention's raw data."""
    return db.conn.execute(
        "SELECT substr(reviewed_at, 1, 13), count(*), sum(rating > 1) FROM reviews "
        "WHERE reviewed_at >= ? AND cram = 0 AND prev_state = 2 GROUP BY 1", [since]).fetchall()
