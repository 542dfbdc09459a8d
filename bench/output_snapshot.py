"""What exam and quiz generate, as one text, so a performance change can be checked byte for byte.

    python bench/output_snapshot.py NOTES_DIR OUT_FILE [--quiz-cards 40] [--hashseed N]
        [--seeds 1-10] [--tree CHECKOUT]

Ingests NOTES_DIR into a temporary database, then writes: `exam --json --seed S` for the three
profiles x 10 seeds (`--seeds`), the three profiles x 3 seeds `--as-written`, with `--service
sqs` and `-n 20`, each from a subprocess (a fresh process, as a user runs it, with
PYTHONHASHSEED=N when given, and a cache folder of the snapshot's own, so no exam kept by
another snapshot is read back: the first exam draws everything, the later ones read back the
seed-free work it kept), and the first quiz questions of a Session with a fixed clock and rng.
Run it before and after a change, and with different --hashseed values, and compare the files
(cmp): a speed-up must not change a byte. `--hashseed 0,1,2` gives each exam run the next of
those values in turn: work kept by a process with one hash seed is read back by another.
`--tree` runs another checkout's studycli (a clean copy of main, for the "before").
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


def exam_runs(env: dict, seeds=SEEDS, hashseeds: list[str] | None = None
              ) -> list[tuple[str, list[str]]]:
    runs = [(f"{p} seed {s}", ["--profile", p, "--seed", str(s)]) for p in PROFILES for s in seeds]
    runs += [(f"{p} seed {s} as written", ["--profile", p, "--seed", str(s), "--as-written"])
             for p in PROFILES for s in (2, 5, 9)]
    runs += [("sqs seed 3", ["--service", "sqs", "--seed", "3"]),
             ("n 20 seed 4", ["-n", "20", "--seed", "4"])]
    out = []
    for i, (label, extra) in enumerate(runs):
        if hashseeds:
            env = dict(env, PYTHONHASHSEED=hashseeds[i % len(hashseeds)])
        proc = subprocess.run([sys.executable, "-m", "studycli", "exam", "--json", *extra],
                              env=env, capture_output=True, text=True, cwd=env["PYTHONPATH"])
        out.append((label, [f"exit {proc.returncode}", proc.stdout, proc.stderr]))
    return out


def quiz_questions(db_path: str, cards: int, tree: Path = REPO) -> list[str]:
    sys.path.insert(0, str(tree))
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
    ap.add_argument("--hashseed", help="PYTHONHASHSEED for every subprocess (a comma-separated "
                    "list: each exam run the next in turn)")
    ap.add_argument("--seeds", default="1-10", help="the exam seeds, FIRST-LAST")
    ap.add_argument("--tree", type=Path, default=REPO, help="the checkout whose studycli runs")
    args = ap.parse_args()
    first, last = (int(x) for x in args.seeds.split("-"))
    tree = args.tree.resolve()
    hashseeds = args.hashseed.split(",") if args.hashseed else None
    with tempfile.TemporaryDirectory() as tmp:
        db = str(Path(tmp) / "s.db")
        env = dict(os.environ, STUDYCLI_DB=db, PYTHONPATH=str(tree),
                   STUDYCLI_CACHE=str(Path(tmp) / "cache"))
        if hashseeds:
            env["PYTHONHASHSEED"] = hashseeds[0]
        notes = str(Path(args.notes).resolve())
        subprocess.run([sys.executable, "-m", "studycli", "ingest", notes], env=env,
                       capture_output=True, check=True, cwd=tree)
        parts = [f"== exam {label}\n" + "\n".join(body)
                 for label, body in exam_runs(env, range(first, last + 1), hashseeds)]
        parts.append("== quiz\n" + "\n".join(quiz_questions(db, args.quiz_cards, tree)))
    Path(args.out).write_text("\n".join(parts) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
