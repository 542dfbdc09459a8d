"""Answer or abstain: precision and recall of lookup's abstain threshold on development data.

    python bench/lookup_abstain.py            # the table at the shipped threshold and a sweep
    python bench/lookup_abstain.py --all      # also the misses, with each hit's answer features

Answerable queries: ../shared/eval/lookup_dev.jsonl (shipped notes), tests/data/
lookup_extra.jsonl, and the held-out sets tests/data/lookup_unseen{,2,3,4,6}.jsonl with their
notes (tuned on before: development data now). Unanswerable: ../shared/eval/abstain_dev.jsonl
and tests/data/lookup_abstain_extra.jsonl on the shipped notes, tests/data/
lookup_abstain_unseen.jsonl, abstain_unseen4.jsonl and abstain_unseen6.jsonl on the held-out notes
(all written before lookup was run on them). unseen5 and unseen7 are held out: never read here.
A query "answered right" has a hit holding the answer first (tests/lookup_scorer.py: quantities
compared in canonical units); abstaining on it is a miss. The old rule's figures (expected text
as a substring of the value) are printed too, at the shipped threshold.

Printed per threshold: top-1 / top-3 per answerable set, the abstain rate on unanswerable
queries (recall of abstaining), and the precision of abstaining (share of abstentions that were
on unanswerable queries).
"""

from __future__ import annotations

import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))  # run as a script: the package and tests/ from this checkout

from studycli.lookup import choose, lookup  # noqa: E402
from studycli.lookup.answer import THRESHOLD  # noqa: E402
from studycli.store.db import connect  # noqa: E402
from tests.lookup_scorer import old_holds  # noqa: E402
from tests.test_lookup_eval import load, matches  # noqa: E402

DATA = ROOT / "tests" / "data"
SHARED = ROOT.parent / "shared" / "eval"
ANSWERABLE = [  # name, notes (None: shipped), queries
    ("dev", None, SHARED / "lookup_dev.jsonl" if (SHARED / "lookup_dev.jsonl").exists()
     else DATA / "lookup_dev.jsonl"),
    ("extra", None, DATA / "lookup_extra.jsonl"),
    ("unseen", DATA / "unseen_notes", DATA / "lookup_unseen.jsonl"),
    ("unseen2", DATA / "unseen2_notes", DATA / "lookup_unseen2.jsonl"),
    ("unseen3", DATA / "unseen3_notes", DATA / "lookup_unseen3.jsonl"),
    ("unseen4", DATA / "unseen4_notes", DATA / "lookup_unseen4.jsonl"),
    ("unseen6", DATA / "unseen6_notes", DATA / "lookup_unseen6.jsonl"),
]
UNANSWERABLE = [p for p in (SHARED / "abstain_dev.jsonl", DATA / "lookup_abstain_extra.jsonl")
                if p.exists()]  # on the shipped notes
UNANSWERABLE_UNSEEN = DATA / "lookup_abstain_unseen.jsonl"  # each case names its notes folder
UNANSWERABLE_UNSEEN4 = DATA / "abstain_unseen4.jsonl"  # all on unseen4_notes
UNANSWERABLE_UNSEEN6 = DATA / "abstain_unseen6.jsonl"  # all on unseen6_notes
SWEEP = (0.0, 0.2, 0.3, 0.35, 0.4, 0.45, 0.5, 0.55, 0.6, 0.65, 0.7)


def build(tmp: Path, notes: Path | None):
    from studycli.ingest import ingest_paths
    from studycli.paths import content_dir

    path = tmp / f"{notes.name if notes else 'shipped'}.db"
    db = connect(path)
    ingest_paths(db, sorted(notes.iterdir()) if notes else [content_dir()])
    db.conn.close()
    return connect(path, readonly=True).conn


def ranked(conn, query: str) -> list[tuple[dict, float, dict]]:
    """(JSON object, answer confidence, hit) for the first ten ranked facts, no threshold."""
    result = lookup(conn, query, limit=10, threshold=0.0)
    return [(v, h.get("answer", 0.0), h)
            for v, h in zip(result.to_json(), result.hits, strict=True)]


def answered(hits, threshold: float) -> list[dict]:
    """The JSON objects lookup would print at `threshold` (lookup.choose), first three."""
    chosen = choose([h for _, _, h in hits], threshold, 3)
    by_id = {id(h): v for v, _, h in hits}
    return [by_id[id(h)] for h in chosen]


def main(argv: list[str]) -> int:
    runs, unanswerable = _rank_all()
    print(f"{sum(len(r) for r in runs.values())} answerable queries in {len(runs)} sets, "
          f"{len(unanswerable)} unanswerable; shipped threshold {THRESHOLD}\n")
    _print_sweep(runs, unanswerable)
    print("\nat the shipped threshold, scored by the old rule (expected text a substring of the "
          "value):\n  " + "  ".join(f"{name} {_top(cases, THRESHOLD, old=True)}"
                                   for name, cases in runs.items()))
    groups: dict[str, list] = {}
    for case, hits in unanswerable:
        groups.setdefault(case.get("notes", "shipped notes"), []).append(hits)
    print("\nabstain at the shipped threshold: " + ", ".join(
        f"{name} {sum(not answered(h, THRESHOLD) for h in hs)}/{len(hs)}"
        for name, hs in groups.items()))
    if "--all" in argv:
        _print_misses(runs, unanswerable)
    return 0


def _rank_all() -> tuple[dict[str, list], list]:
    """Every answerable set's and the unanswerable queries' ranked hits, no threshold."""
    runs: dict[str, list] = {}
    with tempfile.TemporaryDirectory() as tmp:
        conns = {}
        for name, notes, queries in ANSWERABLE:
            key = str(notes)
            if key not in conns:
                conns[key] = build(Path(tmp), notes)
            runs[name] = [(c, ranked(conns[key], c["query"])) for c in load(queries)]
        shipped = conns[str(None)]
        unanswerable = [(c, ranked(shipped, c["query"])) for p in UNANSWERABLE for c in load(p)]
        unanswerable += [(c, ranked(conns[str(DATA / c["notes"])], c["query"]))
                         for c in load(UNANSWERABLE_UNSEEN)]
        unanswerable += [({**c, "notes": "unseen4_notes"},
                          ranked(conns[str(DATA / "unseen4_notes")], c["query"]))
                         for c in load(UNANSWERABLE_UNSEEN4)]
        unanswerable += [({**c, "notes": "unseen6_notes"},
                          ranked(conns[str(DATA / "unseen6_notes")], c["query"]))
                         for c in load(UNANSWERABLE_UNSEEN6)]
        for conn in conns.values():
            conn.close()
    return runs, unanswerable


def _top(cases: list, t: float, old: bool = False) -> str:
    """top-1/top-3 of `cases` at threshold `t`, by the fair rule or the old one."""
    def ok(hit: dict, case: dict) -> bool:
        return old_holds(hit["value"], case["expect_any"]) if old else matches(
            hit, case["expect_any"])

    top1 = top3 = 0
    for case, hits in cases:
        shown = answered(hits, t)
        top1 += bool(shown) and ok(shown[0], case)
        top3 += any(ok(h, case) for h in shown)
    return f"{top1 / len(cases):.3f}/{top3 / len(cases):.3f}"


def _print_sweep(runs: dict[str, list], unanswerable: list) -> None:
    print("threshold  " + "  ".join(f"{n:>13}" for n in runs) + "   abstain  precision")
    for t in sorted({*SWEEP, THRESHOLD}):
        cells, wrongly = [], 0
        for cases in runs.values():
            top1 = top3 = 0
            for case, hits in cases:
                values = answered(hits, t)
                top1 += bool(values) and matches(values[0], case["expect_any"])
                top3 += any(matches(v, case["expect_any"]) for v in values)
                wrongly += not values
            cells.append(f"{top1 / len(cases):.3f}/{top3 / len(cases):.3f}")
        abstained = sum(not answered(h, t) for _, h in unanswerable)
        precision = abstained / (abstained + wrongly) if abstained + wrongly else 1.0
        mark = " <" if t == THRESHOLD else ""
        print(f"{t:9.2f}  " + "  ".join(f"{c:>13}" for c in cells)
              + f"   {abstained / len(unanswerable):7.3f}  {precision:9.3f}{mark}")


def _print_misses(runs: dict[str, list], unanswerable: list) -> None:
    print("\nanswerable, not first at the shipped threshold:")
    for name, cases in runs.items():
        for case, hits in cases:
            values = answered(hits, THRESHOLD)
            if not (values and matches(values[0], case["expect_any"])):
                print(f"  {name} {case['id']}: {case['query']!r} -> "
                      + "; ".join(f"{v['value'][:40]!r} {a:.2f} {_features(h)}"
                                  for v, a, h in hits[:3]))
    print("\nanswerable, first without a threshold but not at the shipped one:")
    for name, cases in runs.items():
        for case, hits in cases:
            values, plain = answered(hits, THRESHOLD), answered(hits, 0.0)
            if (plain and matches(plain[0], case["expect_any"])
                    and not (values and matches(values[0], case["expect_any"]))):
                print(f"  {name} {case['id']}: {case['query']!r} -> "
                      + "; ".join(f"{v['value'][:40]!r} {a:.2f} {_features(h)}"
                                  for v, a, h in hits[:2]))
    print("\nunanswerable, answered at the shipped threshold:")
    for case, hits in unanswerable:
        first = next(((v, a, h) for v, a, h in hits if a >= THRESHOLD), None)
        if first:
            v, a, h = first
            print(f"  {case['id']}: {case['query']!r} -> {v['value'][:50]!r} {a:.2f} "
                  f"{_features(h)}")


def _features(hit: dict) -> str:
    f = hit.get("answer_features", {})
    return (f"[{hit['service']}/{hit['attribute'][:20]} "
            + " ".join(f"{k[:2]}={v:.2f}" for k, v in f.items()) + "]")


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
