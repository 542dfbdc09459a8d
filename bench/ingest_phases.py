"""Where a fresh ingest's CPU goes: `studycli ingest NOTES` into a new database, in a child
process pinned to one core (the parse is then done in that process, not forked), with each
step timed in CPU seconds: the imports before the command, the parse, the writes, each
post-ingest hook (cards, fact statuses, unasked cards), the conflicts and the summary's AWS
tally. Several runs, the least of each step shown (a shared machine only ever adds time).
Prints figures; not a test.

    python bench/ingest_phases.py [--runs 5] [--notes content] [--cold] [--code TREE]

--cold: every run with an empty cache folder (a new machine: patterns compiled, the
reference's pattern words read); else a cache folder of its own, warmed by a first run.
--code: the tree whose studycli runs (default: this one), to time main with this script.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent

CHILD = r"""
import io, json, sys, time, contextlib
T = time.process_time
began = T()
import studycli.commands as commands
import studycli.ingest as ingest
import studycli.extract as extract
import studycli.checking as checking
import studycli.conflicts as conflicts
from studycli.store import facts as store_facts
spent = {"imports": T() - began}

def timed(module, name, label):
    real = getattr(module, name)
    def run(*args, **kwargs):
        start = T()
        try:
            return real(*args, **kwargs)
        finally:
            spent[label] = spent.get(label, 0.0) + T() - start
    setattr(module, name, run)

timed(extract, "parse_note", "parse")
timed(store_facts, "replace_source", "store facts")
timed(conflicts, "find_conflicts", "conflicts")
timed(checking, "_checked", "AWS tally")
for i, hook in enumerate(list(ingest.POST_INGEST_HOOKS)):
    def run(db, hook=hook, label="hook " + getattr(hook, "__name__", "?").lstrip("_")):
        start = T()
        hook(db)
        spent[label] = spent.get(label, 0.0) + T() - start
    ingest.POST_INGEST_HOOKS[i] = run
start = T()
with contextlib.redirect_stdout(io.StringIO()):
    commands.run_ingest([sys.argv[1]], False, sys.argv[2], False)
spent["command"] = T() - start
spent["total"] = T() - began
print(json.dumps(spent))
"""


def one_run(notes: Path, db: Path, cache: Path, code: Path = REPO) -> dict[str, float]:
    env = {**os.environ, "PYTHONPATH": str(code), "STUDYCLI_CACHE": str(cache)}
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    argv = [sys.executable, "-c", CHILD, str(notes), str(db)]
    if hasattr(os, "sched_setaffinity"):  # one core: the parse stays in the timed process
        argv = ["taskset", "-c", str(min(os.sched_getaffinity(0))), *argv]
    out = subprocess.run(argv, capture_output=True, text=True, env=env, cwd=code)
    if out.returncode != 0:
        raise SystemExit(out.stderr)
    return json.loads(out.stdout.strip().splitlines()[-1])


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--runs", type=int, default=5)
    ap.add_argument("--notes", default="content")
    ap.add_argument("--cold", action="store_true")
    ap.add_argument("--code", default=str(REPO))
    args = ap.parse_args()
    code = Path(args.code).resolve()
    notes = (REPO / args.notes).resolve()
    runs: list[dict[str, float]] = []
    with tempfile.TemporaryDirectory() as tmp:
        warm = Path(tmp) / "cache"
        one_run(notes, Path(tmp) / "warm.db", warm, code)  # bytecode, kept files: a 2nd run
        for n in range(args.runs):
            cache = Path(tmp) / f"cold{n}" if args.cold else warm
            runs.append(one_run(notes, Path(tmp) / f"run{n}.db", cache, code))
    size = sum(p.stat().st_size for p in notes.rglob("*") if p.is_file()) if notes.is_dir() \
        else notes.stat().st_size
    print(f"{args.notes}: {size / 1024:.0f} KB, {args.runs} runs, one core, "
          f"{'cold' if args.cold else 'warm'} cache; least CPU seconds per step:")
    steps = list(runs[0])
    for step in steps:
        print(f"  {step:24} {min(r.get(step, 0.0) for r in runs):7.3f}")
    rest = min(r["command"] - sum(v for k, v in r.items()
                                  if k not in ("imports", "command", "total")) for r in runs)
    print(f"  {'(rest of the command)':24} {rest:7.3f}")


if __name__ == "__main__":
    main()
