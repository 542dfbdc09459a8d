"""CPU per ingest of a short note in one process, as the everyday tests ingest (issue #12):
each ingest a note of its own (its figures differ) into a new database, the schema copied
from one migrated at the start (tests/conftest.py _new_databases_from_a_template), scratch
files in memory where the machine has a memory-backed folder, no child forked beside the
hooks (as in a test process). Each step's CPU too: the post-ingest hooks, the parse is the
rest of `ingest_paths`. Several rounds; the least of each figure is shown (a shared machine
only ever adds time). Prints figures; not a test.

    python bench/ingest_small.py [--ingests 150] [--rounds 3]
"""

from __future__ import annotations

import argparse
import os
import sqlite3
import tempfile
import time
from collections import defaultdict
from pathlib import Path

CPU = time.process_time
NOTE = """## Amazon SQS

- Max message size is {size} KB
- Visibility timeout default 30 seconds

## AWS Lambda

- Timeout max 900 seconds, memory up to {memory} MB
- S3 invokes Lambda asynchronously
"""


def _timed_hooks(spent: defaultdict[str, float]) -> None:
    """Each post-ingest hook counted in `spent` by name (wrapped once, for every round)."""
    from studycli import ingest

    def timed(hook):
        def run(*args, **kwargs):
            start = CPU()
            try:
                return hook(*args, **kwargs)
            finally:
                spent["hook " + hook.__name__.lstrip("_")] += CPU() - start
        return run

    ingest.POST_INGEST_HOOKS[:] = [timed(h) for h in ingest.POST_INGEST_HOOKS]


def one_round(root: Path, ingests: int, first: int,
              spent: defaultdict[str, float]) -> dict[str, float]:
    from studycli.ingest import ingest_paths
    from studycli.store.db import connect

    spent.clear()
    began = CPU()
    for n in range(first, first + ingests):
        folder = root / f"t{n}"
        (folder / "notes").mkdir(parents=True)
        (folder / "notes" / "n.md").write_text(NOTE.format(size=n, memory=10000 + n),
                                               encoding="utf-8")
        start = CPU()
        db = connect(folder / "s.db")
        spent["connect"] += CPU() - start
        start = CPU()
        ingest_paths(db, [folder / "notes"])
        spent["ingest_paths"] += CPU() - start
        db.conn.close()
    spent["all"] = CPU() - began
    return dict(spent)


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--ingests", type=int, default=150)
    ap.add_argument("--rounds", type=int, default=3)
    args = ap.parse_args()
    os.getloadavg = lambda: (1e9, 1e9, 1e9)  # no child beside the hooks, as in a test
    memory = "/dev/shm" if os.path.isdir("/dev/shm") else None
    from studycli.store import db as store_db
    from studycli.store.db import connect

    with tempfile.TemporaryDirectory(dir=memory) as tmp:
        root = Path(tmp)
        os.environ["STUDYCLI_CACHE"] = str(root / "cache")
        connect(root / "template.db").close()
        template = sqlite3.connect(root / "template.db")
        store_db._migrate = lambda store: template.backup(store.conn)
        spent: defaultdict[str, float] = defaultdict(float)
        _timed_hooks(spent)
        one_round(root / "warm", 3, 0, spent)  # imports, patterns, data: a process's first
        rounds = [one_round(root / f"r{k}", args.ingests, 1000 * (k + 1), spent)
                  for k in range(args.rounds)]
        template.close()
    print(f"{args.ingests} short notes a round, {args.rounds} rounds; least CPU ms an ingest:")
    for step in sorted(rounds[0], key=lambda s: -rounds[0][s]):
        print(f"  {step:28} {min(r[step] for r in rounds) / args.ingests * 1000:7.2f}")


if __name__ == "__main__":
    main()
