"""A slide deck saved as plain text (Google Slides' or PowerPoint's "download as text"), line
for line: each slide a block of lines, its title first and its page number last.

    Health checks (ALB target group defaults)
    interval 30 sec
    timeout 5 sec
    6

Read as plain text, a slide's lines were one paragraph of the deck's first heading: its title
was no heading (the facts under "Cooldown" were not of a cooldown) and a line that runs on
into the next ("GWLB - layer 3, GENEVE protocol" over "on port 6081", "Default cooldown" over
"300 seconds") was read as two thoughts, the second of no subject. Here a slide's title is a
heading, its number is blank, each of its lines a list item, and a line that continues the one
above it (it opens with a number, a bound or a preposition under a short label, or the line
above ends on a word that needs more) is joined to that line, the line it was on left blank.
"""

from __future__ import annotations

import re

_NUMBER = re.compile(r"^\s*\d{1,3}\s*$")
_ITEM = re.compile(r"^\s*(?:[-*•–]|\d{1,2}[.)])\s+")
# a line ending on one of these words needs the next one ("the app sees client IP in")
_OPEN_END = re.compile(r"(?:\b(?:in|on|at|of|to|for|with|by|via|from|the|a|an|and|or|is|are|"
                       r"than|per)|[=+,(])\s*$", re.IGNORECASE)
# a line opening on one of these continues the one above ("on port 6081", "< 30 seconds")
_CONTINUES = re.compile(r"^(?:(?:on|in|at|of|to|for|with|by|via|from|and|or|under|within|than)"
                        r"\b|[<>~≤≥(])", re.IGNORECASE)
# a short label's value on the next line ("Default" over "300 seconds", "replication lag" over
# "under 1 second")
_VALUE = re.compile(r"^(?:\d|(?:default|max|min|up to|under|over|about|between)\b)",
                    re.IGNORECASE)
MIN_SLIDES = 3


def slide_blocks(lines: list[str]) -> list[tuple[int, int]]:
    """The (first, last) line indexes of each block of lines between blank lines."""
    blocks, start = [], None
    for i, line in enumerate([*lines, ""]):
        if line.strip() and start is None:
            start = i
        elif not line.strip() and start is not None:
            blocks.append((start, i - 1))
            start = None
    return blocks


def is_slide_deck(lines: list[str]) -> bool:
    """Whether most blocks of `lines` end in their page number, counting up (3 at least)."""
    blocks = slide_blocks(lines)
    numbered, last = 0, 0
    for first, end in blocks:
        if end > first and _NUMBER.match(lines[end]) and int(lines[end]) > last:
            numbered += 1
            last = int(lines[end])
    return numbered >= MIN_SLIDES and numbered * 5 >= len(blocks) * 3


def slides_to_markdown(lines: list[str]) -> list[str]:
    out = list(lines)
    for first, end in slide_blocks(lines):
        if not (end > first and _NUMBER.match(lines[end])):
            continue
        out[end] = ""
        out[first] = "## " + lines[first].strip()
        held = None  # the line index of the item the next line may continue
        nest = ""  # under a label ending in ":" ("Cross-zone LB:"), the slide's rest is nested
        for k in range(first + 1, end):
            text = lines[k].strip()
            if held is not None and _continues(out[held], text):
                out[held] = out[held] + " " + text
                out[k] = ""
                continue
            out[k] = nest + (text if _ITEM.match(text) else "- " + text)
            held = k
            if not nest and text.endswith(":") and len(text.split()) <= 5:
                nest, held = "  ", None
    return out


def _continues(above: str, text: str) -> bool:
    label = _ITEM.sub("", above, count=1)
    # a label is a few words, no number, no statement of its own ("a -> b", "x = y", "a / b")
    short_label = len(label.split()) <= 3 and not any(c.isdigit() or c in "=>/:;,.()"
                                                     for c in label)
    return bool(_OPEN_END.search(label) or _CONTINUES.match(text)
                or short_label and _VALUE.match(text))
