"""Parser slow paths: time to parse hostile and ordinary notes at size n and 4n. A linear
parser takes about 4x as long for 4x the text; a quadratic one 16x. Prints figures; not a test.

    python bench/parser_slow_paths.py [SCALE]

SCALE (default 1) multiplies every size. Sizes stay under the 20,000-character line cut.
Times are CPU seconds of this process: on a shared machine, waiting for a core is not parsing.
"""

from __future__ import annotations

import sys
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from studycli.extract import parse_note  # noqa: E402

SHIPPED = "\n".join(p.read_text(encoding="utf-8") for p in sorted((REPO / "content").iterdir()))

CASES = {
    # one line (at most the 20,000-character cut)
    "line of '['": lambda n: "## Lambda\n" + "[" * min(n * 4, 20_000) + "\n",
    "line of '[['...']]'": lambda n: "## Lambda\n" + "[[" * min(n * 2, 10_000) + "]]\n",
    "line of '!['": lambda n: "## Lambda\n" + "![" * min(n * 2, 10_000) + "\n",
    "nested '[[[...]]]'": lambda n: ("## Lambda\n" + "[" * min(n * 2, 10_000)
                                     + "]" * min(n * 2, 10_000) + "\n"),
    # whole notes
    "note of brackets": lambda n: "## Lambda\n" + ("[" * 70 + "\n") * (n // 2),
    "CR-only line endings": lambda n: ("## Lambda\r"
                                       + "- timeout 900 s max, memory 128 MB\r" * (n // 2)),
    "table rows": lambda n: ("## Lambda\n| Setting | Default | Limit |\n|---|---|---|\n"
                             + "| Timeout | 3 s | 900 s |\n" * (n // 2)),
    "one hard-wrapped paragraph": lambda n: "## Lambda\n" + (
        "and then the function keeps running because it is waiting on the\n" * (n // 2)),
    "many small tables": lambda n: "## Lambda\n" + (
        "\n| Setting | Limit |\n|---|---|\n| Timeout | 900 s |\n" * (n // 2)),
    "runs of plain lines": lambda n: "## Lambda\n" + (
        "Lambda runs code\nIt scales out\nIt costs little\nIt is serverless\n\n" * (n // 2)),
    "shipped notes, repeated": lambda n: SHIPPED * max(1, n // 400),
}


def seconds(text: str) -> float:
    best = float("inf")
    for _ in range(2):
        start = time.process_time()
        parse_note(text, "bench.md")
        best = min(best, time.process_time() - start)
    return best


def main(scale: int) -> None:
    parse_note("## SQS\n- max message size 256 KB\n[[x]]\n", "warm.md")  # imports, caches
    n = 2_500 * scale
    print(f"{'input':28s} {'size n':>9s} {'time n':>8s} {'size 4n':>9s} {'time 4n':>8s} "
          f"{'ratio':>6s} {'MB/s at 4n':>10s}")
    for name, make in CASES.items():
        small, large = make(n), make(4 * n)
        t1, t4 = seconds(small), seconds(large)
        print(f"{name:28s} {len(small)/1e3:7.0f}KB {t1:8.3f} {len(large)/1e3:7.0f}KB {t4:8.3f} "
              f"{t4 / max(t1, 1e-9):6.1f} {len(large) / 1e6 / max(t4, 1e-9):10.2f}")


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 1)
