"""The questions the shipped notes generate, as the review record keys them.

Questions are a product surface: every quiz card and every question of a few fixed exams is
read by a reviewer, with the note line open, and given a verdict (tests/review/verdicts.jsonl).
test_review.py fails when generation produces a question nobody has reviewed, so a change
to the parser or the question layer that changes what students see comes with a review.

    python -m tests.review.harness          # list the questions without a verdict (JSON lines)
    python -m tests.review.harness --all    # every generated question

Keys: a quiz card by its card id, stem and right answer (its distractors are drawn per
session); an exam question by its stem, options and answers (fixed seeds and profiles).
"""

from __future__ import annotations

import hashlib
import json
import random
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
VERDICTS = HERE / "verdicts.jsonl"
EXAMS = (("saa-c03", 101), ("saa-c03", 202), ("dva-c02", 101), ("dva-c02", 202),
         ("clf-c02", 101), ("clf-c02", 202))


def _key(*parts: str) -> str:
    return hashlib.sha256("\x1f".join(parts).encode()).hexdigest()[:16]


def quiz_items(db) -> list[dict]:
    from studycli.questions import FactPool, build_question
    from studycli.store.facts import list_facts

    pool = FactPool.from_facts(list_facts(db))
    seen, out = set(), []
    for card in db.conn.execute("SELECT service, subject, attribute, qualifier, card_type, id "
                                "FROM cards WHERE suspended = 0 AND missing = 0 ORDER BY id"):
        service, subject, attribute, qualifier, card_type, card_id = card
        fact = pool.first((service, subject, attribute, qualifier))
        if fact is None:
            continue
        q = build_question(fact, card_type, pool, random.Random(card_id))
        if q is None:
            continue
        right = " | ".join(q.options[i] for i in q.answers) if q.options else q.answer_text
        key = _key("quiz", card_id, q.stem, right)
        if key in seen:
            continue
        seen.add(key)
        out.append({"key": key, "where": "quiz", "stem": q.stem, "options": q.options,
                    "answers": q.answers, "right": right, "source": q.source, "line": q.line,
                    "snippet": q.snippet.strip()})
    return out + compare_items(db)


def compare_items(db) -> list[dict]:
    """Compare cards (a row of an "X vs Y" table the notes state both sides of), as the quiz
    and the exports ask them: one side's value, the two sides as options."""
    from studycli.compare_cards import CARD_TYPE, build_question_for_export, load_drill_cards

    cards = load_drill_cards(db)
    out = []
    for (card_id,) in db.conn.execute("SELECT id FROM cards WHERE card_type = ? AND suspended = 0 "
                                      "AND missing = 0 ORDER BY id", (CARD_TYPE,)):
        card = cards.get(card_id)
        q = build_question_for_export(card) if card else None
        if q is None:
            continue
        right = q.options[q.answers[0]]
        out.append({"key": _key("compare", card_id, q.stem, right), "where": "quiz compare",
                    "stem": q.stem, "options": q.options, "answers": q.answers, "right": right,
                    "explanation": q.explanation, "source": q.source, "line": q.line,
                    "snippet": q.snippet.strip()})
    return out


def exam_items(db) -> list[dict]:
    from studycli.exam.generate import generate_exam, load_pool
    from studycli.exam.profiles import get_profile

    pool = load_pool(db)
    seen, out = set(), []
    for profile, seed in EXAMS:
        for q in generate_exam(pool, get_profile(profile), seed).questions:
            key = _key("exam", q.stem, *q.options, *map(str, q.answers))
            if key in seen:
                continue
            seen.add(key)
            out.append({"key": key, "where": f"exam {profile} {seed}", "stem": q.stem,
                        "options": list(q.options), "answers": list(q.answers),
                        "right": " | ".join(q.options[i] for i in q.answers),
                        "source": q.source, "line": q.line, "snippet": q.snippet.strip()})
    return out


def shipped_db(path: Path):
    from studycli.database import ensure_database

    return ensure_database(path)


def verdicts() -> dict[str, dict]:
    if not VERDICTS.exists():
        return {}
    out = {}
    for line in VERDICTS.read_text(encoding="utf-8").splitlines():
        if line.strip():
            record = json.loads(line)
            out[record["key"]] = record
    return out


def main() -> None:
    import tempfile

    with tempfile.TemporaryDirectory() as tmp:
        db = shipped_db(Path(tmp) / "review.db")
        known = {} if "--all" in sys.argv[1:] else verdicts()
        for item in quiz_items(db) + exam_items(db):
            if item["key"] not in known:
                sys.stdout.write(json.dumps(item, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main()
