"""The ingest's work after the parse, by note shape: storing the facts and lines, the card
sync and the AWS check (the post-ingest hooks), and the rest (conflicts, counts). Each shape
is parsed once, untimed; the ingest then runs with that parse handed to it, into a fresh
database. CPU seconds (steady on a shared machine) and wall seconds. Prints figures; not a
test.

    python bench/ingest_post_parse.py [--size 1] [--only SHAPE,...] [--runs 3]

The parse itself is measured by bench/ingest_shapes.py.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))
sys.path.insert(0, str(REPO / "bench"))

from shapes import SHAPES  # noqa: E402

import studycli.ingest as ingest  # noqa: E402
from studycli.extract import parse_note  # noqa: E402
from studycli.store import facts as store  # noqa: E402
from studycli.store.db import connect  # noqa: E402

PHASES = ("store", "cards", "AWS check")


def _timed_phases(spent: dict[str, float]):
    """Wrap storing and each post-ingest hook to add their CPU seconds to `spent`."""
    def timed(label, fn):
        def run(*args, **kwargs):
            start = time.process_time()
            try:
                return fn(*args, **kwargs)
            finally:
                spent[label] = spent.get(label, 0.0) + time.process_time() - start
        return run

    store.replace_source = timed("store", store.replace_source)
    labels = {"sync_cards": "cards", "_check_against_aws": "AWS check"}
    ingest.POST_INGEST_HOOKS[:] = [timed(labels.get(h.__name__, h.__name__), h)
                                   for h in ingest.POST_INGEST_HOOKS]


def once(text: str, note, tmp: Path, spent: dict[str, float]) -> tuple[float, float]:
    ingest._parse_all = lambda work: iter([note])  # the parse, done already
    path = tmp / "note.md"
    path.write_text(text, encoding="utf-8", newline="")
    db = connect(tmp / "bench.db")
    try:
        cpu, wall = time.process_time(), time.perf_counter()
        ingest.ingest_paths(db, [path])
        return time.process_time() - cpu, time.perf_counter() - wall
    finally:
        db.conn.close()
        for p in tmp.iterdir():
            p.unlink()


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--size", type=float, default=1.0, help="note size in MB")
    ap.add_argument("--only", default="", help="comma-separated shape names")
    ap.add_argument("--runs", type=int, default=3, help="medians of this many runs")
    args = ap.parse_args()
    only = {s.strip() for s in args.only.split(",") if s.strip()}
    spent: dict[str, float] = {}
    _timed_phases(spent)
    print(f"{'shape':18s} {'facts':>6s} {'CPU s':>6s} {'wall s':>6s} "
          + " ".join(f"{p:>9s}" for p in PHASES) + f" {'other':>6s}", flush=True)
    with tempfile.TemporaryDirectory() as tmp:
        for name, make in SHAPES.items():
            if only and name not in only:
                continue
            text = make(int(args.size * 1_000_000))
            note = parse_note(text, "bench.md")
            runs = []
            for _ in range(args.runs):
                spent.clear()
                cpu, wall = once(text, note, Path(tmp), spent)
                runs.append((cpu, wall, *(spent.get(p, 0.0) for p in PHASES)))
            cpu, wall, *phases = (statistics.median(col) for col in zip(*runs, strict=True))
            print(f"{name:18s} {len(note.facts):6d} {cpu:6.2f} {wall:6.2f} "
                  + " ".join(f"{s:9.2f}" for s in phases) + f" {cpu - sum(phases):6.2f}",
                  flush=True)


if __name__ == "__main__":
    main()
