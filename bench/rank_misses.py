"""Where the right fact of each top-3 miss stands in lookup's ranking, and why.

    python bench/rank_misses.py --db-dir DIR [--only NAME,...] [--out FILE]

For every answerable query of the development sets (bench/lookup_devsets.py's SETS) whose
right answer is not among the three lookup shows (a wrong answer, or an abstention), the
ranking lookup built (after merging duplicates, before choosing) is kept, and the first fact
holding the answer is reported: its rank by score, its score and answer features, the ranking
features (rank.explain) where it falls behind the best-ranked fact, and the best three. A
miss whose answer no candidate holds is "never retrieved". For sorting misses by cause.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

from lookup_devsets import SETS, database, load  # noqa: E402

from studycli.lookup import core  # noqa: E402
from studycli.lookup.answer import answer_features, confidence  # noqa: E402
from studycli.lookup.lexicon import lexicon  # noqa: E402
from studycli.lookup.rank import explain  # noqa: E402
from tests.lookup_scorer import holds  # noqa: E402


def _as_hit(h: dict) -> dict:
    return {**h, "value": core.answer_value(h)}


def _short(h: dict) -> str:
    feats = h.get("answer_features") or {}
    return (f"{core.answer_value(h)[:60]!r} [{h['service']}/{(h['subject'] or '')[:12]}/"
            f"{h['attribute'][:22]} {h['kind']}] sc={h['score']:.2f} ans={h.get('answer', 0):.2f}"
            f" se={feats.get('service', 0):.2f} to={feats.get('topic', 0):.2f}"
            f" sh={feats.get('shape', 0):.2f}")


def main(argv: list[str]) -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--db-dir", type=Path, required=True)
    ap.add_argument("--only", default="")
    ap.add_argument("--out", type=Path)
    args = ap.parse_args(argv)
    only = {s for s in args.only.split(",") if s}
    lex = lexicon()
    with capturing_hits() as captured:
        lines = _misses(args.db_dir, only, lex, captured)
    text = "\n".join(lines) + "\n"
    if args.out:
        args.out.write_text(text, encoding="utf-8")
    else:
        print(text)
    return 0


@contextmanager
def capturing_hits() -> Iterator[list[list[dict]]]:
    """Every lookup's ranked hits, before they are cut, appended to the list it yields while
    it is open; lookup is restored after, so a caller importing this module keeps it as it
    was (bench/top3_causes.py shares it)."""
    captured: list[list[dict]] = []
    merge = core._merge_duplicates

    def keep(hits: list[dict]) -> list[dict]:
        out = merge(hits)
        captured.append(out)
        return out

    core._merge_duplicates = keep
    try:
        yield captured
    finally:
        core._merge_duplicates = merge


def _misses(db_dir: Path, only: set[str], lex, captured: list[list[dict]]) -> list[str]:
    """Each top-3 miss of the sets asked, where its right fact stands in the ranking
    `captured` (the hits lookup ranked, before they are cut)."""
    lines: list[str] = []
    for name, notes, queries, _ in SETS:
        if only and name not in only:
            continue
        conn = database(db_dir, notes)
        for c in load(queries):
            captured.clear()
            result = core.lookup(conn, c["query"], limit=3)
            shown = result.to_json()
            if any(holds(h, c["expect_any"]) for h in shown[:3]):
                continue
            tag = "MISS" if shown else "ABSTAIN"
            ranked = captured[0] if captured else []
            q = result.understood
            right = next((i for i, h in enumerate(ranked)
                          if holds(_as_hit(h), c["expect_any"])), None)
            lines.append(f"{tag} {name} {c['id']}: {c['query']!r} want {c['expect_any']}")
            if right is None:
                lines.append(f"    NEVER retrieved ({len(ranked)} candidates)")
            else:
                r = ranked[right]
                r["answer_features"] = answer_features(r, q, lex)
                r["answer"] = confidence(r["answer_features"])
                lines.append(f"    RIGHT rank {right + 1}: {_short(r)}")
                mine = explain(r, q, lex.stopwords, 0.0, lex.kind_words)
                for i, h in enumerate(ranked[:3]):
                    if i == right:
                        continue
                    h["answer_features"] = answer_features(h, q, lex)
                    h["answer"] = confidence(h["answer_features"])
                    theirs = explain(h, q, lex.stopwords, 0.0, lex.kind_words)
                    diff = {k: round(mine.get(k, 0) - theirs.get(k, 0), 2)
                            for k in set(mine) | set(theirs)
                            if abs(mine.get(k, 0) - theirs.get(k, 0)) >= 0.05}
                    lines.append(f"    #{i + 1} {_short(h)}")
                    lines.append("        right-minus-this: " + ", ".join(
                        f"{k} {v:+.2f}" for k, v in sorted(diff.items(), key=lambda kv: kv[1])))
        conn.close()
    return lines


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
