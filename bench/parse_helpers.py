"""Where the limits extractor's time goes, by helper: the lines each note shape hands to
`limit_facts` are collected from a real parse, then read again with each helper it calls
timed (CPU µs per line; a helper's time includes what it calls, and each timed call adds
about half a µs). Says which module a faster extractor has to come from. Prints figures; not
a test.

    python bench/parse_helpers.py [SIZE_MB] [--only SHAPE,...]
"""

from __future__ import annotations

import argparse
import sys
import time
from collections import Counter
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))
sys.path.insert(0, str(REPO / "bench"))

from shapes import SHAPES  # noqa: E402

from studycli.extract import limits, parse_note, rules, table_layouts  # noqa: E402
from studycli.model import Fact  # noqa: E402

# the helpers limit_facts calls, as limits.py names them
HELPERS = ["find_quantities", "is_story", "doubted_from", "_unit_definitions", "_not_a_limit",
           "not_a_limit", "_replacements", "_arrow_pairs", "clause_service", "_attribute_near",
           "_restates", "_with_case", "_parents_attribute", "_limit_subject", "_qualifiers",
           "_candidates", "_plain_beside_a_bound", "_one_value_per_key", "_pair_batching"]


def lines_of(text: str) -> list[tuple]:
    """(line, context) of every limit_facts call a parse of `text` makes."""
    seen: list[tuple] = []
    read = limits.limit_facts

    def record(line, ctx, make):
        seen.append((line, ctx))
        return read(line, ctx, make)

    for module in (rules, table_layouts):
        module.limit_facts = record  # type: ignore[attr-defined]
    try:
        parse_note(text, "bench.md")
    finally:
        for module in (rules, table_layouts):
            module.limit_facts = read  # type: ignore[attr-defined]
    return seen


def timed_helpers(calls: list[tuple]) -> tuple[float, Counter]:
    """CPU seconds of limit_facts over `calls`, and of each helper within it."""
    spent: Counter = Counter()
    originals = {name: getattr(limits, name) for name in HELPERS}

    def timed(name, fn):
        def run(*args, **kwargs):
            start = time.process_time()
            try:
                return fn(*args, **kwargs)
            finally:
                spent[name] += time.process_time() - start
        return run

    for name, fn in originals.items():
        setattr(limits, name, timed(name, fn))

    def make(**fields):
        return Fact(source="bench.md", line=1, snippet="", **fields)

    try:
        start = time.process_time()
        for line, ctx in calls:
            limits.limit_facts(line, ctx, make)
        total = time.process_time() - start
    finally:
        for name, fn in originals.items():
            setattr(limits, name, fn)
    return total, spent


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("size", nargs="?", type=float, default=0.2, help="note size in MB")
    ap.add_argument("--only", default="", help="comma-separated shape names")
    args = ap.parse_args()
    only = {s.strip() for s in args.only.split(",") if s.strip()}
    parse_note("## SQS\n- max message size 256 KB\n", "warm.md")
    for name, make_note in SHAPES.items():
        if only and name not in only:
            continue
        calls = lines_of(make_note(int(args.size * 1_000_000)))
        if not calls:
            continue
        total, spent = timed_helpers(calls)
        n = len(calls)
        home = {h: getattr(limits, h).__module__.rsplit(".", 1)[-1] for h in HELPERS}
        home["_attribute_near"] = "attributes"  # limits' wrapper of attributes.name_quantity
        print(f"{name}: {n} lines, limit_facts {total * 1e6 / n:.1f} µs per line")
        for helper, seconds in spent.most_common(8):
            print(f"    {helper:22s} {home[helper]:12s} {seconds * 1e6 / n:7.1f} µs")
        rest = total - sum(spent.values())
        print(f"    {'(limit_facts itself)':22s} {'limits':12s} {rest * 1e6 / n:7.1f} µs")


if __name__ == "__main__":
    main()
