"""`exam --json --seed NEW` (a seed never drawn before) against another checkout, many runs.

    python bench/exam_newseed.py --tree OTHER_CHECKOUT [--runs 41] [--profile saa-c03]

bench/startup.py's medians of a few runs move by more than a change of a few milliseconds
on a shared machine. This runs the two trees alternately, each with its own database of the
shipped notes, bytecode cache and cache folder (warmed: the basis and the pool are kept, as
after a student's first exam), and gives for each the minimum and the median of the wall
time to the first byte of the JSON and of the process's CPU time (user + system, the work
after the output included). The minimum is the run the machine disturbed least.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent


def run(cmd: list[str], env: dict, cwd: Path) -> tuple[float, float]:
    """(seconds to the first byte of stdout, CPU seconds of the whole process)."""
    start = time.perf_counter()
    proc = subprocess.Popen(cmd, env=env, stdin=subprocess.DEVNULL, stdout=subprocess.PIPE,
                            stderr=subprocess.DEVNULL, cwd=cwd)
    assert proc.stdout is not None
    proc.stdout.read(1)
    first = time.perf_counter() - start
    proc.stdout.read()
    _, _, usage = os.wait4(proc.pid, 0)
    proc.returncode = 0  # reaped here
    return first, usage.ru_utime + usage.ru_stime


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--tree", type=Path, required=True)
    ap.add_argument("--runs", type=int, default=41)
    ap.add_argument("--profile", default="saa-c03")
    args = ap.parse_args()
    trees = {"this": REPO, "other": args.tree.resolve()}
    seeds = iter(range(600_000, 1_000_000))
    with tempfile.TemporaryDirectory() as tmp:
        base = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
        envs = {name: dict(base, STUDYCLI_DB=str(Path(tmp) / f"{name}.db"),
                           PYTHONPATH=str(tree),
                           PYTHONPYCACHEPREFIX=str(Path(tmp) / f"pycache-{name}"),
                           STUDYCLI_CACHE=str(Path(tmp) / f"cache-{name}"))
                for name, tree in trees.items()}
        exam = [sys.executable, "-m", "studycli", "exam", "--json", "--profile", args.profile,
                "--seed"]
        for name, env in envs.items():
            subprocess.run([sys.executable, "-m", "studycli", "ingest", str(REPO / "content")],
                           env=env, capture_output=True, cwd=trees[name])
            for _ in range(3):  # keeps the basis and the pool, warms the bytecode cache
                run([*exam, str(next(seeds))], env, trees[name])
        got: dict[str, list[tuple[float, float]]] = {name: [] for name in trees}
        bare = []
        for _ in range(args.runs):
            bare.append(run([sys.executable, "-c", "print()"], envs["this"], REPO)[0])
            for name, env in envs.items():  # alternately, each its own new seed
                got[name].append(run([*exam, str(next(seeds))], env, trees[name]))
        b = statistics.median(bare)
        print(f"{'':6} {'first output: min':>18} {'median':>8} {'CPU: min':>10} {'median':>8}")
        for name, rows in got.items():
            first, cpu = [r[0] for r in rows], [r[1] for r in rows]
            print(f"{name:6} {min(first) * 1000:15.1f} ms {statistics.median(first) * 1000:5.1f} ms"
                  f" {min(cpu) * 1000:7.1f} ms {statistics.median(cpu) * 1000:5.1f} ms"
                  f"   (median first output {statistics.median(first) / b:.1f}x bare)")
        print(f"bare python start-up: min {min(bare) * 1000:.1f} ms, median {b * 1000:.1f} ms")


if __name__ == "__main__":
    main()
