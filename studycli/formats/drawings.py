"""What a plain or markdown note draws in text rather than writes, read as what it means:
boxed panels (formats/panels.py), trees (formats/trees.py), labelled arrows
(formats/arrows.py) and tables lined up with spaces or kept in two columns
(formats/aligned.py); tables drawn with box characters or "+---+" borders are read after these
(formats/box_tables.py). Line for line: each fact cites the line the student drew it on.

A drawing is often kept in a code fence so that it keeps its spacing. A fence with no
language (or "text", "txt", "ascii", "plain") that holds nothing but drawing (trees, arrows,
boxes, connectors) is read as the drawing it holds, its fence lines blanked; a fence of code,
or of a drawing mixed with other text, stays code.
"""

from __future__ import annotations

import re

from studycli.fences import in_fence_mask
from studycli.formats.aligned import aligned_to_markdown
from studycli.formats.arrows import arrow_statements, arrows_to_markdown
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
    out = [_banner(line) for line in lines]
    out = _unfence_drawings(out)
    out = panels_to_markdown(out)
    fenced = in_fence_mask(out)
    out = [("" if not fenced[k] and _VERTICAL_ONLY.match(line) else line)
           for k, line in enumerate(out)]  # "|" joining two drawn lines: no words
    out = trees_to_markdown(out, fenced)
    out = arrows_to_markdown(out, fenced)
    return aligned_to_markdown(out, fenced)


def _banner(line: str) -> str:
    banner = _TILDE_BANNER.match(line) if "~~" in line else None
    return " ".join(f"{banner['title']} {banner['rest']}".split()) if banner else line


def _unfence_drawings(lines: list[str]) -> list[str]:
    out = list(lines)
    i = 0
    while i < len(lines):
        opened = _OPEN.match(lines[i])
        if not opened:
            i += (1 if not in_fence_start(lines[i]) else _skip_fence(lines, i))
            continue
        mark = opened.group(1)
        end = next((j for j in range(i + 1, len(lines))
                    if lines[j].strip().startswith(mark[0] * len(mark))
                    and not lines[j].strip().strip(mark[0])), None)
        if end is None:
            break
        inside = lines[i + 1:end]
        if any(x.strip() for x in inside) and all(
                _drawn(inside, j) for j in range(len(inside)) if inside[j].strip()):
            out[i] = out[end] = ""
            for j in range(i + 1, end):
                if _CONNECTOR.match(lines[j]):
                    out[j] = ""  # "|" between two boxes: no words
        i = end + 1
    return out


def in_fence_start(line: str) -> bool:
    return line.lstrip()[:3] in ("```", "~~~")


def _skip_fence(lines: list[str], i: int) -> int:
    """How many lines from `i` (a fence of code opening) to past its end."""
    mark = lines[i].lstrip()[:3]
    for j in range(i + 1, len(lines)):
        if lines[j].lstrip().startswith(mark):
            return j + 1 - i
    return len(lines) - i


def _drawn(inside: list[str], j: int) -> bool:
    """Whether line `j` of a fence is drawing: a box's or a tree's line, an arrow, a connector,
    or the root of the tree drawn under it."""
    line = inside[j]
    return bool(_BOX_CHARS.search(line) or _CONNECTOR.match(line) or is_branch(line)
                or _ASCII_BOX.match(line) or arrow_statements(line)
                or (j + 1 < len(inside) and is_branch(inside[j + 1])))
