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
# a value alone on its line ("500", "15 minutes"): the label above it is its name, however long
_BARE_VALUE = re.compile(r"^\d[\d,.]*\s*[A-Za-z%]*$")
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


def deck_slides(lines: list[str]) -> list[tuple[int, int]]:
    """The blocks of `lines` that are slides, or [] when `lines` is no slide deck.

    A slide is a title, a body and its page number (three lines at least), and the pages count
    up one by one from 1 or 2 (a title slide may go unnumbered): evidence a hand-written note
    never has. A note of question-then-answer blocks ("Max VPCs per region" over "5", "Subnets
    per VPC" over "200") ends each block in a number too, but its numbers do not count 1, 2,
    3 and its blocks are two lines: its answers are no page numbers to erase."""
    blocks = slide_blocks(lines)
    slides: list[tuple[int, int]] = []
    page = 0  # the last page number read
    for first, end in blocks:
        if not _NUMBER.match(lines[end]):
            continue
        number = int(lines[end])
        if end - first < 2:
            # a title and a number only ("Questions?" over "27") may be a title-only slide:
            # it keeps the count going, its number is left as written (it may be an answer)
            if slides and number == page + 1:
                page = number
            continue
        if number != (page + 1 if slides else number if number in (1, 2) else -1):
            return []
        slides.append((first, end))
        page = number
    if len(slides) < MIN_SLIDES or len(slides) * 5 < len(blocks) * 3:
        return []
    return slides


def is_slide_deck(lines: list[str]) -> bool:
    """Whether most blocks of `lines` are slides whose page numbers count up (3 at least)."""
    return bool(deck_slides(lines))


def slides_to_markdown(lines: list[str]) -> list[str]:
    out = list(lines)
    for first, end in deck_slides(lines):
        out[end] = ""
        out[first] = "## " + lines[first].strip()
        # the item the next line may continue: its line index and its pieces, joined once at
        # its end (a slide of 2,000 run-on lines is read in linear time)
        held: int | None = None
        pieces: list[str] = []
        nest = ""  # under a label ending in ":" ("Cross-zone LB:"), the slide's rest is nested
        for k in range(first + 1, end):
            text = lines[k].strip()
            if held is not None and _continues(pieces, text):
                pieces.append(text)
                out[k] = ""
                continue
            if held is not None:
                out[held] = " ".join(pieces)
            item = nest + (text if _ITEM.match(text) else "- " + text)
            held, pieces = k, [item]
            if not nest and text.endswith(":") and len(text.split()) <= 5:
                nest = "  "
                out[held], held = item, None
        if held is not None:
            out[held] = " ".join(pieces)
    return out


def _continues(pieces: list[str], text: str) -> bool:
    last = _ITEM.sub("", pieces[-1].strip(), count=1) if len(pieces) == 1 else pieces[-1]
    if _OPEN_END.search(last) or _CONTINUES.match(text):
        return True
    if len(pieces) > 3:  # a label is a few words: a long run-on line is none
        return False
    label = _ITEM.sub("", " ".join(pieces).strip(), count=1)
    if any(c.isdigit() for c in label):
        return False
    # a label is a few words, no number, no statement of its own ("a -> b", "x = y", "a / b")
    short_label = len(label.split()) <= 3 and not any(c in "=>/:;,.()" for c in label)
    return bool(short_label and _VALUE.match(text) or len(pieces) == 1 and _BARE_VALUE.match(text))
