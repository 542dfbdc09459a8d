"""Top-1 by query kind on the development sets (concept questions are kind "other").

    python bench/lookup_concepts.py

Same sets and scoring as bench/lookup_abstain.py, at the shipped threshold.
"""

from __future__ import annotations

import sys
import tempfile
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import lookup_abstain as sets

from studycli.lookup import lookup
from tests.test_lookup_eval import matches


def main() -> int:
    total: Counter[str] = Counter()
    right: Counter[str] = Counter()
    with tempfile.TemporaryDirectory() as tmp:
        conns = {}
        for _, notes, queries in sets.ANSWERABLE:
            if str(notes) not in conns:
                conns[str(notes)] = sets.build(Path(tmp), notes)
            for case in sets.load(queries):
                hits = lookup(conns[str(notes)], case["query"], limit=1).to_json()
                kind = case.get("kind", "?")
                total[kind] += 1
                right[kind] += bool(hits) and matches(hits[0], case["expect_any"])
        for conn in conns.values():
            conn.close()
    for kind in sorted(total):
        print(f"{kind:16} {total[kind]:4} queries  top-1 {right[kind] / total[kind]:.3f}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
