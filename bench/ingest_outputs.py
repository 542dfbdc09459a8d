"""Dump what an ingest leaves for the quiz, the exam and the currency markers, for the shipped
notes and every development notes folder: the cards (ids, types, order, missing marks), each
card's question (stem, options, answers, answer text; fixed seed), the fact_currency rows, and
`studycli exam --json` for the three profiles (seeds 3 and 11) on content/. Compare before and
after a change to the post-ingest work (cards, currency check) with `cmp`; pair it with
bench/store_dump.py, which covers what the ingest stores.

    python bench/ingest_outputs.py OUT.json
"""

from __future__ import annotations

import json
import os
import random
import sqlite3
import subprocess
import sys
import tempfile
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
# Development folders only, named one by one (held-out sets must never be read).
NOTE_SETS = ["content"] + [f"tests/data/{n}_notes" for n in (
    "unseen", "unseen2", "unseen3", "unseen4", "unseen6", "unseen8", "unseen9", "unseen11",
    "unseen12", "unseen13", "unseen14", "unseen15", "unseen16", "unseen17", "unseen18")]
CARD_COLUMNS = "id, service, subject, attribute, qualifier, card_type, missing, ord"


def cli(db: Path, *args: str) -> str:
    env = {**os.environ, "PYTHONPATH": str(REPO)}
    argv = [sys.executable, "-m", "studycli", *args, "--db", str(db)]
    return subprocess.run(argv, capture_output=True, text=True, env=env, check=True).stdout


def questions(db_path: Path) -> list:
    """Every card's question from a fixed seed, as the quiz would build it."""
    from studycli.questions import FactPool, build_question
    from studycli.store.db import connect

    db = connect(db_path)
    try:
        pool = FactPool.load(db)
        out = []
        for row in db.conn.execute(f"SELECT {CARD_COLUMNS} FROM cards ORDER BY id"):
            if row[5] == "compare":
                continue
            fact = pool.first(tuple(row[1:5]))
            q = build_question(fact, row[5], pool, random.Random(row[0])) if fact else None
            out.append([row[0], None if q is None else
                        [q.qtype, q.stem, q.options, q.answers, q.answer_text, q.explanation]])
        return out
    finally:
        db.conn.close()


def tables(db_path: Path) -> dict:
    conn = sqlite3.connect(db_path)
    try:
        return {
            "cards": conn.execute(f"SELECT {CARD_COLUMNS} FROM cards ORDER BY id").fetchall(),
            "currency": conn.execute("SELECT * FROM fact_currency ORDER BY fact_id").fetchall(),
        }
    finally:
        conn.close()


def main(out: str) -> None:
    sys.path.insert(0, str(REPO))
    result: dict = {}
    with tempfile.TemporaryDirectory() as tmp:
        for folder in NOTE_SETS:
            db = Path(tmp) / (folder.replace("/", "_") + ".db")
            cli(db, "ingest", str(REPO / folder), "--json")
            result[folder] = {**tables(db), "questions": questions(db)}
            if folder == "content":
                result["exams"] = {f"{p} {s}": json.loads(cli(db, "exam", "--profile", p,
                                                              "--seed", str(s), "--json"))
                                   for p in ("saa-c03", "dva-c02", "clf-c02") for s in (3, 11)}
    Path(out).write_text(json.dumps(result, indent=1, sort_keys=True, ensure_ascii=False,
                                    default=str), encoding="utf-8")
    print(f"{len(NOTE_SETS)} note sets -> {out}")


if __name__ == "__main__":
    main(sys.argv[1])
