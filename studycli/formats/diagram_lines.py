"""What the diagram readers (Excalidraw, draw.io, Mermaid flowcharts) write of a drawing's
boxes and arrows: the lines of a box's text as list items, an arrow's label as a statement
joining the two boxes it binds, and the whole read spread out (formats/spread.py), each line
cited on the line of the file that holds its text.

A box's first line is an item and its other lines items under it ("Lambda" > "timeout max
15 min"): a box's lines are about what its first line names, and the nesting keeps that to
the box (a heading would have run on over the next box's lines). An arrow's label says how
the two boxes relate: "S3 -> Lambda: invokes (async)".
"""

from __future__ import annotations

import re

from studycli.formats.spread import SpreadLines

# a number a label states: not the digit of a name ("EC2", "S3", "Route 53" aside)
_STATES_NUMBER = re.compile(r"(?<![A-Za-z\d])\d")
_NUMBER_ON = re.compile(r"\d.*")  # a label from its first number on


def end_name(label: str) -> str:
    """What an edge's statement calls a box it joins: its label's first line, or where that
    states a number of its own ("SQS max message 256 KB"), only the services it names ("SQS"):
    the label's number is the box's own item, and said again beside the edge's it was filed
    under the other end's service ("Lambda timeout 15 min" under SQS)."""
    label = next((x.strip() for x in label.split("\n") if x.strip()), "")
    if not _STATES_NUMBER.search(label):
        return label
    from studycli.services import find_services

    names = [label[m.start:m.end] for m in find_services(label)]
    return " ".join(dict.fromkeys(names)) or _NUMBER_ON.sub("", label).strip()


def text_lines(text: str) -> list[str]:
    """A box's text as its lines, each stripped, blank ones left out."""
    return [" ".join(x.split()) for x in text.split("\n") if x.strip()]


def box_items(text: str, depth: int = 0) -> list[str]:
    """A box's lines as list items: its first line at `depth`, the others under it."""
    lines = text_lines(text)
    return [f"{'  ' * (depth + (k > 0))}- {line}" for k, line in enumerate(lines)]


def edge_item(ends: tuple[str | None, str | None], label: str, depth: int = 0) -> str:
    """An arrow's label as a statement of the boxes it joins ("- S3 -> Lambda: invokes
    (async)"), at `depth` (an arrow inside a container: under it, as its boxes are); an end
    that binds no box is left out ("- SQS: polled by consumers")."""
    said = " -> ".join(name for name in (end_name(e or "") for e in ends) if name)
    label = " ".join(label.split())
    return f"{'  ' * depth}- {said}: {label}" if said else f"{'  ' * depth}- {label}"


def spread_out(found: list[tuple[int, list[str]]], in_order: bool = False) -> SpreadLines:
    """(file line, markdown lines) of each box, arrow and page as one note, in the file's
    order (or, `in_order`, in the order given), each line cited on the file line that holds
    its text; a blank line before a heading."""
    out: list[str] = []
    at: list[int] = []
    for line, pieces in (found if in_order else sorted(found, key=lambda item: item[0])):
        if out and pieces and pieces[0].startswith("#"):
            pieces = ["", *pieces, ""]
        out.extend(pieces)
        at.extend([line] * len(pieces))
    return SpreadLines(out, at)
