"""SQL for quiz cards and reviews. Times are UTC text from scheduler.format_time.

Every write is one short BEGIN IMMEDIATE transaction, retried while another process holds
the write lock, so two terminals on one database wait for each other instead of failing.
"""

from __future__ import annotations

import json
import sqlite3
import time
from collections.abc import Callable
from typing import TypeVar

from studycli.errors import DatabaseError
from studycli.store.currency import VOUCHED
from studycli.store.rollback import roll_back

T = TypeVar("T")

STATE_COLUMNS = ("state", "step", "stability", "difficulty", "due", "last_review", "reps", "lapses")
CARD_COLUMNS = ("id", "service", "subject", "attribute", "qualifier", "card_type",
                *STATE_COLUMNS, "suspended", "missing", "flagged", "flagged_at", "ord",
                "created_at")
_CARD_SELECT = "SELECT " + ", ".join(CARD_COLUMNS) + " FROM cards"
ACTIVE = "suspended = 0 AND missing = 0"
# A fact's card is drilled only when the AWS reference vouches for one of the facts it asks
# (studycli.questions.currency.vouched): without this a session's budget of new cards would be
# spent on cards that make no question. A compare card (a row of a note's own "X vs Y"
# comparison, its author's claim) likewise only when the reference vouches for its row
# (studycli.compare_vouch), as recorded in compare_vouched when the cards were last synced.
# The vouched keys are worked out once per query (an uncorrelated IN), not per card: the
# correlated form scanned the facts for every new card (~20 ms before a quiz's first card).
# A vouched card the question layer still cannot ask (its stem would be ambiguous, its figure
# is only typical, ...: questions/unasked.py, recorded after each ingest in cards_unasked) is
# no work waiting either: `stats` and `readiness` counted 23 such cards of the shipped notes.
VOUCHED_FACT = (
    "(service, subject, attribute, qualifier) IN ("
    "SELECT lower(f.service), lower(f.subject), lower(f.attribute), f.qualifier "
    f"FROM fact_currency c JOIN facts f ON f.id = c.fact_id WHERE {VOUCHED})")
DRILLED = (
    "((card_type = 'compare' AND id IN (SELECT card_id FROM compare_vouched)) "
    f"OR (card_type != 'compare' AND {VOUCHED_FACT} "
    "AND id NOT IN (SELECT card_id FROM cards_unasked)))")


def _vouched(as_written: bool) -> str:
    return "" if as_written else f" AND {DRILLED}"


RETRIES = 8


def _locked(exc: sqlite3.OperationalError) -> bool:
    text = str(exc).lower()
    return "locked" in text or "busy" in text


def write(db, fn: Callable[[sqlite3.Connection], T]) -> T:
    """Run `fn(conn)` in one immediate transaction; retry while the database is locked."""
    conn = db.conn
    delay = 0.05
    for attempt in range(RETRIES):
        try:
            conn.execute("BEGIN IMMEDIATE")
        except sqlite3.OperationalError as exc:
            if not _locked(exc) or attempt == RETRIES - 1:
                raise DatabaseError(f"the database is busy ({exc}); try again") from None
            time.sleep(delay)
            delay = min(delay * 2, 1.0)
            continue
        try:
            result = fn(conn)
            conn.execute("COMMIT")
            return result
        except BaseException:
            roll_back(conn)
            raise
    raise DatabaseError("the database is busy; try again")  # pragma: no cover


def _row(cursor, row) -> dict:
    return {d[0]: v for d, v in zip(cursor.description, row, strict=True)}


def _dicts(cursor) -> list[dict]:
    names = [d[0] for d in cursor.description]
    return [dict(zip(names, row, strict=True)) for row in cursor.fetchall()]


# --- cards from facts -------------------------------------------------------------------------

def sync(db, wanted: list[dict], now: str) -> dict[str, int]:
    """Make the cards table match `wanted` (id + key columns + card_type, and for compare
    cards `vouched`): add new cards, revive cards whose fact came back, mark cards whose fact
    is gone as missing, record which compare cards the AWS reference vouches for. Never
    deletes a card."""
    def apply(conn: sqlite3.Connection) -> dict[str, int]:
        existing = dict(conn.execute("SELECT id, missing FROM cards").fetchall())
        top = conn.execute("SELECT coalesce(max(ord), 0) FROM cards").fetchone()[0]
        wanted_ids = {w["id"] for w in wanted}
        added = [w for w in wanted if w["id"] not in existing]
        conn.executemany(
            "INSERT INTO cards (id, service, subject, attribute, qualifier, card_type, ord, "
            "created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
            [(w["id"], w["service"], w["subject"], w["attribute"], w["qualifier"],
              w["card_type"], top + i + 1, now) for i, w in enumerate(added)],
        )
        revived = [(i,) for i in wanted_ids if existing.get(i) == 1]
        gone = [(i,) for i, m in existing.items() if m == 0 and i not in wanted_ids]
        conn.executemany("UPDATE cards SET missing = 0 WHERE id = ?", revived)
        conn.executemany("UPDATE cards SET missing = 1 WHERE id = ?", gone)
        conn.execute("DELETE FROM compare_vouched")
        conn.executemany("INSERT OR IGNORE INTO compare_vouched (card_id) VALUES (?)",
                         [(w["id"],) for w in wanted if w.get("vouched")])
        return {"added": len(added), "revived": len(revived), "missing": len(gone)}

    return write(db, apply)


# --- reading cards ----------------------------------------------------------------------------

def _service_filter(service: str | None) -> tuple[str, list]:
    return ("", []) if not service else (" AND service = lower(?)", [service])


def get_card(db, card_id: str) -> dict | None:
    cur = db.conn.execute(_CARD_SELECT + " WHERE id = ?", [card_id])
    row = cur.fetchone()
    return _row(cur, row) if row else None


def due_cards(db, now: str, limit: int, service: str | None = None,
              as_written: bool = False) -> list[dict]:
    """Cards already seen whose due time has come, most overdue first (only those the AWS
    reference vouches for, unless `as_written`)."""
    where, params = _service_filter(service)
    cur = db.conn.execute(
        f"{_CARD_SELECT} WHERE state != 0 AND {ACTIVE} AND due <= ?{where}{_vouched(as_written)} "
        "ORDER BY due LIMIT ?", [now, *params, limit])
    return _dicts(cur)


def due_soon(db, now: str, until: str, service: str | None = None,
             as_written: bool = False) -> list[dict]:
    """Cards already seen that come due after `now` and by `until` (learning steps of an
    earlier session, mostly), soonest first: what a quiz may ask ahead once nothing is due."""
    where, params = _service_filter(service)
    cur = db.conn.execute(
        f"{_CARD_SELECT} WHERE state != 0 AND {ACTIVE} AND due > ? AND due <= ?{where}"
        f"{_vouched(as_written)} ORDER BY due", [now, until, *params])
    return _dicts(cur)


def new_cards(db, limit: int, service: str | None = None, today: str = "",
              as_written: bool = False) -> list[dict]:
    """New cards in order, leaving out siblings of a card reviewed since `today`: cards of the
    same service, subject and attribute (a fact's choice card right after its recall card, or
    its range right after its maximum, would be answered from memory); and, unless
    `as_written`, cards the AWS reference does not vouch for."""
    where, params = _service_filter(service)
    cur = db.conn.execute(
        f"{_CARD_SELECT} WHERE state = 0 AND {ACTIVE}{where}{_vouched(as_written)} AND NOT EXISTS ("
        "SELECT 1 FROM cards s WHERE s.service = cards.service AND s.subject = cards.subject "
        "AND s.attribute = cards.attribute AND s.last_review >= ?) "
        # Interleaved: each service's first card, then each one's second... so a first
        # session is not one note's first section (note order within a service).
        "ORDER BY row_number() OVER (PARTITION BY service ORDER BY ord), ord LIMIT ?",
        [*params, today, limit])
    return _dicts(cur)


def cram_cards(db, limit: int, service: str | None = None, missed_ids=None) -> list[dict]:
    """Any active cards, least recently reviewed first (for --cram); or exactly `missed_ids`."""
    if missed_ids is not None:
        ids = list(missed_ids)
        if not ids:
            return []
        marks = ", ".join("?" * len(ids))
        cur = db.conn.execute(f"{_CARD_SELECT} WHERE id IN ({marks}) AND {ACTIVE}", ids)
        order = {i: n for n, i in enumerate(ids)}
        return sorted(_dicts(cur), key=lambda c: order[c["id"]])[:limit]
    where, params = _service_filter(service)
    cur = db.conn.execute(
        f"{_CARD_SELECT} WHERE {ACTIVE}{where} ORDER BY coalesce(last_review, ''), ord LIMIT ?",
        [*params, limit])
    return _dicts(cur)


def next_due(db, after: str, service: str | None = None) -> str | None:
    where, params = _service_filter(service)
    row = db.conn.execute(
        f"SELECT min(due) FROM cards WHERE state != 0 AND {ACTIVE} AND due > ?{where}",
        [after, *params]).fetchone()
    return row[0] if row else None


def held_back_new(db, keys: set[tuple[str, str, str]], queued: set[str], today: str,
                  service: str | None = None, as_written: bool = False) -> int:
    """New cards a session leaves for another day as siblings: cards of a service, subject
    and attribute that one of `queued` (this session's cards, their `keys`) already asks,
    or that a card reviewed since `today` asked (new_cards leaves both out)."""
    where, params = _service_filter(service)
    reviewed = {tuple(r) for r in db.conn.execute(
        "SELECT DISTINCT service, subject, attribute FROM cards WHERE last_review >= ?",
        [today])}
    cur = db.conn.execute(
        f"SELECT id, service, subject, attribute FROM cards WHERE state = 0 AND {ACTIVE}"
        f"{where}{_vouched(as_written)}", params)
    return sum(1 for card_id, *key in cur
               if card_id not in queued and (tuple(key) in keys or tuple(key) in reviewed))


def count_new_available(db, service: str | None = None, as_written: bool = False) -> int:
    where, params = _service_filter(service)
    return db.conn.execute(
        f"SELECT count(*) FROM cards WHERE state = 0 AND {ACTIVE}{where}{_vouched(as_written)}",
        params).fetchone()[0]


def done_since(db, since: str, service: str | None = None) -> tuple[int, int]:
    """(new cards introduced, reviews of seen cards) since `since`, cram reviews excluded,
    and reviews of cards whose notes left (the shipped sample notes a student's first ingest
    sets aside): those are never asked again, so they add nothing to the days ahead, and a new
    user who tried 6 sample cards was given 14 new cards of their own notes, not 20, unsaid.
    With `service`, that service's cards only."""
    where, params = _service_filter(service)
    row = db.conn.execute(
        "SELECT count(DISTINCT CASE WHEN prev_state = 0 THEN card_id END), "
        "sum(CASE WHEN prev_state != 0 THEN 1 ELSE 0 END) "
        "FROM reviews WHERE reviewed_at >= ? AND cram = 0 "
        "AND card_id NOT IN (SELECT id FROM cards WHERE missing != 0)"
        + (f" AND card_id IN (SELECT id FROM cards WHERE 1{where})" if service else ""),
        [since, *params]).fetchone()
    return row[0] or 0, row[1] or 0


# --- answering --------------------------------------------------------------------------------

def state_of(card: dict) -> dict:
    return {k: card[k] for k in STATE_COLUMNS}


def record_review(db, card_id: str, schedule: Callable[[dict], dict | None],
                  review: dict) -> tuple[int, dict]:
    """Store one answer in one transaction: read the card, let `schedule(card)` give its new
    state (None: leave it, as cramming does), write it and the review row with the state
    before and after. Returns the review id and the card as it now is."""
    def apply(conn: sqlite3.Connection) -> tuple[int, dict]:
        cur = conn.execute(_CARD_SELECT + " WHERE id = ?", [card_id])
        card = _row(cur, cur.fetchone())
        new_state = schedule(card)
        prev = state_of(card)
        nxt = prev if new_state is None else {**prev, **new_state}
        if new_state is not None:
            sets = ", ".join(f"{k} = ?" for k in STATE_COLUMNS)
            conn.execute(f"UPDATE cards SET {sets} WHERE id = ?",
                         [nxt[k] for k in STATE_COLUMNS] + [card["id"]])
        cur = conn.execute(
            "INSERT INTO reviews (card_id, rating, reviewed_at, duration_ms, qtype, correct, "
            "cram, prev_state, state, prev, next) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            [card["id"], review["rating"], review["reviewed_at"], review.get("duration_ms"),
             review.get("qtype"), review.get("correct"), 1 if new_state is None else 0,
             prev["state"], nxt["state"], json.dumps(prev), json.dumps(nxt)])
        review_id = cur.lastrowid
        assert review_id is not None  # an INSERT always sets it
        return review_id, {**card, **nxt}

    return write(db, apply)


def undo_review(db, review_id: int) -> dict | None:
    """Remove one review and put its card back exactly as it was before; the restored card."""
    def apply(conn: sqlite3.Connection) -> str | None:
        row = conn.execute("SELECT card_id, prev, cram FROM reviews WHERE id = ?",
                           [review_id]).fetchone()
        if row is None:
            return None
        card_id, prev, cram = row
        if not cram:
            prev_state = json.loads(prev)
            sets = ", ".join(f"{k} = ?" for k in STATE_COLUMNS)
            conn.execute(f"UPDATE cards SET {sets} WHERE id = ?",
                         [prev_state[k] for k in STATE_COLUMNS] + [card_id])
        conn.execute("DELETE FROM reviews WHERE id = ?", [review_id])
        return card_id

    card_id = write(db, apply)
    return get_card(db, card_id) if card_id else None


def set_flag(db, card_id: str, flagged: bool, now: str) -> None:
    write(db, lambda c: c.execute("UPDATE cards SET flagged = ?, flagged_at = ? WHERE id = ?",
                                  [int(flagged), now if flagged else None, card_id]))


def set_suspended(db, card_id: str, suspended: bool) -> None:
    write(db, lambda c: c.execute("UPDATE cards SET suspended = ? WHERE id = ?",
                                  [int(suspended), card_id]))


def suspend_fact(db, card_id: str) -> list[str]:
    """Suspend every card of `card_id`'s fact (its recall, choice, ... cards: one key), not
    only the card on screen: a student who suspends a question must not meet it again as
    another card type. The ids this suspended (not those already suspended), for undo."""
    def apply(conn: sqlite3.Connection) -> list[str]:
        ids = [r[0] for r in conn.execute(
            "SELECT s.id FROM cards s JOIN cards c ON c.id = ? WHERE s.service = c.service "
            "AND s.subject IS c.subject AND s.attribute = c.attribute "
            "AND s.qualifier IS c.qualifier AND s.suspended = 0", [card_id])]
        conn.executemany("UPDATE cards SET suspended = 1 WHERE id = ?", [[i] for i in ids])
        return ids

    return write(db, apply)


def unsuspend_cards(db, card_ids: list[str]) -> None:
    """Take back a suspension: exactly the cards suspend_fact suspended."""
    write(db, lambda c: c.executemany("UPDATE cards SET suspended = 0 WHERE id = ?",
                                      [[i] for i in card_ids]))


def reviews_of(db, card_id: str) -> list[dict]:
    cur = db.conn.execute("SELECT * FROM reviews WHERE card_id = ? ORDER BY id", [card_id])
    return _dicts(cur)


def facts_for_key(db, key: tuple) -> list[dict]:
    """The facts a card is asked from (several when notes repeat or disagree)."""
    cur = db.conn.execute(
        "SELECT service, subject, attribute, qualifier, kind, value, source, line, snippet "
        "FROM facts WHERE lower(service) = ? AND lower(subject) = ? AND lower(attribute) = ? "
        "AND qualifier = ? ORDER BY source, line", list(key))
    return _dicts(cur)


def list_cards(db, service: str | None = None, flagged: bool = False) -> list[dict]:
    where, params = _service_filter(service)
    if flagged:
        where += " AND flagged = 1"
    cur = db.conn.execute(f"{_CARD_SELECT} WHERE 1 = 1{where} ORDER BY ord", params)
    return _dicts(cur)


def ever_answered(db, card_id: str) -> bool:
    """Whether the card has any answer on record, a cram answer included."""
    return db.conn.execute("SELECT 1 FROM reviews WHERE card_id = ? LIMIT 1",
                           [card_id]).fetchone() is not None


def last_ratings(db, ids: list[str]) -> dict[str, int]:
    """id -> the rating of its last scheduled answer (a cram's answers schedule nothing),
    for the cards among `ids` that have one."""
    out: dict[str, int] = {}
    for card_id in ids:
        row = db.conn.execute("SELECT rating FROM reviews WHERE card_id = ? AND cram = 0 "
                              "ORDER BY reviewed_at DESC, id DESC LIMIT 1", [card_id]).fetchone()
        if row is not None:
            out[card_id] = row[0]
    return out


def card_status(db, ids: list[str]) -> dict[str, dict | None]:
    """id -> its key, suspended and missing marks, or None for an id with no card."""
    out: dict[str, dict | None] = dict.fromkeys(ids)
    for start in range(0, len(ids), 500):  # SQLite's cap on a statement's parameters
        chunk = ids[start:start + 500]
        cur = db.conn.execute(
            "SELECT id, service, subject, attribute, qualifier, suspended, missing FROM cards "
            f"WHERE id IN ({', '.join('?' * len(chunk))})", chunk)
        for row in _dicts(cur):
            out[row["id"]] = row
    return out


def count_missing(db, service: str | None = None) -> int:
    """Cards whose fact is no longer in the notes (set-aside sample notes, deleted lines)."""
    where, params = _service_filter(service)
    return db.conn.execute(f"SELECT count(*) FROM cards WHERE missing != 0{where}",
                           params).fetchone()[0]


def missed_card_ids(db, since: str) -> list[str]:
    """Cards answered wrong (rating Again) at least once since `since`, in the order first
    missed: for --missed. Any miss counts, not only a card's latest answer: a card graded
    Again and then Good at its learning step a minute later was still missed (a student's
    --missed left out the very card they had failed that morning)."""
    cur = db.conn.execute(
        # "+card_id": read through the time index (the last week), not every review by card
        "SELECT card_id FROM reviews WHERE reviewed_at >= ? AND rating = 1 "
        "GROUP BY +card_id ORDER BY min(id)", [since])
    return [row[0] for row in cur.fetchall()]
