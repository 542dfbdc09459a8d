"""Boxes of one column drawn around lines of a plain note: a "KEY NUMBERS" panel, a boxed
set of `key: value` lines, a banner.

    ╔════════════ KEY NUMBERS (S3) ════════════╗      +-- CloudTrail --------------+
    ║  max object size ............ 5 TB       ║      | event history: 90 days     |
    ║  max single PUT ............. 5 GB       ║      | trails per region: 5       |
    ╚══════════════════════════════════════════╝      +----------------------------+

Read as written, the borders are text: `| a | ` lines are a pipe table whose first line is
its header (the panel's first figure the subject of the others), and the panel's title is a
rule's words. Here a panel's lines become list items, one a line, under its title as an item
of its own (the title written in the top border, or, where the border holds none, a first
line that states no figure and names what the lines below describe, "GUARDDUTY"): the lines
are about what the title names, and the nesting keeps that to the box (a heading would run on
over the lines after it), a leader of dots between a name and its figure a colon ("size
...... 5 TB" is "size: 5 TB"). A line indented deeper than the panel's lines, or after a line that
ends in a comma, continues the line above and is joined to it. A box whose sides are not all
drawn (a diagram's frame around arrows), or whose top has a column's junction (a table:
formats/box_tables.py), is left as it is; so is a box of one line with no title (a banner).
"""

from __future__ import annotations

import re

# a top border with or without a title in it: light, heavy, double or rounded corners, "+"
# with "-" or "=", and a row of asterisks
_TOP = re.compile(
    r"^(?P<indent>\s*)(?:(?P<uc>[┌┏╔╒╓╭])[─━═\s]*(?P<ut>[^─━═┬┳╦╤╥┯┰\s](?:.*?[^─━═\s])?)?"
    r"[─━═\s]*[┐┓╗╕╖╮]"
    r"|(?P<ac>\+)[-=\s]*(?P<at>[^-=+\s](?:.*?[^-=\s])?)?[-=\s]*\+"
    r"|(?P<star>\*{8,}))\s*$")
_BOTTOM = re.compile(r"^\s*(?:[└┗╚╘╙╰][─━═\s]*[┘┛╝╛╜╯]|\+[-=]{3,}\+|\*{8,})\s*$")
_SIDES = {"uc": "│┃║", "ac": "|", "star": "*"}
_FIGURE = re.compile(r"\d")
_LEADER = re.compile(r"\.{3,}|:\s")  # "size ..... 5 TB", "key: value": a figure's line
# a leader between a name and its figure ("max object size ...... 5 TB"): the parser reads
# "max object size: 5 TB" as a figure of what it names, and the dots as no words
LEADER = re.compile(r"(?<=\S)(?:\s*(?:\.{3,}|…+|·{3,})|\s+\.\.)\s*(?=\S)")
_WRAPS = re.compile(r"[,&/(]$|\b(?:and|or|then|to|of|per)$")  # a line cut mid-phrase


def panels_to_markdown(lines: list[str], fenced: list[bool]) -> list[str]:
    """`lines` with every panel outside a code fence (`fenced`: fences.in_fence_mask)
    rewritten as list items, line for line."""
    out = list(lines)
    i = 0
    while i < len(lines):
        top = None if fenced[i] else _TOP.match(lines[i])
        end = _read_panel(lines, i, top, out) if top else None
        i = (end if end is not None else i) + 1
    return out


def _read_panel(lines: list[str], start: int, top: re.Match[str], out: list[str]) -> int | None:
    kind = next(k for k in _SIDES if top.group(k))
    sides = _SIDES[kind]
    title = (top.group("ut") or top.group("at") or "").strip()
    rows: list[tuple[int, str]] = []
    k = start + 1
    while k < len(lines) and not _BOTTOM.match(lines[k]):
        text = lines[k].strip()
        if len(text) < 2 or text[0] not in sides or text[-1] not in sides:
            return None  # a side left open: a diagram's frame, not a panel
        inner = text[1:-1]
        if kind != "star" and any(c in inner for c in sides):
            return None  # a column drawn inside: a table
        rows.append((k, inner))
        k += 1
    if k == len(lines) or not rows or (kind == "ac" and _BOTTOM.match(lines[k]) is None):
        return None
    texts = [r for r in rows if r[1].strip()]
    if not texts or not title and len(texts) == 1:
        return None  # a banner ("│ EXAM NOTES │") reads as written
    for j in range(start, k + 1):
        out[j] = ""
    if not title and len(texts) > 2 and _names_the_rest(texts[0][1]):
        title, texts = " ".join(texts[0][1].split()), texts[1:]
        start = rows[0][0]
    if title:
        out[start] = "- " + title
    depth = "  " if title else ""
    base = min(len(t) - len(t.lstrip()) for _, t in texts)
    item: int | None = None
    for line, inner in texts:
        words = LEADER.sub(": ", " ".join(inner.split()))
        indent = len(inner) - len(inner.lstrip())
        if item is not None and (indent > base or _WRAPS.search(out[item])):
            out[item] += " " + words  # a line wrapped inside the box
            continue
        out[line] = f"{depth}- {words}"
        item = line
    return k


def _names_the_rest(text: str) -> bool:
    """Whether a panel's first line is its heading: a few words stating no figure."""
    words = text.split()
    return 0 < len(words) <= 5 and not _FIGURE.search(text) and not _LEADER.search(text)
