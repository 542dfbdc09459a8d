"""Where the wall time of a fresh `studycli ingest NOTES` goes, on every core it is given (the
parse forked, the work beside the hooks in its child): the real command in a new process,
each step's wall seconds by perf_counter, and the process's own CPU and its children's.
Several runs into new databases, the median of each step; trees alternate run by run (a
shared machine's load then falls on both alike). Prints figures; not a test.

    python bench/ingest_wall_phases.py [--runs 7] [--notes content] [--code TREE ...]

The steps: the interpreter's start, imports to the command, opening the new database, finding
and reading the notes, the parse and the writes, each post-ingest hook (a hook that waits for
work done beside it counts the wait), the counts and conflicts (and starting the work beside
the hooks), the summary's AWS tally as waited for (with the summary's imports), printing the
summary and the exit (the database's last checkpoint, kept files written).
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent

CHILD = r"""
import atexit, json, os, resource, sys, time
P = time.perf_counter
FIGURES = sys.argv[4]
marks = {"interpreter": P()}  # (perf_counter is the host's monotonic clock: the parent's too)
spent = {}
import studycli.commands as commands
import studycli.ingest as ingest
from studycli.store import db as store_db

def timed(module, name, label):
    real = getattr(module, name)
    def run(*args, **kwargs):
        start = P()
        try:
            return real(*args, **kwargs)
        finally:
            spent[label] = spent.get(label, 0.0) + P() - start
    setattr(module, name, run)

timed(store_db, "connect", "open database")
timed(ingest, "discover", "find notes")
timed(ingest, "read_note", "read notes")
for i, hook in enumerate(list(ingest.POST_INGEST_HOOKS)):
    label = "hook " + getattr(hook, "__name__", "?").lstrip("_")
    def run(db, hook=hook, label=label):
        start = P()
        hook(db)
        spent[label] = spent.get(label, 0.0) + P() - start
    ingest.POST_INGEST_HOOKS[i] = run
real_after = ingest._after_storing
def after(*args, **kwargs):
    marks["notes stored"] = P()
    return real_after(*args, **kwargs)
ingest._after_storing = after
real_paths = ingest.ingest_paths
def paths(*args, then=None, **kwargs):
    marks["ingest begun"] = P()
    def waited(*a, **k):  # the summary's tally waited for (and its view imported)
        marks["hooks and counts done"] = P()
        try:
            return then(*a, **k)
        finally:
            marks["tally waited for"] = P()
    try:
        return real_paths(*args, then=waited if then else None, **kwargs)
    finally:
        marks["ingest returned"] = P()
ingest.ingest_paths = paths

def done():
    me = resource.getrusage(resource.RUSAGE_SELF)
    kids = resource.getrusage(resource.RUSAGE_CHILDREN)
    out = dict(spent)
    out["_marks"] = marks
    out["_cpu"] = me.ru_utime + me.ru_stime
    out["_children_cpu"] = kids.ru_utime + kids.ru_stime
    with open(FIGURES, "w") as f:
        json.dump(out, f)
atexit.register(done)
sys.argv = ["studycli", "ingest", sys.argv[1], "--db", sys.argv[2]]
from studycli.entry import main
main()  # as the console script: its connections closed at the end (the last checkpoint)
"""


def one_run(code: Path, notes: Path, db: Path, out: Path) -> dict[str, float]:
    import time

    env = {**os.environ, "PYTHONPATH": str(code)}
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    start = time.perf_counter()
    proc = subprocess.run([sys.executable, "-c", CHILD, str(notes), str(db), "-", str(out)],
                          capture_output=True, text=True, env=env, cwd=code)
    wall = time.perf_counter() - start
    if proc.returncode != 0:
        raise SystemExit(proc.stderr)
    got = json.loads(out.read_text())
    marks = got.pop("_marks")
    hooks = sum(v for k, v in got.items() if k.startswith("hook "))
    opened = got.pop("open database", 0.0)
    steps = {"interpreter start-up": marks["interpreter"] - start,
             "imports, options": marks["ingest begun"] - marks["interpreter"] - opened,
             "open database": opened,
             "find and read notes": got.pop("find notes", 0.0) + got.pop("read notes", 0.0)}
    steps["parse and store"] = (marks["notes stored"] - marks["ingest begun"]
                                - steps["find and read notes"])
    steps.update({k: v for k, v in got.items() if k.startswith("hook ")})
    steps["work beside started, counts"] = \
        marks["hooks and counts done"] - marks["notes stored"] - hooks
    steps["tally waited for (+ Rich)"] = marks["tally waited for"] - marks["hooks and counts done"]
    steps["summary drawn, exit"] = wall - (marks["tally waited for"] - start)
    steps["(process) CPU"] = got["_cpu"]
    steps["(children) CPU"] = got["_children_cpu"]
    steps["total wall"] = wall
    return steps


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--runs", type=int, default=7)
    ap.add_argument("--notes", default="content")
    ap.add_argument("--code", nargs="*", default=[str(REPO)])
    args = ap.parse_args()
    trees = [Path(c).resolve() for c in args.code]
    notes = (REPO / args.notes).resolve()
    runs: dict[Path, list[dict[str, float]]] = {t: [] for t in trees}
    with tempfile.TemporaryDirectory() as tmp:
        out = Path(tmp) / "steps.json"
        for tree in trees:  # bytecode and kept files, as for a user's second run
            one_run(tree, notes, Path(tmp) / f"warm-{tree.name}.db", out)
        for n in range(args.runs):
            for tree in (trees if n % 2 == 0 else trees[::-1]):
                runs[tree].append(one_run(tree, notes, Path(tmp) / f"{tree.name}{n}.db", out))
    steps = list(runs[trees[0]][0])
    print(f"{args.notes}, {args.runs} runs each, median seconds; trees: "
          + ", ".join(t.name for t in trees))
    for step in steps:
        print(f"  {step:34}" + "".join(
            f"{statistics.median(r.get(step, 0.0) for r in runs[t]):9.3f}" for t in trees))


if __name__ == "__main__":
    main()
