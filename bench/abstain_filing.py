"""Why an answerable lookup abstained, from the parser's side: each `ABSTAIN` line of a miss
directory classed by what the parser made of the note line that answers it.

    python bench/abstain_filing.py --misses DIR --db-dir DBDIR [--only NAME,...] [--examples]

Reads DIR/NAME.miss (bench/lookup_devsets.py --misses), finds each case's answering line in
the set's notes by the quote its `lookup_NAME.jsonl` gives (tests/data), and reads that
line's facts from the set's database in DBDIR (lookup_devsets.py --db-dir, the databases the
misses were measured on). Classes: `right_candidate` (a fact filed under the service asked
is among the candidates the miss lists as `R` lines: scoring, not the parser),
`right_not_shown` (filed under the service asked, not among them), `other` (filed under
another service), `none` (under no service), `not_read` (the line gave no fact), `no_line`
(the quote found in no note line). The service asked is the case's `service`, read as the
catalog's name (data/services.json: "x-ray" is X-Ray); a family's member counts as the
family ("Kinesis" asked, "Kinesis Data Streams" filed). With --examples, each case is printed
with its line and facts; `other` also counts the (asked -> filed) pairs.

Session 56 (filing56), start code 8108732d, `sample56.txt` (70 sets), 421 ABSTAIN: on the 59
English sets 335: right_candidate 155, other 91, right_not_shown 35, not_read 26, none 25,
no_line 2, no case 1; on the 11 sets of other languages 86: right_candidate 64,
right_not_shown 10, other 8, none 3, not_read 1. After the operation owners and the one-service
comparisons (extract/operation_owners.py, context._sole_owner): English 330, right_candidate
158, other 85, right_not_shown 35, not_read 26, none 23, no_line 2, no case 1.
"""

from __future__ import annotations

import argparse
import glob
import json
import re
import sqlite3
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from studycli.services import canonical_service  # noqa: E402

DATA = ROOT / "tests" / "data"
_ABSTAIN = re.compile(r"ABSTAIN (\S+): '(.*)' want (.*)$")


def _norm(text: str) -> str:
    return re.sub(r"\s+", " ", text).strip().lower()


def abstentions(path: Path) -> list[dict]:
    """The ABSTAIN cases of a .miss file, each with its `R` (candidate) lines."""
    out: list[dict] = []
    case: dict | None = None
    for line in path.read_text(encoding="utf-8").splitlines():
        m = _ABSTAIN.match(line)
        if m:
            case = {"id": m.group(1), "query": m.group(2), "R": []}
            out.append(case)
        elif line.startswith("    R ") and case is not None:
            case["R"].append(line.strip())
        elif not line.startswith("    "):
            case = None
    return out


def notes_root(name: str) -> Path:
    return ROOT / "content" if name == "shipped" else DATA / f"{name}_notes"


def answering_lines(root: Path, sources: list[dict]) -> list[tuple[str, int, str]]:
    """(file relative to `root`, 1-based line, text) of each line holding a source's quote."""
    hits: list[tuple[str, int, str]] = []
    for source in sources:
        quote = _norm(source.get("quote", ""))
        if not quote:
            continue
        path = root / source.get("file", "")
        named = Path(source.get("file") or "*").name
        paths = [path] if path.is_file() else sorted(root.rglob(named))
        for p in paths:
            if not p.is_file():
                continue
            lines = p.read_text(encoding="utf-8", errors="replace").splitlines()
            for number, text in enumerate(lines, 1):
                if quote in _norm(text):
                    hits.append((str(p.relative_to(root)), number, text))
    return hits


def _same_service(asked: str, filed: str) -> bool:
    asked = (canonical_service(asked) or asked).lower()
    filed = filed.lower()
    return bool(asked and filed) and (asked == filed or filed.startswith(asked)
                                      or asked.startswith(filed))


def classify(case: dict, query: dict | None, conn: sqlite3.Connection, root: Path):
    """(class, facts [(file, line, service, subject, attribute, kind, value)], lines) of an
    ABSTAIN case, its lookup case `query` and the database its notes (under `root`) made."""
    if query is None:
        return "no_case", [], []
    lines = answering_lines(root, query.get("sources", []))
    if not lines:
        return "no_line", [], []
    facts = [(f, n, *row) for f, n, _t in lines for row in conn.execute(
        "SELECT service, subject, attribute, kind, value FROM facts WHERE source = ? AND line = ?",
        (f, n))]
    if not facts:
        return "not_read", facts, lines
    asked = query.get("service") or ""
    right = [fact for fact in facts if _same_service(asked, fact[2] or "")]
    if right:
        shown = " ".join(case["R"])
        return ("right_candidate" if any((fact[6] or "")[:50] in shown for fact in right)
                else "right_not_shown"), facts, lines
    if not any(fact[2] for fact in facts):
        return "none", facts, lines
    return "other", facts, lines


def _queries(name: str) -> dict[str, dict]:
    jsonl = DATA / ("lookup_eval.jsonl" if name == "shipped" else f"lookup_{name}.jsonl")
    if not jsonl.is_file():
        return {}
    entries = [json.loads(line) for line in jsonl.read_text(encoding="utf-8").splitlines()
               if line.strip()]
    return {entry["id"]: entry for entry in entries}


def _print_case(name: str, case: dict, query: dict | None, cls: str, facts: list,
                lines: list) -> None:
    print(f"{name} {case['id']} [{cls}] {case['query']!r} "
          f"asked={query.get('service') if query else '?'}")
    for f, n, text in lines[:2]:
        print(f"    L {f}:{n}: {text.strip()[:110]}")
    for fact in facts[:5]:
        print(f"    F {fact[2]}|{fact[3]}|{(fact[4] or '')[:40]}|{fact[5]}|{(fact[6] or '')[:40]}")


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--misses", required=True)
    parser.add_argument("--db-dir", required=True)
    parser.add_argument("--only", default="")
    parser.add_argument("--examples", action="store_true")
    args = parser.parse_args()
    only = set(filter(None, args.only.split(",")))
    total: Counter[str] = Counter()
    moved: Counter[str] = Counter()
    for miss in sorted(Path(args.misses).glob("*.miss")):
        name = miss.stem
        cases = abstentions(miss) if not only or name in only else []
        if not cases:
            continue
        dbs = glob.glob(str(Path(args.db_dir) / f"{name}_*.db")) or glob.glob(
            str(Path(args.db_dir) / f"{name}.db"))
        if not dbs:
            print(name, "no database in", args.db_dir)
            continue
        conn = sqlite3.connect(dbs[0])
        queries = _queries(name)
        counts: Counter[str] = Counter()
        for case in cases:
            query = queries.get(case["id"])
            cls, facts, lines = classify(case, query, conn, notes_root(name))
            counts[cls] += 1
            if cls == "other":
                filed = ",".join(sorted({fact[2] for fact in facts if fact[2]}))
                moved[f"{(query or {}).get('service')} -> {filed}"] += 1
            if args.examples:
                _print_case(name, case, query, cls, facts, lines)
        total.update(counts)
        print(name, dict(counts))
    print("total", dict(total), sum(total.values()))
    if args.examples:
        for pair, n in moved.most_common():
            print(f"{n:4d}  {pair}")


if __name__ == "__main__":
    main()
