"""What a plain or markdown note draws in text rather than writes, read as what it means:
boxed panels (formats/panels.py), trees (formats/trees.py), labelled arrows
(formats/arrows.py) and tables lined up with spaces or kept in two columns
(formats/aligned.py); tables drawn with box characters or "+---+" borders are read after these
(formats/box_tables.py). Line for line: each fact cites the line the student drew it on.

A drawing is often kept in a code fence so that it keeps its spacing. A fence with no
language (or "text", "txt", "ascii", "plain") that holds nothing but drawing (trees, arrows,
boxes, connectors, a card's rows set with dot leaders: formats/leaders.py) is read as the
drawing it holds, its fence lines blanked, where the readers
rewrite all of it; a fence of code, of a drawing mixed with other text, or of a drawing no
reader rewrites whole (boxes side by side, whose rows read as prose would cross from box to
box: "29 s max  15 min max  400 KB item") stays code. What a fence is, fences.py says.
"""

from __future__ import annotations

import re

from studycli.fences import fence_spans, in_fence_mask
from studycli.formats.aligned import aligned_to_markdown
from studycli.formats.arrows import arrow_statements, arrows_to_markdown
from studycli.formats.box_tables import box_tables_to_markdown
from studycli.formats.leaders import card_rows, leaders_to_colons
from studycli.formats.panels import panels_to_markdown
from studycli.formats.trees import is_branch, trees_to_markdown

_OPEN = re.compile(r"^\s*(```+|~~~+)\s*(?:text|txt|ascii|plain|diagram)?\s*$", re.IGNORECASE)
_BOX_CHARS = re.compile(r"[─━═│┃║┌┐└┘├┤┬┴┼┏┓┗┛┣┫┳┻╋╔╗╚╝╠╣╦╩╬╭╮╯╰]")
_CONNECTOR = re.compile(r"^[\s|│┃v^▲▼↓↑]*$")  # a line that only joins the lines around it
_VERTICAL_ONLY = re.compile(r"^\s*[|│┃]\s*$")
_ASCII_BOX = re.compile(r"^\s*[+|*].*[+|*]\s*$")


# a title between runs of tildes ("~~~ MESSAGING: SQS / SNS ~~~"): a banner, though markdown
# reads a tilde fence's opening there (its info string may hold tildes) and the whole note
# below it as code
_TILDE_BANNER = re.compile(r"^\s*~{3,}\s*(?P<title>[^~\s][^~]*?)\s*~{2,}(?P<rest>.*)$")


def drawings_to_markdown(lines: list[str]) -> list[str]:
    banners = [_banner(line) for line in lines]
    out, blocks = _unfence_drawings(banners)
    out = _read_drawings(out)
    for i, end in blocks:  # a drawing no reader rewrote whole (boxes side by side) is kept
        if _left_drawn(out[i:end + 1]):  # as code: its rows read as prose cross its boxes
            out[i:end + 1] = banners[i:end + 1]
    return out


def _read_drawings(out: list[str]) -> list[str]:
    fenced = in_fence_mask(out)  # a panel's rewrite adds and removes no fence line
    out = panels_to_markdown(out, fenced)
    out = leaders_to_colons(out, fenced)  # a card's "name ...... figure" rows
    out = [("" if not fenced[k] and _VERTICAL_ONLY.match(line) else line)
           for k, line in enumerate(out)]  # "|" joining two drawn lines: no words
    out = trees_to_markdown(out, fenced)
    out = arrows_to_markdown(out, fenced)
    return aligned_to_markdown(out, fenced)


def _banner(line: str) -> str:
    banner = _TILDE_BANNER.match(line) if "~~" in line else None
    return " ".join(f"{banner['title']} {banner['rest']}".split()) if banner else line


# what is left of a drawing once read: a box character or an ASCII box's border
_DRAWN_LEFT = re.compile(_BOX_CHARS.pattern + r"|\+[-=]{3,}|[-=]{3,}\+")


def _left_drawn(block: list[str]) -> bool:
    """Whether a drawing's lines, read by every drawing reader, still hold drawing: the
    tables drawn with box characters are read after this module, so they are read here."""
    return any(_DRAWN_LEFT.search(line) for line in box_tables_to_markdown(block))


def _unfence_drawings(lines: list[str]) -> tuple[list[str], list[tuple[int, int]]]:
    """`lines` with each fence that holds only drawing opened, and where those fences are
    (their opening and closing lines)."""
    out = list(lines)
    blocks = []
    for i, end in fence_spans(lines):
        if not _OPEN.match(lines[i]):
            continue  # a fence of code ("```python")
        inside = lines[i + 1:end]
        card = card_rows(inside)  # a card set with dot leaders is kept in a fence to line up
        if any(x.strip() for x in inside) and all(
                j in card or _drawn(inside, j) for j in range(len(inside)) if inside[j].strip()):
            out[i] = out[end] = ""
            blocks.append((i, end))
            for j in range(i + 1, end):
                if _CONNECTOR.match(lines[j]):
                    out[j] = ""  # "|" between two boxes: no words
    return out, blocks


def _drawn(inside: list[str], j: int) -> bool:
    """Whether line `j` of a fence is drawing: a box's or a tree's line, an arrow, a connector,
    or the root of the tree drawn under it."""
    line = inside[j]
    return bool(_BOX_CHARS.search(line) or _CONNECTOR.match(line) or is_branch(line)
                or _ASCII_BOX.match(line) or arrow_statements(line)
                or (j + 1 < len(inside) and is_branch(inside[j + 1])))
