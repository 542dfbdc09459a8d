"""Where parsing time goes, by stage, per note shape: normalising the text and building blocks
(studycli/notes, with markdown-it inside to_blocks) against reading facts out of them
(studycli/extract). CPU seconds of this process; a stage's share says which code a faster
parse of that shape has to come from. Prints figures; not a test.

    python bench/parse_split.py [SIZE_MB]
"""

from __future__ import annotations

import sys
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))
sys.path.insert(0, str(REPO / "bench"))

from shapes import SHAPES  # noqa: E402

from studycli.extract import parse_note, pipeline  # noqa: E402

spent: dict[str, float] = {}


def _timed(stage: str, fn):
    def run(*args, **kwargs):
        start = time.process_time()
        try:
            return fn(*args, **kwargs)
        finally:
            spent[stage] = spent.get(stage, 0.0) + time.process_time() - start
    return run


def main() -> None:
    size = int(float(sys.argv[1] if len(sys.argv) > 1 else 0.25) * 1_000_000)
    pipeline.normalize = _timed("normalize", pipeline.normalize)
    blocks = pipeline.to_blocks
    pipeline.to_blocks = _timed("blocks", blocks)
    import studycli.notes.blocks as notes_blocks

    md_for = notes_blocks._markdown_for

    class Timed:
        """The parser with its parse timed; every other attribute its own (to_blocks reads
        its rules too)."""

        def __init__(self, md) -> None:
            self._md = md
            self.parse = _timed("markdown-it", md.parse)

        def __getattr__(self, name: str):
            return getattr(self._md, name)

    def markdown_for(text):
        return Timed(md_for(text))

    notes_blocks._markdown_for = markdown_for
    parse_note("## SQS\n- max message size 256 KB\n", "warm.md")
    print(f"{'shape':18s} {'MB/s':>6s} {'normalize':>10s} {'markdown-it':>12s} "
          f"{'blocks':>7s} {'extract':>8s}")
    for name, make in SHAPES.items():
        text = make(size)
        spent.clear()
        start = time.process_time()
        parse_note(text, "bench.md")
        total = time.process_time() - start
        md = spent.get("markdown-it", 0.0)
        own_blocks = spent.get("blocks", 0.0) - md
        extract = total - spent.get("normalize", 0.0) - spent.get("blocks", 0.0)
        share = [spent.get("normalize", 0.0), md, own_blocks, extract]
        print(f"{name:18s} {len(text.encode()) / 1e6 / total:6.2f} " + " ".join(
            f"{100 * s / total:9.0f}%" for s in share[:1]) + f" {100 * md / total:11.0f}%"
            f" {100 * own_blocks / total:6.0f}% {100 * extract / total:7.0f}%", flush=True)


if __name__ == "__main__":
    main()
