"""Prose: paragraphs hard-wrapped mid-sentence (lecture transcripts, copied docs).

Read sentence by sentence instead of line by line, so "The default TTL the console / suggests
for a record is 300 seconds." keeps its number with its subject, and a paragraph that opens
"Let's move on to Route 53." keeps Route 53 for the sentences after it.
"""

from __future__ import annotations

import re
from bisect import bisect_right

from studycli.notes.blocks import Block

_SENTENCE_END = re.compile(r"(?<=[.!?])\s+(?=[A-Z(\"'“])")


def prose_groups(blocks: list[Block]) -> list[list[int]]:
    """Runs of two or more lines joined by hard wraps, as block indexes in note order."""
    groups: dict[int, list[int]] = {}
    head_of: dict[int, int] = {}  # a wrapped line's paragraph head, found once per line
    for index, block in enumerate(blocks):
        if block.wrapped_from is None:
            continue
        before = block.wrapped_from  # always an earlier block: its head is known already
        head = head_of.get(before, before)
        head_of[index] = head
        groups.setdefault(head, [head]).append(index)
    return [sorted(g) for _, g in sorted(groups.items())]


def sentences(group: list[int], blocks: list[Block]) -> list[tuple[str, int]]:
    """(sentence, line it starts on) for a wrapped paragraph."""
    parts, offsets, lines = [], [], []
    length = 0
    for index in group:
        offsets.append(length)
        lines.append(blocks[index].line)
        parts.append(blocks[index].text + " ")
        length += len(parts[-1])
    joined = "".join(parts)
    out = []
    offset = 0
    for piece in _SENTENCE_END.split(joined):
        at = joined.find(piece, offset)
        offset = at + len(piece)
        # the line the sentence starts on: the last line starting at or before it
        k = bisect_right(offsets, at) - 1
        line = lines[k] if k >= 0 else lines[0]
        if piece.strip():
            out.append((piece.strip(), line))
    return out
