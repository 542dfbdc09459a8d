"""Prose: paragraphs hard-wrapped mid-sentence (lecture transcripts, copied docs).

Read sentence by sentence instead of line by line, so "The default TTL the console / suggests
for a record is 300 seconds." keeps its number with its subject, and a paragraph that opens
"Let's move on to Route 53." keeps Route 53 for the sentences after it.
"""

from __future__ import annotations

import re

from studycli.notes.blocks import Block

_SENTENCE_END = re.compile(r"(?<=[.!?])\s+(?=[A-Z(\"'“])")


def prose_groups(blocks: list[Block]) -> list[list[int]]:
    """Runs of two or more lines joined by hard wraps, as block indexes in note order."""
    groups: dict[int, list[int]] = {}
    for index, block in enumerate(blocks):
        if block.wrapped_from is None:
            continue
        head = block.wrapped_from
        while blocks[head].wrapped_from is not None:
            head = blocks[head].wrapped_from
        groups.setdefault(head, [head]).append(index)
    return [sorted(g) for _, g in sorted(groups.items())]


def sentences(group: list[int], blocks: list[Block]) -> list[tuple[str, int]]:
    """(sentence, line it starts on) for a wrapped paragraph."""
    joined, starts = "", []
    for index in group:
        starts.append((len(joined), blocks[index].line))
        joined += blocks[index].text + " "
    out = []
    offset = 0
    for piece in _SENTENCE_END.split(joined):
        at = joined.find(piece, offset)
        offset = at + len(piece)
        line = max((ln for start, ln in starts if start <= at), default=starts[0][1])
        if piece.strip():
            out.append((piece.strip(), line))
    return out
