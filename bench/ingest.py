"""Ingest benchmark: whole-process time and peak memory for the shipped notes and for corpora
10x and 100x larger (copies under distinct names). Prints figures; not a test.

    python bench/ingest.py
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
CONTENT = REPO / "content"


def corpus(root: Path, copies: int) -> Path:
    folder = root / f"x{copies}"
    folder.mkdir()
    for n in range(copies):
        for note in CONTENT.iterdir():
            shutil.copy(note, folder / f"{n:03d}-{note.name}")
    return folder


def measure(folder: Path, db: Path) -> tuple[float, float]:
    env = {**os.environ, "PYTHONPATH": str(REPO)}
    code = ("import resource, sys; from studycli.entry import main; rc = main(sys.argv[1:]); "
            "print(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss, file=sys.stderr); "
            "sys.exit(rc)")
    start = time.perf_counter()
    argv = [sys.executable, "-c", code, "ingest", str(folder), "--json", "--db", str(db)]
    result = subprocess.run(argv, capture_output=True, text=True, env=env)
    elapsed = time.perf_counter() - start
    if result.returncode != 0:
        raise SystemExit(result.stderr)
    peak_kb = int(result.stderr.strip().splitlines()[-1])
    return elapsed, peak_kb / 1024


def main() -> None:
    with tempfile.TemporaryDirectory() as tmp:
        root = Path(tmp)
        rows = []
        for copies in (1, 10, 100):
            folder = CONTENT if copies == 1 else corpus(root, copies)
            size = sum(p.stat().st_size for p in folder.iterdir()) / 2**20
            elapsed, peak = measure(folder, root / f"x{copies}.db")
            rows.append((copies, size, elapsed, peak))
        print(f"{'corpus':>8} {'MB':>7} {'seconds':>8} {'peak MB':>8} {'s per MB':>9}")
        for copies, size, elapsed, peak in rows:
            print(f"{copies:>7}x {size:7.2f} {elapsed:8.2f} {peak:8.1f} {elapsed / size:9.2f}")


if __name__ == "__main__":
    main()
