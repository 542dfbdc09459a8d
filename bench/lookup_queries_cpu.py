"""CPU time of `studycli lookup` as a whole process, over many queries, not one: the shipped
notes' eval queries (answered ones and ones the notes do not answer, which show related lines
and what the AWS docs say), each a fresh process, against a bare Python start-up.

    python bench/lookup_queries_cpu.py [--runs N] [--tree PATH] [--queries FILE]

bench/startup_cpu.py times one query ("sqs max message size", answered); a lookup that finds
no answer, or repairs a mistyped word, runs other code (the AWS reference, the notes' lines,
rapidfuzz) and took about twice its CPU. The queries are read from ../shared/eval/
lookup_dev.jsonl and abstain_dev.jsonl beside the checkout when there, else from
tests/data/lookup_dev.jsonl, or from --queries (one a line). `--tree` runs another checkout
beside this one (each its own database, bytecode and cache folder); runs alternate query by
query, the tree that goes first swapped each run. Without ../shared/eval (a fresh clone) only
tests/data/lookup_dev.jsonl's 53 answered queries are read, not the 65: the first line printed
says how many. Prints per-query medians and the sums; not a test.
"""

from __future__ import annotations

import json
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO / "bench"))

from startup import tree_envs  # noqa: E402
from startup_cpu import cpu_of  # noqa: E402


def queries(path: Path | None) -> list[str]:
    if path is not None:
        return [line.strip() for line in path.read_text(encoding="utf-8").splitlines()
                if line.strip()]
    shared = REPO.parent / "shared" / "eval"
    files = [shared / "lookup_dev.jsonl", shared / "abstain_dev.jsonl"]
    files = [f for f in files if f.exists()] or [REPO / "tests" / "data" / "lookup_dev.jsonl"]
    return [json.loads(line)["query"] for f in files
            for line in f.read_text(encoding="utf-8").splitlines() if line.strip()]


def main() -> None:
    import argparse

    ap = argparse.ArgumentParser()
    ap.add_argument("--runs", type=int, default=3)
    ap.add_argument("--tree", type=Path, help="another checkout to compare with")
    ap.add_argument("--queries", type=Path, help="a file of queries, one a line")
    args = ap.parse_args()
    trees = {"this": REPO, **({"other": args.tree.resolve()} if args.tree else {})}
    asked = queries(args.queries)
    print(f"{len(asked)} queries ({args.queries or 'the eval files found'}); "
          f"runs alternate {' and '.join(trees)}, which goes first swapped each run")
    with tempfile.TemporaryDirectory() as tmp:
        envs = tree_envs(trees, tmp)
        for env in envs.values():
            subprocess.run([sys.executable, "-m", "studycli", "ingest"], env=env,
                           capture_output=True, cwd=env["PYTHONPATH"])
            for query in asked:  # bytecode, kept tables and patterns: a second run's
                cpu_of([sys.executable, "-m", "studycli", "lookup", query], env)
        runs: dict[str, dict[str, list[float]]] = {n: {q: [] for q in asked} for n in trees}
        bare: list[float] = []
        for run in range(args.runs):
            # which tree goes first alternates run by run: a query's second process finds the
            # notes' pages and the reference files in the OS cache the first one read
            order = list(envs.items())[::-1 if run % 2 else 1]
            for query in asked:
                for name, env in order:
                    runs[name][query].append(
                        cpu_of([sys.executable, "-m", "studycli", "lookup", query], env))
            bare.append(cpu_of([sys.executable, "-c", "print()"], envs["this"]))
    b = statistics.median(bare)
    sums = {name: 0.0 for name in trees}
    for query in asked:
        medians = {name: statistics.median(runs[name][query]) for name in trees}
        for name, m in medians.items():
            sums[name] += m
        print("".join(f"{m * 1000:8.1f}" for m in medians.values()) + f"  {query}")
    print(f"bare python start-up {b * 1000:.1f} ms CPU (median of {len(bare)})")
    for name, total in sums.items():
        print(f"{name}: {len(asked)} lookups, {total * 1000:.0f} ms of CPU, "
              f"{total / len(asked) * 1000:.1f} ms each, {total / len(asked) / b:.1f}x bare")


if __name__ == "__main__":
    main()
