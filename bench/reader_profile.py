"""The parser's readers, profiled per note shape: how often each is called, how often a call
yields anything (its hit rate), and its share of the parse's CPU (inclusive: a reader's own
readers count in it too). A reader with a low hit rate and a large share is where a cheap
gate pays (a test that a line cannot match, run before the reader); one that hits on most
lines it is called on costs what its work costs. Prints figures; not a test.

    python bench/reader_profile.py [--size 200000] [--only SHAPE,...] [--shipped]

--shipped profiles the shipped notes and the development note sets (as bench/parse_dump.py
reads them) instead of the generated shapes: real lines, where most readers find nothing.
Timings wrap every call in two clock reads: shares are for ranking, not for a speed figure.

What it showed (session 14, speed14): on the development notes the readers that seldom find
anything (status codes, exceptions, invocations, named defaults, support: 0.4-1.7% of their
calls) cost ~8% together, and those were gated (each gate implied by its reader's own
patterns; tests/test_speed14_reader_gates.py). What is left is flat: no function but the
regex engine's search (~8%) takes more than ~3% of a parse, and the readers that dominate
(limit_facts and its per-quantity readers, context resolution, table cells) hit on most lines
they are called on. Parse instructions per byte (callgrind, 40 KB per shape), main -> gated:
prose 23.3k -> 22.2k, bullets 32.0k -> 31.2k, pipe tables 47.4k -> 47.1k, TSV 46.7k -> 46.6k,
long lines 36.1k -> 35.1k, the shipped notes 21.6k -> 20.2k, content + unseen36-40 (271 KB of
real notes) 22.9k -> 20.2k. 1 MB/s on this machine is a few thousand per byte: gates on lines
cannot close a 10x gap in a flat profile; fewer Python steps per quantity (a table cell goes
through ~20 readers, each with its own regex calls) would have to.
"""

from __future__ import annotations

import argparse
import sys
import time
from collections.abc import Callable
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))
sys.path.insert(0, str(REPO / "bench"))

from shapes import SHAPES  # noqa: E402

from studycli.extract import parse_note  # noqa: E402

# (module, function): the line rules (extract/rules.py), the table reader, and the readers a
# quantity goes through in extract/limits.py (most of a dense note's time)
READERS = [
    ("studycli.extract.codes", "status_code_facts"),
    ("studycli.extract.codes", "exception_facts"),
    ("studycli.extract.invocation", "invocation_facts"),
    ("studycli.extract.limits", "limit_facts"),
    ("studycli.extract.defaults", "default_facts"),
    ("studycli.extract.support", "support_facts"),
    ("studycli.extract.statements", "statement_fact"),
    ("studycli.extract.table_layouts", "table_facts"),
    ("studycli.extract.quantities", "find_quantities"),
    ("studycli.extract.bare_counts", "bare_counts"),
    ("studycli.extract.attribution", "is_story"),
    ("studycli.extract.attribution", "doubted_from"),
    ("studycli.extract.attribution", "not_a_limit"),
    ("studycli.extract.attribution", "clause_service"),
    ("studycli.extract.limits", "_attribute_near"),
    ("studycli.extract.limits", "_with_case"),
    ("studycli.extract.limits", "_condition"),
    ("studycli.extract.limits", "_trigger_case"),
    ("studycli.extract.limits", "_limit_subject"),
    ("studycli.extract.context", "resolve"),
]

Stats = dict[str, list[float]]  # name -> [calls, hits, seconds]


def _wrap(name: str, fn: Callable, stats: Stats) -> Callable:
    def counted(*args, **kwargs):
        t = time.process_time()
        out = fn(*args, **kwargs)
        s = stats[name]
        s[0] += 1
        s[1] += bool(out)
        s[2] += time.process_time() - t
        return out
    return counted


def install(stats: Stats) -> None:
    """Replace each reader, in every module of the package that holds it, by a counting
    wrapper (a module that imported it by name calls its own reference)."""
    import importlib

    for module, name in READERS:
        fn = getattr(importlib.import_module(module), name)
        stats[name] = [0, 0, 0.0]
        wrapped = _wrap(name, fn, stats)
        for mod in list(sys.modules.values()):
            if getattr(mod, "__name__", "").startswith("studycli") \
                    and getattr(mod, name, None) is fn:
                setattr(mod, name, wrapped)


def report(title: str, stats: Stats, total: float) -> None:
    print(f"== {title}: {total:.2f} s CPU")
    print(f"   {'reader':20s} {'calls':>8s} {'hits':>8s} {'hit rate':>8s} {'share':>6s}")
    for name, (calls, hits, seconds) in sorted(stats.items(), key=lambda kv: -kv[1][2]):
        if calls:
            print(f"   {name:20s} {calls:8.0f} {hits:8.0f} {hits / calls:8.1%} "
                  f"{seconds / total:6.1%}")


def _notes() -> list[tuple[str, str]]:
    from parse_dump import NOTE_SETS

    from studycli.formats import as_markdown

    out = []
    for folder in NOTE_SETS:
        for path in sorted((REPO / folder).rglob("*")):
            if path.is_file():
                text = path.read_text(encoding="utf-8", errors="replace")
                out.append((as_markdown(text, path.suffix), path.name))
    return out


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--size", type=int, default=200_000)
    ap.add_argument("--only", default="")
    ap.add_argument("--shipped", action="store_true")
    args = ap.parse_args()
    parse_note("## SQS\n- max message size 256 KB\n", "warm.md")  # imports, patterns
    stats: Stats = {}
    install(stats)
    if args.shipped:
        notes = _notes()
        t = time.process_time()
        for text, name in notes:
            parse_note(text, name)
        report(f"{len(notes)} development notes", stats, time.process_time() - t)
        return
    only = {s.strip() for s in args.only.split(",") if s.strip()}
    for shape, make in SHAPES.items():
        if only and shape not in only:
            continue
        text = make(args.size)
        for s in stats.values():
            s[:] = [0, 0, 0.0]
        t = time.process_time()
        parse_note(text, "bench.md")
        report(shape, stats, time.process_time() - t)


if __name__ == "__main__":
    main()
