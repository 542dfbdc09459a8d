"""Large notes made of the development notes (tests/data/*_notes), one per shape a student's
big export takes: markdown notes, bullet text, tables, prose, code-ish notes, and all of them
merged (a whole notebook exported as one file). Real lines, unlike bench/shapes.py's
generated ones: the rules meet what they meet in notes.

Each note is the shape's files one after the other, repeated until it reaches the size asked
for; every copy after the first is varied (its numbers shifted, its files in another order, a
few service names swapped) so that no line repeats and no cache of a line's reading sees the
same line twice, as in a real note. Deterministic (fixed seeds).

A file's shape is told by its non-blank lines: tables (a quarter of them table rows), code-ish
(a fifth of them in fences), prose (lines of 70 characters on average, under a fifth of them
list items), else markdown (a `.md` file) or bullet text (a `.txt` one). Only `.md` and `.txt`
files are used: other formats have converters, measured by bench/formats_worst.py. A file
that leaves a fence open at its end is closed; one that reads differently after another file
is left out (some 10% of them: front matter, an Anki export's header, a page's property
lines, all read as such only at a note's top).
"""

from __future__ import annotations

import random
import re
from collections.abc import Callable
from functools import partial
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
DATA = REPO / "tests" / "data"

_ITEM = re.compile(r"\s*(?:[-*+•▪◦o]|\d+[.)])\s")
_FENCE = re.compile(r"\s*(?:```|~~~)")
_NUMBER = re.compile(r"(?<![\w.])(\d{1,6})(?![\w.])")
# swapped pairwise in a varied copy (both ways), at word boundaries
_SWAPS = [("SQS", "SNS"), ("Lambda", "Fargate"), ("DynamoDB", "Aurora"), ("S3", "EFS"),
          ("Kinesis", "MSK"), ("CloudFront", "Global Accelerator"), ("EC2", "ECS")]


def _shape_of(path: Path, text: str) -> str | None:
    lines = [line for line in text.splitlines() if line.strip()]
    if not lines:
        return None
    n = len(lines)
    if sum(line.lstrip().startswith("|") or line.count("\t") >= 2 for line in lines) >= n / 4:
        return "tables"
    fenced, inside = 0, False
    for line in lines:
        if _FENCE.match(line):
            inside = not inside
            fenced += 1
        elif inside:
            fenced += 1
    if fenced >= n / 5:
        return "code-ish"
    items = sum(bool(_ITEM.match(line)) for line in lines)
    if items < n / 5 and sum(map(len, lines)) / n >= 70:
        return "prose"
    return "markdown" if path.suffix == ".md" else "bullet text"


# a file after which this is read as written leaves nothing open
_PROBE = "# Probe\n\n~~~\ncode\n~~~\n\n```\ncode\n```\n\n- probe item\n"


def _closed(text: str) -> str | None:
    """The text with what it leaves open closed (a fence, else a later file would be code),
    or None when no closer makes the file read the same before another file and the probe
    as alone, as ingest reads it (converted, normalised, then markdown-it): the file is left out.
    (A fence left open at a note's end is read as text, so the file's end alone cannot tell.)"""
    from studycli.formats import as_markdown
    from studycli.notes.blocks import to_blocks
    from studycli.notes.normalize import normalize

    def blocks(note: str) -> list[str]:
        normalized = normalize(as_markdown(note, ".md"))
        return [b.text for b in to_blocks(normalized.text, normalized.tables)[0]]

    alone = blocks(text)
    for closer in ("", "```", "~~~", "-->"):
        candidate = f"{text}\n{closer}\n" if closer else text
        once = blocks(candidate)
        if len(once) >= len(alone) and blocks(f"{candidate}\n\n{candidate}\n\n{_PROBE}") \
                == [*once, *once, *blocks(_PROBE)]:
            return candidate
    return None


def _sources() -> dict[str, list[str]]:
    """Each shape's texts, in file order. The held-out sets are not under tests/data."""
    out: dict[str, list[str]] = {}
    for path in sorted(DATA.glob("*_notes/**/*")):
        if not path.is_file() or path.suffix not in (".md", ".txt"):
            continue
        text = path.read_text(encoding="utf-8", errors="replace")
        shape = _shape_of(path, text)
        closed = _closed(text) if shape is not None else None
        if shape is not None and closed is not None:
            text = closed
            out.setdefault(shape, []).append(text.rstrip("\n") + "\n\n")
    out["merged"] = [t for texts in out.values() for t in texts]
    return out


def _varied(texts: list[str], copy: int) -> list[str]:
    if copy == 0:
        return texts
    rng = random.Random(copy)
    texts = texts[:]
    rng.shuffle(texts)
    swaps = dict(_SWAPS[i] for i in range(len(_SWAPS)) if rng.random() < 0.5)
    swaps.update({b: a for a, b in list(swaps.items())})
    swap = (re.compile(r"\b(?:" + "|".join(map(re.escape, swaps)) + r")\b") if swaps else None)

    def vary(text: str) -> str:
        text = _NUMBER.sub(lambda m: str(int(m.group(1)) + copy), text)
        return swap.sub(lambda m: swaps[m.group(0)], text) if swap else text
    return [vary(t) for t in texts]


_CACHE: dict[str, list[str]] = {}


def make(shape: str, size: int) -> str:
    """A note of at least `size` UTF-8 bytes of `shape`'s development notes."""
    if not _CACHE:
        _CACHE.update(_sources())
    parts: list[str] = []
    length, copy = 0, 0
    while length < size:
        for text in _varied(_CACHE[shape], copy):
            parts.append(text)
            length += len(text.encode())
            if length >= size:
                break
        copy += 1
    return "".join(parts)


# shape -> the suffix its note is saved with (as most of its files are)
SUFFIX = {"markdown": ".md", "bullet text": ".txt", "tables": ".md", "prose": ".txt",
          "code-ish": ".md", "merged": ".md"}
DEV_SHAPES: dict[str, Callable[[int], str]] = {name: partial(make, name) for name in SUFFIX}
