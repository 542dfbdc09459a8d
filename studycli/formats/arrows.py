"""Architecture arrows drawn in a plain line, their labels read as statements of the two things
they join, as the diagram readers write a drawn arrow (formats/diagram_lines.py).

    Client --(sync, 29s max)--> API GW --(proxy integ)--> Lambda
    App ==[ PutRecords: 500 records per call ]==> Kinesis
    [ NAT GW ] <--(0.0.0.0/0)-- private subnet

Read as written, the dashes and brackets are words and the label's figure is the line's
first service's, whichever that is. Here a line with a labelled arrow becomes one item,
"- Client -> API GW: sync, 29s max; API GW -> Lambda: proxy integ", each labelled arrow a
statement of its two ends (a reversed arrow, "<--(...)--", turned round): the parser reads
an edge's label as about the ends it names, as it reads a draw.io arrow's. A line whose
arrows have no label is left as written ("cache miss -> DB" is prose), and so is one whose
target runs on past its name ("--(29 s timeout)--> Lambda (15 min max)", "--> Lambda: batch
size up to 10,000"): those words are the target's, and a label put after them would be read
as theirs.
"""

from __future__ import annotations

import re

_SHAFT = r"[-─━=]"
# an arrow: a shaft with a label in it, "(...)", "[...]" or " words " between two runs of
# dashes, and a head at one end ("-->", "──▶", "==>", or "<--" at the start)
_ARROW = re.compile(
    rf"(?P<back><)?{_SHAFT}{{2,}}\s*(?:\((?P<paren>[^()]*(?:\([^()]*\)[^()]*)*)\)"
    rf"|\[(?P<bracket>[^\[\]]+)\]|(?<=\s)(?P<words>\w(?:(?!--)[^─━=<>()\[\]])*?)(?=\s))\s*"
    rf"{_SHAFT}{{2,}}(?P<head>[>▶►→])?"
    rf"|(?P<bare><)?{_SHAFT}{{2,}}(?P<barehead>[>▶►→])")
_NODE_BRACKETS = re.compile(r"^\[\s*(.*?)\s*\]$")
_BORDER = re.compile(r"[-─━=]{3,}|^[+|]$")
_DANGLING = re.compile(r"^\s*[+|`]?-{2,}\((.+)\)\s*$")
_ITEM = re.compile(r"^\s*([-*+]\s+)?")
# a node that runs on past its name: a clause, a parenthesis or a dash of its own after it
_RUNS_ON = re.compile(r"[:,;(]| - ")


def arrows_to_markdown(lines: list[str], fenced: list[bool] | None = None) -> list[str]:
    """`lines` with each line of labelled arrows (outside a fence) as one item of statements."""
    out = list(lines)
    for k, line in enumerate(lines):
        if (fenced and fenced[k]) or "--" not in line and "──" not in line \
                and "==" not in line and "━━" not in line or "<!--" in line:
            continue  # (an HTML comment's "<!--" and "-->" are no arrows)
        dangling = _DANGLING.match(line)
        if dangling:  # a labelled shaft off the box above ("+--(throttle: 10,000 rps)")
            out[k] = "- " + " ".join(dangling.group(1).split())
            continue
        item = _ITEM.match(line)
        lead = item.group(0) if item else ""
        said = arrow_statements(line[len(lead):])
        if said:  # an item stays one at its depth; a line becomes one
            out[k] = (lead if item and item.group(1) else "- ") + "; ".join(said)
    return out


def arrow_statements(line: str) -> list[str]:
    """The statements of a line's labelled arrows ("A -> B: label"), or [] when it has none
    (an arrow with no head either way is a rule or a dash, not an arrow)."""
    arrows = [m for m in _ARROW.finditer(line)
              if m.group("head") or m.group("back") or m.group("barehead") or m.group("bare")]
    labelled = [m for m in arrows if m.group("paren") or m.group("bracket") or m.group("words")]
    if not labelled:
        return []
    nodes, at = [], 0
    for m in arrows:
        nodes.append(_node(line[at:m.start()]))
        at = m.end()
    nodes.append(_node(line[at:]))
    if any(_BORDER.search(node) for node in nodes):
        return []  # an arrow into a drawn box ("---> +-------+"): a diagram, not a statement
    if any(_RUNS_ON.search(node) for node in nodes[1:]):
        return []  # words after a target ("--> Lambda (15 min max)", "--> Lambda: batch size
        # up to 10,000") are its own: the label put after them would take their figures
    said = []
    for j, m in enumerate(arrows):
        label = " ".join((m.group("paren") or m.group("bracket") or m.group("words") or "").split())
        ends = (nodes[j + 1], nodes[j]) if m.group("back") or m.group("bare") else (
            nodes[j], nodes[j + 1])
        named = " -> ".join(e for e in ends if e)
        if not label:  # "SNS topic ==> SQS queue A" among labelled arrows: its words kept
            if all(ends):
                said.append(named)
            continue
        said.append(f"{named}: {label}" if named else label)
    return said


def _node(text: str) -> str:
    text = " ".join(text.split()).strip(" |+`\\/")  # a connector's corner is no name
    bracketed = _NODE_BRACKETS.match(text)
    return bracketed.group(1) if bracketed else text
