"""Lookup evaluated through the real CLI on any notes folder and query files.

    python bench/lookup_eval_cli.py NOTES_DIR QUERIES.jsonl [ABSTAIN.jsonl] [--misses FILE]

Ingests NOTES_DIR into a scratch database, runs `studycli lookup QUERY --json --limit 3` as a
subprocess for every query, and prints top-1 / top-3 on answerable queries (tests/lookup_scorer.py:
quantities compared in canonical units; the old substring rule beside it) and the share of
unanswerable queries it abstains on (exit 1 / `[]`). For held-out sets (tests/data/*_README.md
says which may be tuned on): run it, record the figure, do not read the misses to fix them.
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
sys.path.insert(0, str(REPO))

from tests.lookup_scorer import holds, old_holds  # noqa: E402  (the suite's own scorer)


def _cases(path: Path) -> list[dict]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()
            if line.strip()]


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("notes", type=Path)
    ap.add_argument("queries", type=Path)
    ap.add_argument("abstain", type=Path, nargs="?")
    ap.add_argument("--misses", type=Path, help="write the misses here (one per line)")
    args = ap.parse_args()
    env = {**os.environ, "PYTHONPATH": str(REPO)}
    db = str(Path(tempfile.mkdtemp()) / "eval.db")

    def cli(*words: str) -> subprocess.CompletedProcess:
        return subprocess.run([sys.executable, "-m", "studycli", *words, "--db", db], env=env,
                              capture_output=True, text=True, cwd=REPO)

    done = cli("ingest", str(args.notes), "--json")
    if done.returncode != 0:
        sys.exit(f"ingest failed: {done.stderr.strip()}")

    def look(query: str) -> list[dict]:
        out = cli("lookup", query, "--json", "--limit", "3").stdout
        try:
            return json.loads(out or "[]")
        except ValueError:
            return []

    misses: list[str] = []
    cases = _cases(args.queries)
    t1 = t3 = o1 = o3 = 0
    for c in cases:
        hits = look(c["query"])
        values = [h.get("value", "") for h in hits]
        top1 = bool(hits) and holds(hits[0], c["expect_any"])
        top3 = any(holds(h, c["expect_any"]) for h in hits[:3])
        t1, t3 = t1 + top1, t3 + top3
        o1 += bool(values) and old_holds(values[0], c["expect_any"])
        o3 += any(old_holds(v, c["expect_any"]) for v in values[:3])
        if not top1:
            misses.append(f"{'top3' if top3 else 'MISS'} {c['id']}: {c['query']!r} -> "
                          f"{[v[:60] for v in values]}")
    n = len(cases)
    print(f"{args.queries.name}: n={n} top-1 {t1 / n:.3f} top-3 {t3 / n:.3f} "
          f"(old rule: top-1 {o1 / n:.3f} top-3 {o3 / n:.3f})")
    if args.abstain:
        unanswerable = _cases(args.abstain)
        answered = [(c, look(c["query"])) for c in unanswerable]
        misses += [f"ANSWERED {c['id']}: {c['query']!r} -> {hits[0].get('value', '')[:60]!r}"
                   for c, hits in answered if hits]
        share = sum(1 for _, hits in answered if not hits) / len(unanswerable)
        print(f"{args.abstain.name}: n={len(unanswerable)} abstained {share:.3f}")
    if args.misses:
        args.misses.write_text("\n".join(misses) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
