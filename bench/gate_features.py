"""The answer gate's two populations side by side: the first candidate of each lookup, with
the answer features lookup computed for it, and whether it was right and whether it was shown.

    python bench/gate_features.py --db-dir DIR [--only NAME,...] --out FILE.tsv
    python bench/gate_features.py --table FILE.tsv

The first run writes one row per query of the development sets (bench/lookup_devsets.py's
SETS; databases built there with --db-dir): the set, whether the query is answerable, whether
lookup answered and by which of its ways (core._answers: the gate on the ranked facts,
"choose", or "more_answers" where only some of the three shown pass it; then the steps tried
when no fact passes: the lines over it, a note's question, a table's side or column, a bare
line), whether its first answer held (tests/lookup_scorer.holds), and for the best-ranked
candidate (before the gate): whether it holds, its kind, its answer features (service, topic,
shape; lookup/answer.py), its answer score, its rank score and the margin to the second
candidate's, the query's topic words it leaves unsaid and how many of those the notes say
anywhere. `--table` reads such a file and prints, for the lookups that abstained, the first
candidates that would be right if shown against those that would be wrong, by feature value
and by region (each feature at least a cut); for the lookups that answered, right against
unanswerable by answering step and by the first candidate's answer score; and gates of the
same features weighed otherwise (service^a * topic^b * shape^c, a margin bonus, threshold T).

Figures (session 48, gate48; main 1324b3d5, databases of devbase48; no lookup change):

    94 sets (shipped .. unseen88 in SETS order), 13,457 lookups:
      abstained with a candidate 4,292: first candidate right 190, wrong 4,102 (3,929 of
      them unanswerable lookups). Best region (service, topic, shape, rank score, margin at
      least 0, 1.0, 0.85, 10, 6): 7 right, 4 wrong; no region of any cut lets more right
      than wrong through (the right are 4% of the abstained, and their features spread as
      the wrong ones': topic 1.0 for 57 right / 941 wrong, 0.5 for 37 / 319; shape 1.0 for
      117 / 1,518; margin >= 4 for 30 / 219).
      Reweighted gates against lookup's (a = b = c = 1, no margin bonus, T 0.60: 7,730
      first candidates right pass, 495 wrong, 137 of them unanswerable): the best trade,
      (1, 0.75, 1, 0, 0.60), lets 34 more right through for 29 more unanswerable; none keeps
      every right pass and lets no more unanswerable through.
      Answered 9,129: first right 8,429, unanswerable 255. Where the first candidate fails
      the gate and a lower-ranked fact passes it, 701 right against 123 unanswerable
      (precision 0.85, against 0.98 where the first candidate passes); of those, an answer
      ranked fifth or lower scoring under 0.80: 7 right, 18 unanswerable (a lookup again of
      those answers, before this script had its rank columns).
    33 sets of the fixed sample (shipped .. unseen168), 4,641 lookups, with the step:
      abstained with a candidate 1,548: right 56, wrong 1,492 (1,418 unanswerable); best
      region 3 right, 5 wrong. Answered 3,088: first right 2,843, unanswerable 100, by step
      (right / unanswerable): more_answers 1,801 / 83, choose 1,014 / 8, the lines over it
      9 / 3, a bare line 8 / 3, a note's question 4 / 1, a table's side 5 / 0, deeper 1 / 2,
      a table's column 1 / 0. Three reweighted gates keep every right pass there, (1, 1,
      1.5, 0.1, 0.60) the best: +1 right, no more unanswerable (not so on the 94 sets).
      Query words left unsaid by the first candidate: none for 15 right / 274 wrong; one
      the notes never write 5 / 146, one they write elsewhere 21 / 492. A first candidate
      whose value another line ranked in the first ten repeats: 3 right / 110 wrong (the
      numbers notes repeat are the common quotas: 256 KB, 1 MB, 90 days). An answer by a
      fact ranked fifth or lower, scoring under 0.80: 8 right, 5 unanswerable (the 94 sets'
      7 / 18 above does not hold here).

So no gate of these features lets more right answers through without more wrong ones: the
gate was not changed. The right first candidates that abstain are read wrong before the gate
(filed under another service than the one asked: service 0 for 24 of the 190; a query word
the line says otherwise), and the gate cannot tell them from the wrong ones; the lead left is the
other side: answers by a lower-ranked fact where the best-ranked fails the gate, and answers
where only the first of the three shown passes (83 of the sample's 100 unanswerable answered).
"""

from __future__ import annotations

import argparse
import csv
import sys
from collections import Counter
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from itertools import product
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

from lookup_devsets import SETS, database, load  # noqa: E402
from rank_misses import capturing_hits  # noqa: E402

from studycli.lookup import core, lines, qa, table_columns, table_sides  # noqa: E402
from studycli.lookup.answer import THRESHOLD  # noqa: E402
from studycli.lookup.lexicon import lexicon  # noqa: E402
from studycli.lookup.words import matched_words, stems  # noqa: E402
from studycli.store import read  # noqa: E402
from tests.lookup_scorer import holds  # noqa: E402

COLUMNS = ("set", "id", "query", "answerable", "answered", "step", "first_right", "r0_holds",
           "kind", "service", "topic", "shape", "answer", "score", "margin", "r0_value",
           "r0_attribute", "dims", "unsaid", "unsaid_in_notes", "shown_rank", "shown_answer",
           "repeated")


def _as_hit(h: dict) -> dict:
    return {**h, "value": core.answer_value(h)}


# lookup's ways to an answer, in the order core._answers tries them: the gate on the ranked
# facts, then the steps tried when no fact reaches it
STEPS = ((core, "choose"), (core, "_more_answers"), (core, "_answer_in_context"),
         (core, "_deeper_answer"), (qa, "qa_answer"), (table_sides, "side_answers"),
         (table_columns, "column_answers"), (lines, "line_answers"))


@contextmanager
def answering_step() -> Iterator[dict]:
    """The last of lookup's ways to an answer that found one, in the dict it yields
    ("step"; cleared by the caller before each lookup); lookup is restored after."""
    state: dict = {"step": ""}
    kept = [(module, name, getattr(module, name)) for module, name in STEPS]

    def wrapped(name: str, fn: Callable) -> Callable:
        def call(*args, **kwargs):
            found = fn(*args, **kwargs)
            if found:
                state["step"] = name.strip("_")
            return found
        return call

    for module, name, fn in kept:
        setattr(module, name, wrapped(name, fn))
    try:
        yield state
    finally:
        for module, name, fn in kept:
            setattr(module, name, fn)


def _unsaid(conn, r0: dict | None, q, stop) -> dict:
    """The query's topic words (as typed) that no word of the first candidate (its service,
    subject, attribute, value or line) says, and how many of them the notes say anywhere."""
    if r0 is None or q is None:
        return {"unsaid": "", "unsaid_in_notes": ""}
    text = " ".join(str(r0.get(k) or "") for k in ("service", "subject", "attribute", "value",
                                                    "snippet"))
    said = matched_words(set(stems(text, stop)), q)
    gone = [max(c, key=lambda w: c[w]) for c in q.topic if not any(w in said for w in c)]
    return {"unsaid": ",".join(gone),
            "unsaid_in_notes": sum(read.says_word(conn, w) for w in gone)}


def _shown(hit: dict | None, ranked: list[dict]) -> dict:
    """Where the first answer stood in the ranking (0 for the first candidate; -1 where it is
    none of the ranked facts: a line's or a table's), and its answer score."""
    if hit is None:
        return {"shown_rank": "", "shown_answer": ""}
    at = next((i for i, h in enumerate(ranked) if h is hit or (
        h.get("rowid") is not None and h.get("rowid") == hit.get("rowid"))), -1)
    return {"shown_rank": at, "shown_answer": hit.get("answer", "")}


def _same(value: str) -> str:
    return " ".join("".join(c if c.isalnum() else " " for c in value.lower()).split())


def _repeated(ranked: list[dict]) -> int | str:
    """How many of the next nine candidates, from another note line, give the first one's
    value: notes restate a fact, and a value several lines agree on might be surer."""
    if not ranked:
        return ""
    first = ranked[0]
    value, line = _same(core.answer_value(first)), (first.get("source"), first.get("line"))
    return sum(1 for h in ranked[1:10] if _same(core.answer_value(h)) == value
               and (h.get("source"), h.get("line")) != line)


def rows(db_dir: Path, only: set[str]):
    stop = lexicon().stopwords
    with capturing_hits() as captured, answering_step() as state:
        for name, notes, queries, abstain in SETS:
            if only and name not in only:
                continue
            conn = database(db_dir, notes)
            unanswerable = [c for path, folder in abstain for c in load(path, folder)]
            for case, answerable in [*((c, True) for c in load(queries)),
                                     *((c, False) for c in unanswerable)]:
                captured.clear()
                state["step"] = ""
                result = core.lookup(conn, case["query"], limit=3)
                shown = result.to_json()
                want = case.get("expect_any") or []
                ranked = captured[0] if captured else []
                r0 = ranked[0] if ranked else None
                feats = (r0 or {}).get("answer_features") or {}
                yield {
                    "set": name, "id": case["id"], "query": case["query"],
                    "answerable": int(answerable), "answered": int(bool(shown)),
                    "step": state["step"] if shown else "",
                    "first_right": int(bool(shown) and answerable and holds(shown[0], want)),
                    "r0_holds": int(r0 is not None and answerable and holds(_as_hit(r0), want)),
                    "kind": (r0 or {}).get("kind", ""),
                    "service": feats.get("service", ""), "topic": feats.get("topic", ""),
                    "shape": feats.get("shape", ""), "answer": (r0 or {}).get("answer", ""),
                    "score": round((r0 or {}).get("score", 0.0), 3),
                    "margin": round((r0 or {}).get("score", 0.0)
                                    - (ranked[1].get("score", 0.0) if len(ranked) > 1 else 0.0),
                                    3),
                    "r0_value": core.answer_value(r0)[:60] if r0 else "",
                    "r0_attribute": ((r0 or {}).get("attribute") or "")[:40],
                    "dims": ",".join(sorted(result.understood.dimensions))
                    if result.understood else "",
                    **_unsaid(conn, r0, result.understood, stop),
                    **_shown(result.hits[0] if result.hits else None, ranked),
                    "repeated": _repeated(ranked),
                }
            conn.close()


def _number(row: dict, column: str) -> float:
    try:
        return float(row[column])
    except ValueError:
        return 0.0


def table(path: Path) -> None:
    with path.open(encoding="utf-8") as f:
        data = list(csv.DictReader(f, delimiter="\t"))
    abstained = [r for r in data if r["answered"] == "0" and r["kind"]]
    right = [r for r in abstained if r["r0_holds"] == "1"]
    wrong = [r for r in abstained if r["r0_holds"] == "0"]
    print(f"{len(data)} lookups, {len({r['set'] for r in data})} sets; abstained with a "
          f"candidate: {len(abstained)}: first candidate right {len(right)}, wrong "
          f"{len(wrong)} (of them unanswerable {sum(r['answerable'] == '0' for r in wrong)})")
    for column in ("kind", "service", "topic", "shape", "answer"):
        a, b = Counter(r[column][:5] for r in right), Counter(r[column][:5] for r in wrong)
        print(f"\n{column}: value  right  wrong")
        for v in sorted(set(a) | set(b), key=lambda v: -(a[v] + b[v]))[:12]:
            print(f"  {v:>8} {a[v]:6} {b[v]:6}")
    for column in ("score", "margin"):
        print(f"\n{column} at least: right wrong")
        for cut in (0, 2, 4, 6, 8, 10, 12):
            print(f"  {cut:>4} {sum(_number(r, column) >= cut for r in right):6} "
                  f"{sum(_number(r, column) >= cut for r in wrong):6}")
    if "repeated" in data[0]:
        print("\nunsaid words (how many, how many the notes say elsewhere): right wrong")
        a = Counter(_unsaid_key(r) for r in right)
        b = Counter(_unsaid_key(r) for r in wrong)
        for key in sorted(set(a) | set(b))[:10]:
            print(f"  {key!s:>8} {a[key]:6} {b[key]:6}")
        print("value repeated by other lines of the first ten: right wrong")
        for n in range(4):
            print(f"  {n:>4} {sum(_number(r, 'repeated') == n for r in right):6} "
                  f"{sum(_number(r, 'repeated') == n for r in wrong):6}")
    _best_regions(right, wrong)
    _answered(data)
    _reweighted(data)


def _unsaid_key(row: dict) -> tuple[int, int]:
    return (len([w for w in row["unsaid"].split(",") if w]), int(_number(row, "unsaid_in_notes")))


def _best_regions(right: list[dict], wrong: list[dict]) -> None:
    """Every region "service, topic, shape, score and margin each at least a cut" among the
    abstained lookups, best first by right - wrong: what a second gate could let through."""
    found = []
    for cuts in product((0, 0.5, 0.8, 1.0), (0, 0.25, 0.5, 0.75, 1.0),
                        (0, 0.425, 0.5, 0.85, 1.0), (0, 4, 6, 8, 10), (0, 1, 2, 4, 6)):
        def inside(r: dict, cuts: tuple = cuts) -> bool:
            return all(_number(r, c) >= cut for c, cut in zip(
                ("service", "topic", "shape", "score", "margin"), cuts, strict=True))
        gained, lost = sum(map(inside, right)), sum(map(inside, wrong))
        if gained >= 3:
            found.append((gained - lost, gained, lost, cuts))
    found.sort(key=lambda x: (-x[0], -x[1]))
    print("\nregions (service, topic, shape, score, margin at least): right wrong")
    for _, gained, lost, cuts in found[:8]:
        print(f"  {cuts} {gained:6} {lost:6}")


def _answered(data: list[dict]) -> None:
    """The lookups that answered: right first answers against answers to unanswerable
    lookups, by the first candidate's answer score and margin (what a stricter gate would
    cost); a first answer is not always the first candidate (a later step's)."""
    answered = [r for r in data if r["answered"] == "1"]
    right = [r for r in answered if r["first_right"] == "1"]
    wrong = [r for r in answered if r["answerable"] == "0"]
    print(f"\nanswered {len(answered)}: first right {len(right)}, unanswerable {len(wrong)}")
    if "step" in answered[0]:
        print("answering step: right unanswerable")
        steps = Counter(r["step"] for r in answered)
        for step, _ in steps.most_common():
            print(f"  {step:>18} {sum(r['step'] == step for r in right):6} "
                  f"{sum(r['step'] == step for r in wrong):6}")
    if "shown_rank" in answered[0]:
        print("answer by a lower-ranked fact (rank from 0; answer under 0.80 or not): right "
              "unanswerable")
        for at in range(1, 6):
            for low in (True, False):
                def here(r: dict, at: int = at, low: bool = low) -> bool:
                    return min(int(_number(r, "shown_rank")), 5) == at and (
                        _number(r, "shown_answer") < 0.8) == low
                print(f"  {at}{'+' if at == 5 else ' '} {'under' if low else 'over '} "
                      f"{sum(map(here, right)):6} {sum(map(here, wrong)):6}")
    print("first candidate's answer under: right wrong")
    for cut in (0.6, 0.7, 0.8, 0.9, 1.0):
        print(f"  {cut:>4} {sum(_number(r, 'answer') < cut for r in right):6} "
              f"{sum(_number(r, 'answer') < cut for r in wrong):6}")
    print("margin under: right wrong")
    for cut in (0.5, 1, 2, 3):
        print(f"  {cut:>4} {sum(_number(r, 'margin') < cut for r in right):6} "
              f"{sum(_number(r, 'margin') < cut for r in wrong):6}")


def _reweighted(data: list[dict]) -> None:
    """Gates of the same features weighed otherwise, on every lookup's first candidate:
    service^a * topic^b * shape^c, times (1 + k * margin / 4) (the margin to the second
    candidate's rank score, up to 4), at least T; lookup's own is a = b = c = 1, k = 0,
    T = 0.60. For each: first candidates right that pass, and wrong ones (of them to
    unanswerable lookups) that pass; best first by right gained less unanswerable let
    through, then those that keep every right pass and let no more unanswerable through."""
    ranked = [r for r in data if r["kind"]]
    pops = [[tuple(_number(r, c) for c in ("service", "topic", "shape", "margin"))
             for r in ranked if keep(r)]
            for keep in (lambda r: r["r0_holds"] == "1", lambda r: r["r0_holds"] == "0",
                         lambda r: r["r0_holds"] == "0" and r["answerable"] == "0")]

    def passing(pop: list[tuple], a: float, b: float, c: float, k: float, t: float) -> int:
        return sum(s ** a * tp ** b * sh ** c * (1 + k * min(m, 4) / 4) >= t
                   for s, tp, sh, m in pop if s > 0 and tp > 0 and sh > 0)

    base = [passing(p, 1, 1, 1, 0, THRESHOLD) for p in pops]
    found = []
    for a, b, c, k, t in product((0.5, 1, 1.5, 2), (0.5, 0.75, 1, 1.5), (0.5, 1, 1.5, 2),
                                 (0, 0.1, 0.2), (0.4, 0.5, 0.55, 0.6, 0.65, 0.7)):
        right, wrong, unanswerable = (passing(p, a, b, c, k, t) for p in pops)
        found.append((right - base[0] - (unanswerable - base[2]), right, wrong, unanswerable,
                      (a, b, c, k, t)))
    found.sort(key=lambda x: -x[0])
    print(f"\nreweighted gates (a, b, c, k, T): right wrong unanswerable; lookup's: "
          f"{base[0]} {base[1]} {base[2]}")
    for _, right, wrong, unanswerable, params in found[:6]:
        print(f"  {params} {right:6} {wrong:6} {unanswerable:6}")
    dominant = [x for x in found if x[1] >= base[0] and x[3] <= base[2] and x[4] != (1, 1, 1, 0,
                                                                                   THRESHOLD)]
    print(f"  keeping every right pass and no more unanswerable: {len(dominant)}"
          + "".join(f"\n  {x[4]} {x[1]:6} {x[2]:6} {x[3]:6}" for x in dominant[:6]))


def main(argv: list[str]) -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--db-dir", type=Path)
    ap.add_argument("--only", default="")
    ap.add_argument("--out", type=Path)
    ap.add_argument("--table", type=Path)
    args = ap.parse_args(argv)
    if args.table:
        table(args.table)
        return 0
    only = {s for s in args.only.split(",") if s}
    with args.out.open("w", encoding="utf-8", newline="") as f:
        w = csv.DictWriter(f, COLUMNS, delimiter="\t")
        w.writeheader()
        for row in rows(args.db_dir, only):
            w.writerow(row)
            f.flush()
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
