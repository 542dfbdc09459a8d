"""Which lines of a note are inside a code fence, for the readers that leave code as written
(normalize's rewrites, service_typos, search_headings): one definition, so they agree on
what a fence is. Outside studycli.notes: `search` reads it without importing the parser."""

from __future__ import annotations

import re

FENCE = re.compile(r"^\s*(```|~~~)")


def in_fence_mask(lines: list[str]) -> list[bool]:
    """For each line, whether it is a fence line or inside a fence."""
    mask, inside = [], False
    for line in lines:
        # most lines start with no backtick or tilde: skip the regex for them
        if line[:8].lstrip()[:3] in ("```", "~~~") and FENCE.match(line):
            mask.append(True)
            inside = not inside
            continue
        mask.append(inside)
    return mask


def fence_spans(lines: list[str]) -> list[tuple[int, int]]:
    """Each closed fence's opening and closing line, as in_fence_mask reads them."""
    spans, opened = [], None
    for k, line in enumerate(lines):
        if line[:8].lstrip()[:3] in ("```", "~~~") and FENCE.match(line):
            if opened is None:
                opened = k
            else:
                spans.append((opened, k))
                opened = None
    return spans
