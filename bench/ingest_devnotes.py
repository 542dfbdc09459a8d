"""Ingest speed of large notes made of the development notes (bench/dev_shapes.py: markdown,
bullet text, tables, prose, code-ish, all merged), and where the time goes, stage by stage.
Issue #12 asks for every note up to the size cap at about 1 MB/s or better. Prints figures;
not a test.

    python bench/ingest_devnotes.py [--sizes 1,4] [--only SHAPE,...] [--runs 1]
                                    [--profile SHAPE] [--top 40]

Each note is ingested, as `studycli ingest NOTE` does, into a new database in this process,
on one core (a large note is otherwise shared among the cores, extract/fan_out: the stages
would run in children this process cannot time). MB/s is by CPU time, steady on a shared
machine where wall time is not; --runs N > 1 gives the median of N runs. Each stage's time
is its own (exclusive: a stage called inside another is not counted twice):

  read        reading and decoding the file (ingest.read_note)
  convert     format sniffing and conversion (formats.as_markdown)
  normalize   the note's normalisation and line split (notes/normalize.py)
  blocks      markdown-it's tokens into blocks, tables (notes/blocks.py)
  contexts    each block's service, subject and headings (extract/context.resolve)
  attribute   which service each line is about: runs, leads, threads (pipeline._line_jobs)
  lines       the line rules: limits, defaults, codes, invocations... (extract/rules.py)
  tables      the table layouts' rules (extract/table_layouts.py)
  compare     comparisons from sections, siblings and tables
  after       the passes over the note's facts (defaults inferred, tiers, unsure quantities)
  parse rest  the rest of the parse (warnings, the parse's own loop)
  facts rows  inserting the facts and comparisons; `facts fts` their full-text index
  lines rows  inserting every line for `search`; `lines fts` their full-text index
  store rest  the rest of the note's transaction (lines for search, sources, counts)
  hook NAME   each post-ingest hook (card sync, AWS check, unasked cards)
  conflicts   finding conflicting facts
  rest        everything else in the ingest (discovery, backups, counts)

--profile SHAPE: cProfile of that shape's ingest at the first size instead, the functions
costing most by their own time (--top of them).

What it showed (session 42, bulk42; one core, a fresh cache folder, a loaded machine): every
shape ingests at 0.15-0.20 MB/s of CPU, linear in size (merged: 0.5 MB 6.2 s/MB, 2 MB
5.3 s/MB, 7 MB 5.7 s/MB). For 1 MB of merged notes, 6.0 s: the line rules 1.9 s (limits most
of it), the post-ingest hooks 1.4 s (card sync 0.5, AWS check 0.55, unasked cards 0.35),
normalisation 0.6 s, contexts 0.5 s, markdown-it and blocks 0.35 s, attribution 0.2 s, the
database rows and both full-text indexes 0.4 s together, conversion 0.1 s; tables' own rules
1.3 s in the tables shape. No stage is quadratic, and no function but the regex engine's own
search/match/sub (~10% together) takes more than ~2% of the time: 1 MB/s would need each
line read with several times fewer Python steps, not a fix in one place.
"""

from __future__ import annotations

import argparse
import cProfile
import os
import pstats
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))
sys.path.insert(0, str(REPO / "bench"))

from dev_shapes import DEV_SHAPES, SUFFIX  # noqa: E402

import studycli.conflicts  # noqa: E402
import studycli.extract.fan_out as fan_out  # noqa: E402
import studycli.extract.pipeline as pipeline  # noqa: E402
import studycli.ingest as ingest  # noqa: E402
import studycli.store.facts  # noqa: E402
import studycli.store.fts_bulk as fts_bulk  # noqa: E402
import studycli.store.note_lines  # noqa: E402
from studycli.store.db import connect  # noqa: E402

MB = 1_000_000
_clock = time.process_time
spent: dict[str, float] = {}
_stack: list[list] = []  # [label, started, time spent in stages called inside it]


def _timed(label: str, fn: Callable) -> Callable:
    def run(*args, **kwargs):
        frame = [label, _clock(), 0.0]
        _stack.append(frame)
        try:
            return fn(*args, **kwargs)
        finally:
            _stack.pop()
            took = _clock() - frame[1]
            spent[label] = spent.get(label, 0.0) + took - frame[2]
            if _stack:
                _stack[-1][2] += took
    return run


def _wrap(module, name: str, label: str) -> None:
    """Time `module.name` under `label`, wherever a loaded studycli module imported it."""
    real = getattr(module, name)
    wrapped = _timed(label, real)
    for mod in list(sys.modules.values()):
        if getattr(mod, "__name__", "").startswith("studycli") and \
                getattr(mod, name, None) is real:
            setattr(mod, name, wrapped)


def _swap_rows(real: Callable) -> Callable:
    """fts_bulk.swap_rows, its rows' insert timed apart from the index's upkeep."""
    def run(conn, table, source, rows, write):
        kind = "facts" if table.index == "facts_fts" else "lines"
        return _timed(f"{kind} fts", real)(conn, table, source, rows,
                                           _timed(f"{kind} rows", write))
    return run


def instrument() -> None:
    ingest.usable_cores = lambda: 1  # type: ignore[attr-defined]
    fan_out.usable_cores = lambda: 1
    _wrap(ingest, "read_note", "read")
    _wrap(ingest, "as_markdown", "convert")
    _wrap(pipeline, "normalize", "normalize")
    _wrap(pipeline, "split_lines", "normalize")
    _wrap(pipeline, "to_blocks", "blocks")
    _wrap(pipeline, "resolve", "contexts")
    _wrap(pipeline, "_line_jobs", "attribute")
    _wrap(pipeline, "block_facts", "lines")
    _wrap(pipeline, "table_facts", "tables")
    for name in ("section_comparisons", "sibling_comparisons", "table_comparisons"):
        _wrap(pipeline, name, "compare")
    for name in ("infer_defaults", "name_retrieval_tiers", "drop_unsure_quantities"):
        _wrap(pipeline, name, "after")
    _wrap(pipeline, "parse_note", "parse rest")
    real_swap = fts_bulk.swap_rows
    for mod in (studycli.store.facts, studycli.store.note_lines):
        mod.swap_rows = _swap_rows(real_swap)  # type: ignore[attr-defined]
    _wrap(studycli.store.facts, "replace_source", "store rest")
    for i, hook in enumerate(list(ingest.POST_INGEST_HOOKS)):
        name = getattr(hook, "__name__", "?").lstrip("_")
        ingest.POST_INGEST_HOOKS[i] = _timed(f"hook {name}", hook)
    _wrap(studycli.conflicts, "find_conflicts", "conflicts")


def ingest_once(text: str, suffix: str, tmp: Path) -> dict[str, float]:
    """Each stage's CPU seconds, and the whole ingest's ("total")."""
    note = tmp / f"note{suffix}"
    note.write_text(text, encoding="utf-8", newline="")
    db = connect(tmp / "bench.db")
    spent.clear()
    try:
        start = _clock()
        _timed("rest", ingest.ingest_paths)(db, [note])
        spent["total"] = _clock() - start
        return dict(spent)
    finally:
        db.conn.close()
        for p in tmp.iterdir():
            p.unlink()


STAGES = ["read", "convert", "normalize", "blocks", "contexts", "attribute", "lines", "tables",
          "compare", "after", "parse rest", "facts rows", "facts fts", "lines rows",
          "lines fts", "store rest", "hook sync_cards", "hook check_against_aws",
          "hook record_unasked", "conflicts", "rest"]


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--sizes", default="1,4", help="note sizes in MB")
    ap.add_argument("--only", default="", help="comma-separated shape names")
    ap.add_argument("--runs", type=int, default=1)
    ap.add_argument("--profile", default="", help="a shape to profile instead")
    ap.add_argument("--top", type=int, default=40)
    args = ap.parse_args()
    sizes = [float(s) for s in args.sizes.split(",")]
    only = {s.strip() for s in args.only.split(",") if s.strip()}
    with tempfile.TemporaryDirectory() as tmp:
        ingest_once("## SQS\n- max message size 256 KB\n", ".md", Path(tmp))  # imports
        instrument()
        if args.profile:
            text = DEV_SHAPES[args.profile](int(sizes[0] * MB))
            profile = cProfile.Profile()
            profile.runcall(ingest_once, text, SUFFIX[args.profile], Path(tmp))
            pstats.Stats(profile).sort_stats("tottime").print_stats(args.top)
            return
        short = {"hook sync_cards": "cards", "hook check_against_aws": "aws",
                 "hook record_unasked": "unasked"}
        names = [short.get(s, s) for s in STAGES]
        print(f"{'shape':12s} {'MB':>4s} {'CPU s':>6s} {'MB/s':>5s} | "
              + " ".join(f"{n[:8]:>8s}" for n in names), flush=True)
        for shape, make in DEV_SHAPES.items():
            if only and shape not in only:
                continue
            for size in sizes:
                text = make(int(size * MB))
                mb = len(text.encode()) / MB
                runs = [ingest_once(text, SUFFIX[shape], Path(tmp)) for _ in range(args.runs)]
                med = {k: statistics.median(r.get(k, 0.0) for r in runs)
                       for k in ["total", *STAGES]}
                print(f"{shape:12s} {mb:4.1f} {med['total']:6.2f} {mb / med['total']:5.2f} | "
                      + " ".join(f"{med[s]:8.2f}" for s in STAGES), flush=True)


if __name__ == "__main__":
    os.environ.setdefault("STUDYCLI_CACHE", tempfile.mkdtemp(prefix="studycli-bench-cache-"))
    main()
