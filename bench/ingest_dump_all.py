"""Everything an ingest leaves behind, for the shipped notes and every development note set
(tests/data/unseen*_notes), each through the real CLI into a fresh database: the printed
report (stdout and stderr of a plain `studycli ingest`), every table ingest_db_dump.py reads,
and `check --json` (the findings the report's AWS tally counts). Compare a branch against
main with `cmp`: a change that only makes the ingest faster must leave every byte alone.

    python bench/ingest_dump_all.py OUT.json [--code PATH] [--sets content,unseen2_notes]

--code: the tree whose studycli runs (default: this one), so main's figures can be dumped
with this script.
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
sys.path.insert(0, str(REPO / "bench"))

from ingest_db_dump import tables  # noqa: E402


def note_sets(wanted: str | None) -> list[Path]:
    every = [REPO / "content", *sorted((REPO / "tests" / "data").glob("unseen*_notes"))]
    if not wanted:
        return every
    names = set(wanted.split(","))
    return [p for p in every if p.name in names]


def run(code: Path, db: Path, cache: Path, *args: str) -> dict:
    env = {**os.environ, "PYTHONPATH": str(code), "STUDYCLI_CACHE": str(cache),
           "COLUMNS": "120"}
    out = subprocess.run([sys.executable, "-m", "studycli", *args, "--db", str(db)],
                         capture_output=True, text=True, env=env, cwd=code)
    return {"rc": out.returncode, "stdout": out.stdout, "stderr": out.stderr}


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("out")
    ap.add_argument("--code", default=str(REPO))
    ap.add_argument("--sets", default="")
    args = ap.parse_args()
    code = Path(args.code).resolve()
    result: dict = {}
    with tempfile.TemporaryDirectory() as tmp:
        for n, folder in enumerate(note_sets(args.sets)):
            # a fresh database and a fresh cache folder: nothing kept from the set before
            db, cache = Path(tmp) / f"db{n}" / "dump.db", Path(tmp) / f"cache{n}"
            db.parent.mkdir()
            ingest = run(code, db, cache, "ingest", str(folder))
            check = run(code, db, cache, "check", "--json")
            result[folder.name] = {"ingest": ingest, "check": check, **tables(db)}
            print(f"{folder.name}: {len(result[folder.name]['facts'])} facts", flush=True)
    Path(args.out).write_text(json.dumps(result, indent=0, sort_keys=True, ensure_ascii=False),
                              encoding="utf-8")


if __name__ == "__main__":
    main()
