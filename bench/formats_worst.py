"""Worst cases for the format converters (studycli/formats): one hostile line or note per case
(a line of "<<<<", "<b>" never closed, "link:link:...[", an AsciiDoc table of 40,000 cells...),
timed. Each should take time linear in its size: a pattern that rescans the rest of a line
from every "<" or "[" shows here as seconds. Prints figures; not a test.

    python bench/formats_worst.py [--size BYTES]
"""

from __future__ import annotations

import argparse
import sys
import time
from contextlib import suppress
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from studycli.formats import NotReadable, as_markdown  # noqa: E402

# (the cases live beside the test that converts each one small: tests/test_formats.py)
from tests.test_formats import HOSTILE_CASES as CASES  # noqa: E402
from tests.test_formats import HOSTILE_PREFIX as PREFIX  # noqa: E402


def main(size: int) -> None:
    worst = ("", "", 0.0)
    for suffix, pieces in CASES.items():
        for piece in pieces:
            text = PREFIX.get((suffix, piece), "") + piece * (size // len(piece))
            start = time.perf_counter()
            with suppress(NotReadable):  # a broken notebook is refused, after a parse
                as_markdown(text, suffix)
            took = time.perf_counter() - start
            print(f"{suffix:6} {piece!r:18} {len(text):>9,} chars  {took * 1000:8.1f} ms"
                  f"  {len(text) / 1e6 / max(took, 1e-9):6.1f} MB/s")
            if took > worst[2]:
                worst = (suffix, piece, took)
    print(f"worst: {worst[0]} {worst[1]!r} {worst[2] * 1000:.0f} ms")


if __name__ == "__main__":
    ap = argparse.ArgumentParser()
    ap.add_argument("--size", type=int, default=200_000)
    main(ap.parse_args().size)
