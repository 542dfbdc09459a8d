"""Time from process start to the first quiz question on screen, on a big database.

Builds (once, in a temp dir unless --db is given) a database with 50,000 cards and 500,000
reviews, then starts `python -m studycli quiz` several times and measures how long it takes
until the first question panel has been printed. Target: under 300 ms.

    python bench/quiz.py [--runs 7] [--db PATH] [--cards 50000] [--reviews 500000]
"""

from __future__ import annotations

import argparse
import json
import random
import statistics
import subprocess
import sys
import tempfile
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

SERVICES = ["Lambda", "SQS", "SNS", "API Gateway", "DynamoDB", "S3", "Kinesis", "Step Functions"]
UNITS = [("s", [1, 3, 29, 30, 60, 300, 900, 3600, 43200, 86400]),
         ("B", [1024 * n for n in (1, 64, 256, 1024, 6144, 10240, 51200, 262144)]),
         ("count", [5, 10, 100, 500, 1000, 3000, 10000]),
         ("per_s", [300, 1000, 3000, 10000])]


ATTRIBUTE = {"s": "visibility timeout", "B": "message size", "count": "concurrent executions",
             "per_s": "throughput"}


def build(path: Path, n_cards: int, n_reviews: int) -> None:
    from studycli.cards import sync_cards
    from studycli.model import Fact, ParsedNote
    from studycli.scheduler import format_time
    from studycli.store.db import connect
    from studycli.store.facts import replace_source

    rng = random.Random(1)
    db = connect(path)
    n_facts = n_cards // 2  # limits and defaults make a recall and a choice card each
    t = time.perf_counter()
    per_note = 1000
    for note in range(n_facts // per_note):
        facts = []
        for i in range(per_note):
            unit, values = rng.choice(UNITS)
            number = rng.choice(values)
            service = rng.choice(SERVICES)
            # Askable names only (the question generator skips vague ones), on a line that
            # says what the number is of (a line that does not is a misattribution, no card);
            # subjects keep keys apart.
            facts.append(Fact(service, f"queue {note * per_note + i}", ATTRIBUTE[unit], "limit",
                              "max", f"{number} {unit}", float(number), unit,
                              source=f"note{note}.md", line=i + 1,
                              snippet=f"- {service} {ATTRIBUTE[unit]} for queue "
                                      f"{note * per_note + i}: max {number} {unit}"))
        replace_source(db, ParsedNote(source=f"note{note}.md", facts=facts), f"sha{note}")
    sync_cards(db)
    print(f"facts and cards: {time.perf_counter() - t:.1f} s", file=sys.stderr)

    # Most cards have been studied: spread their due dates over the past week and next year,
    # and give them a long review history.
    now = datetime.now(UTC)
    ids = [r[0] for r in db.conn.execute("SELECT id FROM cards")]
    studied = ids[: int(len(ids) * 0.8)]
    with db.conn:
        db.conn.execute("BEGIN")
        db.conn.executemany(
            "UPDATE cards SET state = 2, step = NULL, stability = ?, difficulty = ?, due = ?, "
            "last_review = ?, reps = ? WHERE id = ?",
            [(rng.uniform(1, 300), rng.uniform(1, 10),
              format_time(now + timedelta(days=rng.uniform(-7, 365))),
              format_time(now - timedelta(days=rng.uniform(1, 30))), 10, cid)
             for cid in studied])
        state = json.dumps({"state": 2})
        batch = []
        for _ in range(n_reviews):
            # All before today, so the daily review limit leaves room: the first card is a review.
            at = now - timedelta(seconds=rng.uniform(86400, 365 * 86400))
            batch.append((rng.choice(studied), rng.choice((1, 3, 3, 3, 4)), format_time(at),
                          rng.randint(1500, 20000), "recall", 2, 2, state, state))
            if len(batch) == 50_000:
                db.conn.executemany(
                    "INSERT INTO reviews (card_id, rating, reviewed_at, duration_ms, qtype, "
                    "prev_state, state, prev, next) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)", batch)
                batch.clear()
        db.conn.executemany(
            "INSERT INTO reviews (card_id, rating, reviewed_at, duration_ms, qtype, "
            "prev_state, state, prev, next) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)", batch)
        db.conn.execute("COMMIT")
    db.conn.execute("ANALYZE")
    counts = [db.conn.execute(f"SELECT count(*) FROM {t}").fetchone()[0]
              for t in ("facts", "cards", "reviews")]
    print(f"built {path}: {counts[0]:,} facts, {counts[1]:,} cards, {counts[2]:,} reviews "
          f"({path.stat().st_size / 2**20:.0f} MB)", file=sys.stderr)


def first_question_ms(db: Path) -> float:
    """Start the quiz, wait for the first question panel to be complete, then quit.

    `--as-written`: the made-up facts are no AWS reference entry's, so the default quiz would
    drill none of them (README: only what the reference vouches for is drilled)."""
    start = time.perf_counter()
    proc = subprocess.Popen([sys.executable, "-m", "studycli", "quiz", "--as-written", "--db",
                             str(db)],
                            stdin=subprocess.PIPE, stdout=subprocess.PIPE, cwd=ROOT)
    assert proc.stdin is not None and proc.stdout is not None  # both piped
    seen_question = False
    for raw in proc.stdout:
        line = raw.decode("utf-8", "replace")
        seen_question = seen_question or "?" in line
        if seen_question and line.startswith("╰"):
            break
    elapsed = (time.perf_counter() - start) * 1000
    proc.stdin.write(b"q\n")
    proc.stdin.close()
    proc.stdout.read()
    proc.wait()
    proc.stdout.close()
    if not seen_question:
        raise SystemExit("the quiz never showed a question")
    return elapsed


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=7)
    parser.add_argument("--db", type=Path)
    parser.add_argument("--cards", type=int, default=50_000)
    parser.add_argument("--reviews", type=int, default=500_000)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        db = args.db or Path(tmp) / "bench.db"
        if not db.exists():
            build(db, args.cards, args.reviews)
        bare = []
        for _ in range(3):
            t = time.perf_counter()
            subprocess.run([sys.executable, "-c", "pass"], check=True)
            bare.append((time.perf_counter() - t) * 1000)
        times = [first_question_ms(db) for _ in range(args.runs)]
        print(f"python start alone:        {min(bare):6.0f} ms")
        print(f"first question on screen:  median {statistics.median(times):.0f} ms, "
              f"min {min(times):.0f} ms, max {max(times):.0f} ms over {args.runs} runs "
              f"(target < 300 ms)")


if __name__ == "__main__":
    main()
