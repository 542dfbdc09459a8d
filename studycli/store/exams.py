"""Storing practice exam attempts. Nothing here touches the quiz's cards or reviews."""

from __future__ import annotations

import json

from studycli.model import stable_id

TYPE_CHECKING = False
if TYPE_CHECKING:  # imported for the type checker only
    from studycli.store.db import Store


def save_attempt(db: Store, result, exam, answers, flagged, started_at: str,
                 finished_at: str) -> str:
    """Store one finished attempt and every answer, in one transaction; returns its id."""
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
            "seconds": round(result.seconds, 1),
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
           "pass_mark, passed, unanswered, timed_out, seconds FROM exam_attempts "
           "ORDER BY finished_at DESC, rowid DESC")
    params: list = []
    if limit:
        sql += " LIMIT ?"
        params.append(limit)
    rows = list(db.query(sql, params))
    rows.reverse()
    for r in rows:
        r["passed"], r["timed_out"] = bool(r["passed"]), bool(r["timed_out"])
    return rows


def last_missed_fact_ids(db: Store) -> list[str]:
    """Fact ids of the questions missed in the most recent attempt, in question order."""
    row = db.execute(
        "SELECT id FROM exam_attempts ORDER BY finished_at DESC, rowid DESC LIMIT 1"
    ).fetchone()
    if not row:
        return []
    out: list[str] = []
    for (ids,) in db.execute(
        "SELECT fact_ids FROM exam_answers WHERE attempt_id = ? AND correct = 0 ORDER BY position",
        [row[0]],
    ):
        for fid in json.loads(ids or "[]"):
            if fid not in out:
                out.append(fid)
    return out


def all_facts(db: Store) -> list:
    """Every fact, in the store's order, built from plain rows (an exam reads them all; on
    100,000 facts this is several times quicker than going through dict rows)."""
    from studycli.model import Fact

    cols = list(Fact.__dataclass_fields__)
    sql = (f"SELECT {', '.join(cols)} FROM facts "
           "ORDER BY service, subject, attribute, qualifier, source, line")
    return [Fact(*row) for row in db.execute(sql)]
