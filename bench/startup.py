"""Start-up: each everyday command as a whole process, against a bare Python start-up.

    python bench/startup.py [--runs N]

Prints the median wall time of each command to its first byte of output and to its end
(the quiz is given "q", so it ends at its first card), and their ratios to a bare Python
start-up that prints a line (`python -c print()`). The target is
10x or less for every everyday command on the shipped notes.
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
COMMANDS = [
    ["stats"], ["facts"], ["facts", "--service", "sqs"], ["conflicts"], ["cards"],
    ["lookup", "sqs max message size"], ["quiz"], ["compare", "sqs", "sns"],
    ["exam", "--json", "--seed", "1"], ["search", "visibility timeout"], ["check"],
    ["ingest"], ["doctor"], ["--help"],
]


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
    args = ap.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        env = {**os.environ, "STUDYCLI_DB": str(Path(tmp) / "s.db"),
               "PYTHONPATH": str(REPO)}
        subprocess.run([sys.executable, "-m", "studycli", "ingest"], env=env,
                       capture_output=True, cwd=REPO)
        bare = statistics.median(timed([sys.executable, "-c", "print()"], env)[0]
                                 for _ in range(args.runs * 4))
        print(f"bare python start-up   {bare * 1000:6.0f} ms")
        print(f"{'command':<22} {'first output':>16} {'complete':>16}")
        for command in COMMANDS:
            cmd = [sys.executable, "-m", "studycli", *command]
            runs = [timed(cmd, env, "q\n" if command == ["quiz"] else "")
                    for _ in range(args.runs)]
            first = statistics.median(r[0] for r in runs)
            whole = statistics.median(r[1] for r in runs)
            print(f"{' '.join(command)[:22]:<22} {first * 1000:6.0f} ms {first / bare:5.1f}x  "
                  f"{whole * 1000:6.0f} ms {whole / bare:5.1f}x", flush=True)


if __name__ == "__main__":
    main()
