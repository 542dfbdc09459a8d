"""SQL for moving a student's progress between databases: every card, review and exam
attempt out, and a merge in (one transaction, nothing ever deleted)."""

from __future__ import annotations

import json
import sqlite3

from studycli.store.cards import CARD_COLUMNS, STATE_COLUMNS, write

REVIEW_COLUMNS = ("card_id", "rating", "reviewed_at", "duration_ms", "qtype", "correct", "cram",
                  "prev_state", "state", "prev", "next")
ATTEMPT_COLUMNS = ("id", "profile", "seed", "started_at", "finished_at", "questions", "raw",
                   "scaled", "pass_mark", "passed", "unanswered", "timed_out", "seconds",
                   "interrupted")
ANSWER_COLUMNS = ("attempt_id", "position", "question_id", "service", "kind", "multi", "chosen",
                  "answers", "correct", "flagged", "fact_ids", "domain")


def _rows(conn: sqlite3.Connection, sql: str, params=()) -> list[dict]:
    cur = conn.execute(sql, params)
    names = [d[0] for d in cur.description]
    return [dict(zip(names, row, strict=True)) for row in cur.fetchall()]


def read_all(db) -> dict[str, list[dict]]:
    """Cards, reviews (time order) and exam attempts with their answers."""
    conn = db.conn
    return {
        "card": _rows(conn, f"SELECT {', '.join(CARD_COLUMNS)} FROM cards ORDER BY ord, id"),
        "review": _rows(conn, f"SELECT {', '.join(REVIEW_COLUMNS)} FROM reviews "
                              "ORDER BY reviewed_at, id"),
        "exam_attempt": _rows(conn, f"SELECT {', '.join(ATTEMPT_COLUMNS)} FROM exam_attempts "
                                    "ORDER BY finished_at, id"),
        "exam_answer": _rows(conn, f"SELECT {', '.join(ANSWER_COLUMNS)} FROM exam_answers "
                                   "ORDER BY attempt_id, position"),
    }


def merge(db, cards: list[dict], reviews: list[dict], attempts: list[dict],
          answers: list[dict], known_review_key, replay, now: str) -> dict[str, int]:
    """Add what this database lacks, then give every card that gained a review the state
    `replay(card_id, reviews_in_time_order)` computes. One transaction: all or nothing."""
    def apply(conn: sqlite3.Connection) -> dict[str, int]:
        have_cards = {r[0] for r in conn.execute("SELECT id FROM cards")}
        top = conn.execute("SELECT coalesce(max(ord), 0) FROM cards").fetchone()[0]
        new_cards = [c for c in cards if c["id"] not in have_cards]
        # A card this machine's notes do not make is kept as missing: it comes back, with its
        # history, when the fact appears in these notes too.
        conn.executemany(
            "INSERT INTO cards (id, service, subject, attribute, qualifier, card_type, "
            "suspended, flagged, flagged_at, missing, ord, created_at) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, 1, ?, ?)",
            [(c["id"], c["service"], c["subject"], c["attribute"], c["qualifier"],
              c["card_type"], c.get("suspended", 0), c.get("flagged", 0), c.get("flagged_at"),
              top + i + 1, c.get("created_at") or now) for i, c in enumerate(new_cards)])
        local = _rows(conn, f"SELECT {', '.join(REVIEW_COLUMNS)} FROM reviews")
        seen = {known_review_key(r) for r in local}
        added = []
        for r in reviews:
            key = known_review_key(r)
            if key in seen:
                continue
            seen.add(key)
            added.append(r)
        conn.executemany(
            f"INSERT INTO reviews ({', '.join(REVIEW_COLUMNS)}) "
            f"VALUES ({', '.join('?' * len(REVIEW_COLUMNS))})",
            [[r.get(c) for c in REVIEW_COLUMNS] for r in added])
        touched = sorted({r["card_id"] for r in added})
        for card_id in touched:
            history = _rows(conn, f"SELECT {', '.join(REVIEW_COLUMNS)} FROM reviews "
                                  "WHERE card_id = ?", [card_id])
            state = replay(card_id, history)
            sets = ", ".join(f"{k} = ?" for k in STATE_COLUMNS)
            conn.execute(f"UPDATE cards SET {sets} WHERE id = ?",
                         [state[k] for k in STATE_COLUMNS] + [card_id])
        have_attempts = {r[0] for r in conn.execute("SELECT id FROM exam_attempts")}
        new_attempts = [a for a in attempts if a["id"] not in have_attempts]
        conn.executemany(
            f"INSERT INTO exam_attempts ({', '.join(ATTEMPT_COLUMNS)}) "
            f"VALUES ({', '.join('?' * len(ATTEMPT_COLUMNS))})",
            [[a.get(c) for c in ATTEMPT_COLUMNS] for a in new_attempts])
        fresh = {a["id"] for a in new_attempts}
        conn.executemany(
            f"INSERT OR IGNORE INTO exam_answers ({', '.join(ANSWER_COLUMNS)}) "
            f"VALUES ({', '.join('?' * len(ANSWER_COLUMNS))})",
            [[a.get(c) for c in ANSWER_COLUMNS] for a in answers if a["attempt_id"] in fresh])
        return {"cards_added": len(new_cards), "reviews_added": len(added),
                "reviews_skipped": len(reviews) - len(added), "cards_rescheduled": len(touched),
                "exams_added": len(new_attempts)}

    return write(db, apply)


def decode_state(text: str | None) -> dict | None:
    try:
        return json.loads(text) if text else None
    except ValueError:
        return None
