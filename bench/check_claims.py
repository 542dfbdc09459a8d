"""How well `studycli check` finds the outdated or wrong claims of a notes folder.

    python bench/check_claims.py NOTES_DIR CLAIMS.jsonl [--show]

CLAIMS.jsonl is a claims file written by someone who read the notes and the AWS documentation
(tests/data/*_claims.jsonl: one row per claim, `file`, `line`, `quote`, `status` current /
outdated / wrong / unverified, with the page it was checked against). Runs the real CLI
(`studycli check NOTES_DIR --json` on a scratch database) and scores it by note line:
- recall: the lines holding an outdated or wrong claim that `check` flags (outdated or wrong);
- false flags: the lines whose checked claims are all current that `check` flags anyway (a
  student told a right note is wrong);
- other flags: flagged lines the claims file did not check (neither counted nor judged).
With --show, the missed and falsely flagged lines are listed; with --facts, each listed line
also shows the facts the parser wrote for it (service / subject / attribute = value, and the
status `check` gave each), which tells a claim no entry states from a line filed under another
service or read without its number. For held-out claims files (tests/data/*_README.md says
which), record the figure and do not read what it lists.
"""

from __future__ import annotations

import argparse
import json
import os
import sqlite3
import subprocess
import sys
import tempfile
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent


def _claims(path: Path) -> list[dict]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()
            if line.strip()]


def flagged_lines(notes: Path, db: Path | None = None,
                  told: set[tuple[str, int]] | None = None) -> set[tuple[str, int]]:
    """(file name, line) of every finding `studycli check --json` reports on `notes` as
    outdated or wrong. `told`, when given, receives the lines it reports current until an
    announced AWS change (`takes_effect`), which are not flags."""
    db = db or Path(tempfile.mkdtemp()) / "check.db"
    env = {**os.environ, "PYTHONPATH": str(REPO)}
    done = subprocess.run([sys.executable, "-m", "studycli", "check", str(notes), "--json",
                           "--db", str(db)], capture_output=True, text=True, env=env, cwd=REPO)
    # exit 1 means findings, but a crash exits 1 too: without a JSON list it is no figure
    if done.returncode not in (0, 1) or not done.stdout.lstrip().startswith("["):
        sys.exit(f"check failed: {done.stderr.strip()}")
    found = json.loads(done.stdout or "[]")
    if told is not None:
        told |= {(Path(f["source"]).name, int(f["line"])) for f in found
                 if f.get("status") == "current" and f.get("takes_effect")}
    return {(Path(f["source"]).name, int(f["line"])) for f in found
            if f.get("status") in ("outdated", "wrong")}


def line_facts(db: Path, key: tuple[str, int]) -> list[str]:
    """The facts the parser wrote for one note line, with the status `check` gave each."""
    with sqlite3.connect(db) as conn:
        rows = conn.execute(
            "SELECT f.service, f.subject, f.attribute, f.value, c.status FROM facts f "
            "LEFT JOIN fact_currency c ON c.fact_id = f.id WHERE f.line = ? AND f.source LIKE ?",
            (key[1], f"%{key[0]}")).fetchall()
    return [f"{svc or '-'} / {subj or '-'} / {attr[:40]} = {val[:50]}  [{status or 'none'}]"
            for svc, subj, attr, val, status in rows]


def score(claims: list[dict], flags: set[tuple[str, int]]) -> dict:
    by_line: dict[tuple[str, int], set[str]] = {}
    for c in claims:
        by_line.setdefault((Path(c["file"]).name, int(c["line"])), set()).add(c["status"])
    bad = {k for k, s in by_line.items() if s & {"outdated", "wrong"}}
    good = {k for k, s in by_line.items() if s == {"current"}}
    return {"bad": len(bad), "found": len(bad & flags), "good": len(good),
            "false": len(good & flags), "other": len(flags - set(by_line)),
            "missed": sorted(bad - flags), "false_lines": sorted(good & flags),
            "good_lines": sorted(good)}


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("notes", type=Path)
    ap.add_argument("claims", type=Path)
    ap.add_argument("--show", action="store_true", help="list missed and falsely flagged lines")
    ap.add_argument("--facts", action="store_true",
                    help="with --show, also list the parser's facts of each listed line")
    args = ap.parse_args()
    claims = _claims(args.claims)
    db = Path(tempfile.mkdtemp()) / "check.db"
    told: set[tuple[str, int]] = set()
    s = score(claims, flagged_lines(args.notes, db, told))
    recall = s["found"] / s["bad"] if s["bad"] else 1.0
    # Lines told they hold only until an announced AWS change (not flags): how the claims
    # file graded them, stale (its grader counted the notice as outdated) or all-current.
    missed, good = set(s["missed"]), set(s["good_lines"])
    print(f"{args.claims.name}: outdated/wrong lines {s['bad']}, flagged {s['found']} "
          f"(recall {recall:.3f}); all-current lines {s['good']}, flagged {s['false']}; "
          f"flags on unchecked lines {s['other']}; told of an announced change "
          f"{len(told)} (graded stale {len(told & missed)}, all-current {len(told & good)})")
    if args.show:
        quotes = {(Path(c["file"]).name, int(c["line"])): c["quote"] for c in claims}
        for label, keys in (("MISSED", s["missed"]), ("FALSE", s["false_lines"]),
                            ("TOLD", sorted(told))):
            for k in keys:
                print(f"  {label} {k[0]}:{k[1]}  {quotes.get(k, '(not in the claims file)')[:90]}")
                if args.facts:
                    for fact in line_facts(db, k) or ["(no fact on this line)"]:
                        print(f"      {fact}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
