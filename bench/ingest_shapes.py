"""Ingest speed by note shape: MB/s to parse, and to ingest (read, parse, store, post-ingest
hooks) one note of each shape at 1, 4 and 8 MB into a fresh database. Prints figures; not a
test. Rates are by CPU time (steady on a shared machine): parsing on one core; ingest counts
its parse workers' CPU too (a large note alone is read on every core: extract/fan_out), and
its wall seconds and wall MB/s are shown beside it. The notes in other formats
(shapes.FORMAT_SHAPES: org, AsciiDoc, an HTML page, CSV, plain text) are named by their
suffix, and their parse column counts their conversion (formats.as_markdown) too.

    python bench/ingest_shapes.py [--sizes 1,4,8] [--only SHAPE,...] [--parse-only | --ingest-only]

--ingest-only skips the parse-alone column: half the time, for comparing two versions of the
ingest's storing and post-ingest work run back to back (its parse then meets no line the
parse-alone run cached, so its figures are a little below a full run's).
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))
sys.path.insert(0, str(REPO / "bench"))

from shapes import FORMAT_SHAPES, SHAPES  # noqa: E402

from studycli.extract import parse_note  # noqa: E402
from studycli.formats import as_markdown  # noqa: E402

MB = 1_000_000


def _cpu() -> float:
    """CPU seconds of this process and of its finished (waited-for) children."""
    t = os.times()
    return t.user + t.system + t.children_user + t.children_system


def timed(fn) -> tuple[float, float]:
    """(CPU seconds, wall seconds) of one call, its workers' CPU included."""
    cpu, wall = _cpu(), time.perf_counter()
    fn()
    return _cpu() - cpu, time.perf_counter() - wall


def ingest_once(text: str, tmp: Path, suffix: str = ".md") -> tuple[float, float]:
    from studycli.ingest import ingest_paths
    from studycli.store.db import connect

    note = tmp / f"note{suffix}"
    note.write_text(text, encoding="utf-8", newline="")
    db = connect(tmp / "bench.db")
    try:
        return timed(lambda: ingest_paths(db, [note]))
    finally:
        db.conn.close()
        for p in tmp.iterdir():
            p.unlink()


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--sizes", default="1,4,8", help="note sizes in MB")
    ap.add_argument("--only", default="", help="comma-separated shape names")
    ap.add_argument("--parse-only", action="store_true")
    ap.add_argument("--ingest-only", action="store_true")
    args = ap.parse_args()
    sizes = [float(s) for s in args.sizes.split(",")]
    only = {s.strip() for s in args.only.split(",") if s.strip()}
    parse_note("## SQS\n- max message size 256 KB\n", "warm.md")  # imports, caches
    print(f"{'shape':18s} {'MB':>4s} {'parse s':>8s} {'MB/s':>6s} {'ingest s':>9s} "
          f"{'MB/s':>6s} {'wall s':>7s} {'MB/s':>6s}", flush=True)
    with tempfile.TemporaryDirectory() as tmp:
        shapes = {**{name: (make, ".md") for name, make in SHAPES.items()}, **FORMAT_SHAPES}
        for name, (make, suffix) in shapes.items():
            if only and name not in only:
                continue
            for size in sizes:
                text = make(int(size * MB))
                mb = len(text.encode()) / MB
                row = f"{name:18s} {mb:4.1f}"
                if args.ingest_only:
                    row += f" {'-':>8s} {'-':>6s}"
                else:
                    parse_cpu, _ = timed(lambda text=text, suffix=suffix: parse_note(
                        as_markdown(text, suffix), f"bench{suffix}"))
                    row += f" {parse_cpu:8.2f} {mb / parse_cpu:6.2f}"
                if not args.parse_only:
                    cpu, wall = ingest_once(text, Path(tmp), suffix)
                    row += f" {cpu:9.2f} {mb / cpu:6.2f} {wall:7.2f} {mb / wall:6.2f}"
                print(row, flush=True)


if __name__ == "__main__":
    main()
