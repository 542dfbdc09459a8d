"""SQL for the readiness report: what the notes cover, the cards' memory state, practice exam
answers, and the forecasts recorded over time."""

from __future__ import annotations

import json

from studycli.model import stable_id
from studycli.store.cards import write


def facts_per_service(db) -> dict[str, int]:
    """Structured (askable-kind or not) facts per service, lower-cased service name. AWS
    Support's are its plan lines, read from the note text as `check` reads them but only
    where "support" is said on or over them (SUPPORT_CONTEXT): the parser files no fact under
    Support (reference/plan_lines.py says why), and a cheat sheet full of plans left CLF-C02's
    "Billing, Pricing, and Support" domain at 0% (a new user's week)."""
    from studycli.reference.plan_lines import SUPPORT, SUPPORT_CONTEXT, note_plan_lines

    counts = {s: n for s, n in db.conn.execute(
        "SELECT lower(service), count(*) FROM facts WHERE service != '' GROUP BY 1")}
    plans = len(note_plan_lines(db.conn, None, SUPPORT_CONTEXT))
    if plans:
        counts[SUPPORT.lower()] = counts.get(SUPPORT.lower(), 0) + plans
    return counts


def active_cards(db) -> list[dict]:
    """The cards the quiz drills: active, and vouched for by the AWS reference (a card it
    never asks would count as material never studied, and "quiz --service S" would be empty)."""
    import sqlite3

    from studycli.store.cards import DRILLED

    sql = ("SELECT id, service, subject, card_type, state, step, stability, difficulty, due, "
           "last_review FROM cards WHERE suspended = 0 AND missing = 0")
    try:
        cur = db.conn.execute(f"{sql} AND {DRILLED}")
    except sqlite3.OperationalError:  # a database from before facts were checked
        cur = db.conn.execute(sql)
    names = [d[0] for d in cur.description]
    return [dict(zip(names, row, strict=True)) for row in cur.fetchall()]


def lines_saying(db, words: list[str], limit: int) -> list[str]:
    """Up to `limit` lines of the notes holding these words in a row (`studycli search`'s
    index), for readiness to judge what each says them of."""
    import sqlite3

    if not words:
        return []
    try:
        return [text for (text,) in db.conn.execute(
            "SELECT l.text FROM note_lines_fts JOIN note_lines l ON l.id = note_lines_fts.rowid "
            "WHERE note_lines_fts MATCH ? LIMIT ?", ['"' + " ".join(words) + '"', limit])]
    except sqlite3.OperationalError:  # a database from before `search`
        return []


def not_recalled(db, since: str) -> set[str]:
    """Cards that count as not recalled, whatever FSRS's retrievability says minutes after the
    answer was shown (~100%: readiness read "recall 100%" after a session of misses): any card
    answered Again since `since` (the start of today), in any quiz, --cram and --missed
    included, whatever it was answered after; and a card still in its learning steps whose
    latest scheduled answer was Again (missed last night, not yet relearned)."""
    cur = db.conn.execute(
        "SELECT DISTINCT card_id FROM reviews WHERE reviewed_at >= ? AND rating = 1 "
        "UNION SELECT c.id FROM cards c WHERE c.state IN (1, 3) AND (SELECT r.rating "
        "FROM reviews r WHERE r.card_id = c.id AND r.cram = 0 ORDER BY r.id DESC LIMIT 1) = 1",
        [since])
    return {row[0] for row in cur.fetchall()}


def exam_answers(db, profile: str) -> list[dict]:
    """Every answer of the profile's submitted attempts, oldest attempt first. An attempt
    ended by Ctrl-C is no measure, as --history's trend says of it: one answer before Ctrl-C
    read as "practice 100% of 1 answer" (it stays in --history, marked, and its misses can
    still be drilled)."""
    cur = db.conn.execute(
        "SELECT a.id AS attempt_id, a.finished_at, a.scaled, x.service, x.kind, x.correct, "
        "x.domain "
        "FROM exam_attempts a JOIN exam_answers x ON x.attempt_id = a.id "
        "WHERE a.profile = ? AND NOT coalesce(a.interrupted, 0) "
        "ORDER BY a.finished_at, a.id, x.position", [profile])
    names = [d[0] for d in cur.description]
    return [dict(zip(names, row, strict=True)) for row in cur.fetchall()]


def attempts(db, profile: str) -> list[dict]:
    """The profile's submitted attempts (an interrupted one's score is no score)."""
    cur = db.conn.execute(
        "SELECT id, finished_at, scaled, questions FROM exam_attempts WHERE profile = ? "
        "AND NOT coalesce(interrupted, 0) ORDER BY finished_at, id", [profile])
    return [dict(zip(("id", "finished_at", "scaled", "questions"), row, strict=True))
            for row in cur.fetchall()]


def record_forecast(db, profile: str, made_at: str, scaled: int, low: int, high: int,
                    detail: dict) -> str:
    forecast_id = stable_id("forecast", profile, made_at)
    write(db, lambda c: c.execute(
        "INSERT OR REPLACE INTO forecasts (id, profile, made_at, scaled, low, high, detail) "
        "VALUES (?, ?, ?, ?, ?, ?, ?)",
        [forecast_id, profile, made_at, scaled, low, high, json.dumps(detail)]))
    return forecast_id


def forecast_before(db, profile: str, before: str) -> dict | None:
    row = db.conn.execute(
        "SELECT made_at, scaled, low, high FROM forecasts WHERE profile = ? AND made_at < ? "
        "ORDER BY made_at DESC LIMIT 1", [profile, before]).fetchone()
    return dict(zip(("made_at", "scaled", "low", "high"), row, strict=True)) if row else None


def attempts_by_other_profile(db, profile: str) -> dict[str, int]:
    """How many submitted practice exams each other profile has (an interrupted one counts
    toward no profile, its own included: said to count "toward their own profile" it read
    as a measure somewhere)."""
    cur = db.conn.execute("SELECT profile, count(*) FROM exam_attempts WHERE profile != ? "
                          "AND NOT coalesce(interrupted, 0) GROUP BY profile ORDER BY profile",
                          [profile])
    return {name: n for name, n in cur.fetchall()}


def interrupted_attempts(db, profile: str) -> int:
    """How many of the profile's attempts were ended by Ctrl-C (left out of every measure)."""
    row = db.conn.execute("SELECT count(*) FROM exam_attempts WHERE profile = ? "
                          "AND coalesce(interrupted, 0)", [profile]).fetchone()
    return int(row[0])
