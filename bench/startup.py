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
first word is WORD (repeatable). `--tree PATH` times another checkout of studycli beside
this one (its own database and bytecode cache, the same shipped notes; runs alternate), for a
before/after on one machine at one moment.
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


def timed(cmd: list[str], env: dict, stdin: str = "", cwd: Path = REPO) -> tuple[float, float]:
    """(seconds to the first byte of output, seconds to the end)."""
    start = time.perf_counter()
    proc = subprocess.Popen(cmd, env=env, stdin=subprocess.PIPE, stdout=subprocess.PIPE,
                            stderr=subprocess.DEVNULL, cwd=cwd)
    assert proc.stdin is not None and proc.stdout is not None  # both piped
    proc.stdin.write(stdin.encode())
    proc.stdin.close()
    proc.stdout.read(1)
    first = time.perf_counter() - start
    proc.stdout.read()
    proc.wait()
    return first, time.perf_counter() - start


def cli_args(commands: list, runs: int = 7) -> tuple[argparse.Namespace, list, dict[str, Path]]:
    """The options every start-up bench takes (--runs, --only, --tree): the arguments, the
    commands chosen and the trees to time ("this", and "other" when --tree names one)."""
    ap = argparse.ArgumentParser()
    ap.add_argument("--runs", type=int, default=runs)
    ap.add_argument("--only", action="append", default=[], metavar="WORD")
    ap.add_argument("--tree", type=Path, help="another checkout to compare with")
    args = ap.parse_args()
    chosen = [c for c in commands if not args.only or c[0] in args.only]
    trees = {"this": REPO, **({"other": args.tree.resolve()} if args.tree else {})}
    return args, chosen, trees


def tree_envs(trees: dict[str, Path], tmp: str, **extra: str) -> dict[str, dict]:
    """Each tree its own database, bytecode and kept-results folders (an ingest by one tree's
    code would otherwise make the other's next ingest redo what its own stamps say is stale)."""
    base = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
    return {name: dict(base, STUDYCLI_DB=str(Path(tmp) / f"{name}.db"), PYTHONPATH=str(tree),
                       PYTHONPYCACHEPREFIX=str(Path(tmp) / f"pycache-{name}"),
                       STUDYCLI_CACHE=str(Path(tmp) / f"cache-{name}"), **extra)
            for name, tree in trees.items()}


def main() -> None:
    args, commands, trees = cli_args(COMMANDS, runs=5)
    with tempfile.TemporaryDirectory() as tmp:
        base = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
        # Each tree its own database and bytecode cache; the cache folder is the user's (as
        # a student's), unless $STUDYCLI_CACHE says otherwise.
        envs = {name: dict(base, STUDYCLI_DB=str(Path(tmp) / f"{name}.db"), PYTHONPATH=str(tree),
                           PYTHONPYCACHEPREFIX=str(Path(tmp) / f"pycache-{name}"))
                for name, tree in trees.items()}
        for name, env in envs.items():
            subprocess.run([sys.executable, "-m", "studycli", "ingest"], env=env,
                           capture_output=True, cwd=trees[name])
            for command in commands:  # warm the bytecode cache of each command's modules
                timed([sys.executable, "-m", "studycli", *with_seed(command)], env,
                      "q\n" if command in ANSWER_Q else "", trees[name])
        # A bare start-up is timed right before each run of a command, and each ratio is
        # against the bare runs next to it: on a shared machine the load drifts during the
        # bench, and a single bare figure measured at its start would skew every ratio.
        heads = [f"{'first output':>16} {'complete':>16}" if name == "this"
                 else f" | {name + ' first':>16} {'complete':>16}" for name in trees]
        print(f"{'command':<22}" + "".join(heads) + f" {'bare':>7}")
        bares: list[float] = []
        for command in commands:
            runs: dict[str, list[tuple[float, float]]] = {name: [] for name in trees}
            bare_runs = []
            for _ in range(args.runs):
                bare_runs.append(timed([sys.executable, "-c", "print()"], envs["this"])[0])
                for name, env in envs.items():  # the trees alternate
                    cmd = [sys.executable, "-m", "studycli", *with_seed(command)]
                    runs[name].append(timed(cmd, env, "q\n" if command in ANSWER_Q else "",
                                            trees[name]))
            bare = statistics.median(bare_runs)
            bares.extend(bare_runs)
            cells = []
            for name in trees:
                first = statistics.median(r[0] for r in runs[name])
                whole = statistics.median(r[1] for r in runs[name])
                cells.append(f"{'' if name == 'this' else ' |'}{first * 1000:6.0f} ms "
                             f"{first / bare:5.1f}x  {whole * 1000:6.0f} ms {whole / bare:5.1f}x")
            print(f"{' '.join(command)[:22]:<22} " + "".join(cells) + f" {bare * 1000:5.0f} ms",
                  flush=True)
        print(f"bare python start-up   {statistics.median(bares) * 1000:6.0f} ms (median)")


if __name__ == "__main__":
    main()
