"""Where bulk full-text indexing (studycli/store/fts_bulk.py) starts to pay: the CPU time of
swapping a note of k facts (new, then replaced) and of its searchable lines, through the
per-row triggers and in bulk, in a database that already holds other notes. Prints medians
of 20 runs per size; BULK_FROM should sit where the two cross. Not a test.

    python bench/fts_bulk_threshold.py
"""

from __future__ import annotations

import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from studycli.model import Fact, Kind, ParsedNote  # noqa: E402
from studycli.store import facts as store  # noqa: E402
from studycli.store import fts_bulk, note_lines  # noqa: E402
from studycli.store.db import connect  # noqa: E402

RUNS = 20


def note(k: int, name: str, shift: int = 0) -> ParsedNote:
    return ParsedNote(source=name, facts=[
        Fact("SQS", f"queue {i}", "visibility timeout", Kind.LIMIT, "max",
             f"{i + shift} seconds", float(i + shift), "s", source=name, line=i + 1,
             snippet=f"- queue {i} visibility timeout max {i + shift} seconds, a few words more")
        for i in range(k)])


def timed(fn) -> float:
    start = time.process_time()
    fn()
    return time.process_time() - start


def run(k: int, bulk_from: int) -> tuple[float, float, float]:
    """Median µs to store a new note of k facts, to replace it, and to store its lines."""
    fts_bulk.BULK_FROM = bulk_from
    new, again, lines = [], [], []
    with tempfile.TemporaryDirectory() as tmp:
        db = connect(Path(tmp) / "bench.db")
        for j in range(5):
            store.replace_source(db, note(200, f"other{j}.md"), "x")
        for rep in range(RUNS):
            first, second = note(k, f"n{rep}.md"), note(k, f"n{rep}.md", 1)
            text = [f.snippet for f in first.facts]
            new.append(timed(lambda n=first: store.replace_source(db, n, "a")))
            again.append(timed(lambda n=second: store.replace_source(db, n, "b")))
            lines.append(timed(lambda n=first, t=text: note_lines.replace_lines(
                db.conn, n.source, t)))
        db.close()
    med = [statistics.median(x) * 1e6 for x in (new, again, lines)]
    return med[0], med[1], med[2]


def main() -> None:
    print(f"{'facts':>5}  {'by trigger: new / replaced / lines (µs)':>40}  {'in bulk':>28}")
    for k in (5, 10, 15, 20, 50, 100, 200):
        row, bulk = run(k, 10**9), run(k, 0)
        print(f"{k:5d}  {row[0]:12.0f} {row[1]:12.0f} {row[2]:12.0f}  "
              f"{bulk[0]:9.0f} {bulk[1]:9.0f} {bulk[2]:9.0f}")


if __name__ == "__main__":
    main()
