"""Start-up: each everyday command as a whole process, against a bare Python start-up.

    python bench/startup.py [--runs N]

Prints the median wall time of each command to its first byte of output and to its end
(the quiz is given "q", so it ends at its first card; so is the exam, which ends at its first
screen), and their ratios to a bare Python
start-up that prints a line (`python -c print()`, timed next to each run). The target is
10x or less for every everyday command on the shipped notes.

Every process runs with a bytecode cache (PYTHONPYCACHEPREFIX in the temporary directory,
warmed by the first ingest and one run of each command): a user's installed studycli has its
.pyc files, and PYTHONDONTWRITEBYTECODE, if set where this runs, would otherwise make every
run recompile the package and measure the compiler. `--only WORD` runs the commands whose
first word is WORD (repeatable).
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
NEW = "NEW"  # in a command: a seed never drawn before, different in each run
COMMANDS = [
    ["stats"], ["facts"], ["facts", "--service", "sqs"], ["conflicts"], ["cards"],
    ["lookup", "sqs max message size"], ["quiz"], ["compare", "sqs", "sns"],
    ["exam", "--json", "--seed", "1"], ["exam", "--json", "--seed", NEW],
    ["exam", "--seed", NEW], ["search", "visibility timeout"], ["check"],
    ["ingest"], ["doctor"], ["--help"],
]
# Commands given "q" on stdin: the quiz ends at its first card, the exam at its first screen
# (q asks to submit; the end of input leaves the blank attempt unsaved).
ANSWER_Q = (["quiz"], ["exam", "--seed", NEW])
_drawn = iter(range(500_000, 1_000_000))


def with_seed(command: list[str]) -> list[str]:
    return [str(next(_drawn)) if word == NEW else word for word in command]


def timed(cmd: list[str], env: dict, stdin: str = "") -> tuple[float, float]:
    """(seconds to the first byte of output, seconds to the end)."""
    start = time.perf_counter()
    proc = subprocess.Popen(cmd, env=env, stdin=subprocess.PIPE, stdout=subprocess.PIPE,
                            stderr=subprocess.DEVNULL, cwd=REPO)
    assert proc.stdin is not None and proc.stdout is not None  # both piped
    proc.stdin.write(stdin.encode())
    proc.stdin.close()
    proc.stdout.read(1)
    first = time.perf_counter() - start
    proc.stdout.read()
    proc.wait()
    return first, time.perf_counter() - start


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--runs", type=int, default=5)
    ap.add_argument("--only", action="append", default=[], metavar="WORD")
    args = ap.parse_args()
    commands = [c for c in COMMANDS if not args.only or c[0] in args.only]
    with tempfile.TemporaryDirectory() as tmp:
        env = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
        env.update(STUDYCLI_DB=str(Path(tmp) / "s.db"), PYTHONPATH=str(REPO),
                   PYTHONPYCACHEPREFIX=str(Path(tmp) / "pycache"))
        subprocess.run([sys.executable, "-m", "studycli", "ingest"], env=env,
                       capture_output=True, cwd=REPO)
        for command in commands:  # warm the bytecode cache of each command's modules
            timed([sys.executable, "-m", "studycli", *with_seed(command)], env,
                  "q\n" if command in ANSWER_Q else "")
        # A bare start-up is timed right before each run of a command, and each ratio is
        # against the bare runs next to it: on a shared machine the load drifts during the
        # bench, and a single bare figure measured at its start would skew every ratio.
        print(f"{'command':<22} {'first output':>16} {'complete':>16} {'bare':>7}")
        bares: list[float] = []
        for command in commands:
            runs, bare_runs = [], []
            for _ in range(args.runs):
                bare_runs.append(timed([sys.executable, "-c", "print()"], env)[0])
                cmd = [sys.executable, "-m", "studycli", *with_seed(command)]
                runs.append(timed(cmd, env, "q\n" if command in ANSWER_Q else ""))
            bare = statistics.median(bare_runs)
            bares.extend(bare_runs)
            first = statistics.median(r[0] for r in runs)
            whole = statistics.median(r[1] for r in runs)
            print(f"{' '.join(command)[:22]:<22} {first * 1000:6.0f} ms {first / bare:5.1f}x  "
                  f"{whole * 1000:6.0f} ms {whole / bare:5.1f}x {bare * 1000:5.0f} ms",
                  flush=True)
        print(f"bare python start-up   {statistics.median(bares) * 1000:6.0f} ms (median)")

if __name__ == "__main__":
    main()
