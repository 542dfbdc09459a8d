"""CPU seconds of a fresh `studycli ingest content` into a new database, as a user runs it
(a new process, bytecode cached), several runs: issue #12 asks for under 0.5 s on the shipped
notes. CPU time (user + system of the child and its workers) is steady on a shared machine
where wall time is not. Prints figures; not a test.

    python bench/ingest_fresh.py [--runs 7] [--notes content]
"""

from __future__ import annotations

import argparse
import os
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent


def one_run(notes: Path, db: Path, cache: Path) -> tuple[float, float]:
    """(CPU seconds, wall seconds) of one fresh ingest in a child process. `cache`: a cache
    folder of the run's own, warmed by the first run: the user's is shared with every other
    tree on the machine, whose kept pattern words (stamped with their code's path) and
    compiled patterns took turns with this tree's."""
    env = {**os.environ, "PYTHONPATH": str(REPO), "STUDYCLI_CACHE": str(cache)}
    env.pop("PYTHONDONTWRITEBYTECODE", None)  # the warm-up run caches bytecode, as a user's would
    before, start = resource.getrusage(resource.RUSAGE_CHILDREN), time.perf_counter()
    result = subprocess.run([sys.executable, "-m", "studycli", "ingest", str(notes),
                             "--db", str(db)], capture_output=True, text=True, env=env, cwd=REPO)
    wall = time.perf_counter() - start
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    if result.returncode != 0:
        raise SystemExit(result.stderr)
    cpu = after.ru_utime - before.ru_utime + after.ru_stime - before.ru_stime
    return cpu, wall


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--runs", type=int, default=7)
    ap.add_argument("--notes", default="content")
    args = ap.parse_args()
    notes = (REPO / args.notes).resolve()
    with tempfile.TemporaryDirectory() as tmp:
        cache = Path(tmp) / "cache"
        one_run(notes, Path(tmp) / "warm.db", cache)  # bytecode, kept files: a 2nd run's
        cpus, walls = [], []
        for n in range(args.runs):
            cpu, wall = one_run(notes, Path(tmp) / f"run{n}.db", cache)
            cpus.append(cpu)
            walls.append(wall)
    print("CPU s: " + " ".join(f"{c:.3f}" for c in cpus))
    print(f"CPU median {statistics.median(cpus):.3f} s, min {min(cpus):.3f} s; "
          f"wall median {statistics.median(walls):.3f} s")


if __name__ == "__main__":
    main()
