"""What exam and quiz generate, as one text, so a performance change can be checked byte for byte.

    python bench/output_snapshot.py NOTES_DIR OUT_FILE [--quiz-cards 40] [--hashseed N]

Ingests NOTES_DIR into a temporary database, then writes: `exam --json --seed S` for the three
profiles x 10 seeds, the three profiles x 3 seeds `--as-written`, with `--service sqs` and
`-n 20`, each from a subprocess (a fresh process, as a user runs it, with PYTHONHASHSEED=N when
given, and a cache folder of its own, so no exam kept by another run is read back), and the first
quiz questions of a Session with a fixed clock and rng. Run it before and after a change, and
with different --hashseed values, and compare the files (cmp): a speed-up must not change a byte.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import subprocess
import sys
import tempfile
from datetime import UTC, datetime
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
PROFILES = ("saa-c03", "dva-c02", "clf-c02")
SEEDS = range(1, 11)


def exam_runs(env: dict) -> list[tuple[str, list[str]]]:
    runs = [(f"{p} seed {s}", ["--profile", p, "--seed", str(s)]) for p in PROFILES for s in SEEDS]
    runs += [(f"{p} seed {s} as written", ["--profile", p, "--seed", str(s), "--as-written"])
             for p in PROFILES for s in (2, 5, 9)]
    runs += [("sqs seed 3", ["--service", "sqs", "--seed", "3"]),
             ("n 20 seed 4", ["-n", "20", "--seed", "4"])]
    out = []
    for label, extra in runs:
        proc = subprocess.run([sys.executable, "-m", "studycli", "exam", "--json", *extra],
                              env=env, capture_output=True, text=True, cwd=REPO)
        out.append((label, [f"exit {proc.returncode}", proc.stdout, proc.stderr]))
    return out


def quiz_questions(db_path: str, cards: int) -> list[str]:
    sys.path.insert(0, str(REPO))
    from studycli.quiz.session import QuizOptions, Session
    from studycli.store.db import connect

    now = datetime(2026, 6, 1, 9, 0, tzinfo=UTC)
    session = Session(connect(db_path), QuizOptions(new=cards, fuzz=False), clock=lambda: now,
                      rng=random.Random(7))
    lines = []
    for _ in range(cards):
        item = session.next()
        if item is None:
            break
        lines.append(json.dumps(item.question.to_dict(), sort_keys=True, ensure_ascii=False))
    return lines


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("notes")
    ap.add_argument("out")
    ap.add_argument("--quiz-cards", type=int, default=40)
    ap.add_argument("--hashseed", help="PYTHONHASHSEED for every subprocess")
    args = ap.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        db = str(Path(tmp) / "s.db")
        env = dict(os.environ, STUDYCLI_DB=db, PYTHONPATH=str(REPO),
                   STUDYCLI_CACHE=str(Path(tmp) / "cache"))
        if args.hashseed is not None:
            env["PYTHONHASHSEED"] = args.hashseed
        notes = str(Path(args.notes).resolve())
        subprocess.run([sys.executable, "-m", "studycli", "ingest", notes], env=env,
                       capture_output=True, check=True, cwd=REPO)
        parts = [f"== exam {label}\n" + "\n".join(body) for label, body in exam_runs(env)]
        parts.append("== quiz\n" + "\n".join(quiz_questions(db, args.quiz_cards)))
    Path(args.out).write_text("\n".join(parts) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
