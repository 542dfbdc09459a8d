"""A random sample of the quantity facts some note sets give, to judge attribution by hand.

    python bench/attribution_sample.py SEED N NOTES_DIR [NOTES_DIR ...]

Each folder is ingested into its own scratch database through the real CLI; the quantity facts
(every kind but plain statements) are pooled in the order the folders are given and
`random.Random(SEED).sample`d. Prints each with its note line, and the counts per folder on
stderr (bench/attribution_sample.md records the judgements).
"""

from __future__ import annotations

import json
import os
import random
import subprocess
import sys
import tempfile
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent


def quantity_facts(notes: str) -> list[dict]:
    db = str(Path(tempfile.mkdtemp()) / "sample.db")
    env = {**os.environ, "PYTHONPATH": str(REPO)}
    for words in (["ingest", notes, "--json"], ["facts", "--json"]):
        done = subprocess.run([sys.executable, "-m", "studycli", *words, "--db", db], env=env,
                              capture_output=True, text=True, cwd=REPO, check=True)
    return [f for f in json.loads(done.stdout) if f["kind"] != "fact"]


def main() -> None:
    seed, n, folders = int(sys.argv[1]), int(sys.argv[2]), sys.argv[3:]
    pooled = []
    for folder in folders:
        facts = quantity_facts(folder)
        print(f"{folder}: {len(facts)} quantity facts", file=sys.stderr)
        pooled += facts
    for i, f in enumerate(random.Random(seed).sample(pooled, min(n, len(pooled))), 1):
        print(f"#{i} [{f['kind']}] svc={f['service']!r} subj={f['subject']!r} "
              f"attr={f['attribute']!r} qual={f['qualifier']!r} val={f['value']!r}")
        print(f"    {Path(f['source']).name}:{f['line']}  | {f['snippet'][:300]}")


if __name__ == "__main__":
    main()
