"""Storing practice exam attempts. Nothing here touches the quiz's cards or reviews."""

from __future__ import annotations

import json

from studycli.exam.scoring import verdict
from studycli.model import stable_id

TYPE_CHECKING = False
if TYPE_CHECKING:  # imported for the type checker only
    from studycli.store.db import Store


def save_attempt(db: Store, result, exam, answers, flagged, started_at: str,
                 finished_at: str, interrupted: bool = False) -> str:
    """Store one finished attempt and every answer, in one transaction; returns its id.
    `interrupted`: ended by Ctrl-C, not submitted (--history marks it, its trend skips it)."""
    # Two attempts at the same exam in the same second are still two attempts.
    import secrets  # (secrets loads OpenSSL: not on a new exam's way to its first screen)

    attempt_id = stable_id("exam", exam.profile, exam.seed, started_at, secrets.token_hex(8))
    with db.conn:
        db["exam_attempts"].insert({
            "id": attempt_id, "profile": exam.profile, "seed": exam.seed,
            "started_at": started_at, "finished_at": finished_at,
            "questions": result.total, "raw": result.raw, "scaled": result.scaled,
            "pass_mark": result.pass_mark, "passed": int(result.passed),
            "unanswered": result.unanswered, "timed_out": int(result.timed_out),
            "seconds": round(result.seconds, 1), "interrupted": int(interrupted),
        })
        db["exam_answers"].insert_all(({
            "attempt_id": attempt_id, "position": i, "question_id": q.id, "service": q.service,
            "kind": q.kind, "multi": int(q.multi), "chosen": json.dumps(list(chosen)),
            "answers": json.dumps(list(q.answers)), "correct": int(q.is_right(chosen)),
            "flagged": int(i in flagged), "fact_ids": json.dumps(list(q.fact_ids)),
            "domain": q.domain,
        } for i, (q, chosen) in enumerate(zip(exam.questions, answers, strict=True))))
    return attempt_id


def list_attempts(db: Store, limit: int | None = None) -> list[dict]:
    """Past attempts, oldest first (the last `limit` of them when given)."""
    sql = ("SELECT id, profile, seed, started_at, finished_at, questions, raw, scaled, "
           "pass_mark, passed, unanswered, timed_out, seconds, interrupted FROM exam_attempts "
           "ORDER BY finished_at DESC, rowid DESC")
    params: list = []
    if limit:
        sql += " LIMIT ?"
        params.append(limit)
    rows = list(db.query(sql, params))
    rows.reverse()
    for r in rows:
        # None: too few questions for a verdict (stored: whether the score reached the mark)
        r["passed"] = verdict(bool(r["passed"]), r["questions"])
        r["timed_out"] = bool(r["timed_out"])
        r["interrupted"] = bool(r["interrupted"])
    return rows


def discard_attempt(db: Store, which: str) -> dict | None:
    """Delete one attempt and its answers, in one transaction; the attempt as it was, or None
    when `which` names none. `which`: "last", or the start of an id as --history shows it
    (an unambiguous prefix)."""
    if which == "last":
        rows = list(db.query("SELECT id FROM exam_attempts ORDER BY finished_at DESC, "
                             "rowid DESC LIMIT 1"))
    else:
        prefix = which.strip().lower()
        if not prefix:
            return None
        rows = list(db.query("SELECT id FROM exam_attempts WHERE substr(id, 1, ?) = ?",
                             [len(prefix), prefix]))
    if len(rows) > 1:
        from studycli.errors import StudyError

        raise StudyError(f"{len(rows)} attempts start with {which!r}; give more of the id "
                         "`studycli exam --history` shows")
    if not rows:
        return None
    attempt_id = rows[0]["id"]
    attempt = next(a for a in list_attempts(db) if a["id"] == attempt_id)
    from studycli.store.cards import write

    def delete(conn) -> None:
        conn.execute("DELETE FROM exam_answers WHERE attempt_id = ?", [attempt_id])
        conn.execute("DELETE FROM exam_attempts WHERE id = ?", [attempt_id])

    write(db, delete)
    return attempt


# An answer row of a question the student saw (`a`: its attempt, `x`: the answer): of an
# attempt ended by Ctrl-C, the questions left unanswered were never seen, not missed
SEEN = "NOT (coalesce(a.interrupted, 0) AND x.chosen = '[]')"


def last_missed_fact_ids(db: Store) -> list[str]:
    """Fact ids of the questions missed in the most recent attempt, in question order."""
    out: list[str] = []
    for ids in last_missed_questions(db):
        for fid in ids:
            if fid not in out:
                out.append(fid)
    return out


def last_missed_questions(db: Store) -> list[list[str]]:
    """The fact ids of each question missed in the most recent attempt, in question order."""
    row = db.execute(
        "SELECT id FROM exam_attempts ORDER BY finished_at DESC, rowid DESC LIMIT 1"
    ).fetchone()
    if not row:
        return []
    return [json.loads(ids or "[]") for (ids,) in db.execute(
        "SELECT x.fact_ids FROM exam_answers x JOIN exam_attempts a ON a.id = x.attempt_id "
        f"WHERE x.attempt_id = ? AND x.correct = 0 AND {SEEN} ORDER BY x.position",
        [row[0]],
    )]


def all_facts(db: Store) -> list:
    """Every fact, in the store's order, built from plain rows (an exam reads them all; on
    100,000 facts this is several times quicker than going through dict rows)."""
    from studycli.model import Fact

    cols = list(Fact.__dataclass_fields__)
    sql = (f"SELECT {', '.join(cols)} FROM facts "
           "ORDER BY service, subject, attribute, qualifier, source, line")
    return [Fact(*row) for row in db.execute(sql)]
