"""Mermaid mind maps and timelines in a note, as the nested lists they draw, line for line.

    ```mermaid
    mindmap
      root((S3))
        Objects
          max object size 5 TB
    ```

In a code fence, a diagram is code: the parser read none of it, and a student who keeps a
service's facts in a mind map's nodes lost them all. A mind map's nodes are an outline (its
indentation is the tree), a timeline's periods hold its events: here each node is a list item
on its line, nested as in the map ("S3" > "Objects" > "max object size 5 TB": the facts
under a node are of it), and each event an item under its period ("2020: Snowcone launched").
A node's shape ("root((S3))", "id[text]", "id{{text}}") is drawing, not text; an icon or a
class (`::icon(fa fa-book)`, `:::urgent`) says nothing. The fences go; other diagrams are
left as they are here (formats.as_markdown, before the note is normalised).

A flowchart's node labels are read later, by notes/normalize.py, at the step it always has
(flowchart_labels_to_items): each a list item on its line.
"""

from __future__ import annotations

import re

from studycli.fences import FENCE
from studycli.formats.diagram_lines import end_name

_OPEN = re.compile(r"^\s*(`{3,}|~{3,})\s*mermaid\s*$", re.IGNORECASE)
_KINDS = ("mindmap", "timeline")
# a node's text in its shape: id((text)), id(text), id[text], id))text((, id)text(, id{{text}}
_SHAPED = re.compile(r"^[\w-]*(\(\(|\)\)|\{\{|\[|\(|\))(.*?)(\)\)|\(\(|\}\}|\]|\)|\()$")
_ICON = re.compile(r"^::icon\(.*\)$")
_CLASS = re.compile(r"\s*:::[\w\s-]*$")
# a colon between a period and its events, spaced ("re:Invent" is one word)
_EVENT_COLON = re.compile(r"\s+:\s*|^:\s*|:\s+")
_TITLE = re.compile(r"^(title|section)\s+(.*)$", re.IGNORECASE)



def mermaid_to_markdown(lines: list[str]) -> list[str]:
    out = list(lines)
    i = 0
    while i < len(lines):
        opened = _OPEN.match(lines[i])
        kind = _kind(lines, i + 1) if opened else None
        if opened is None or kind is None:
            i += 1
            continue
        fence = opened.group(1)
        end = i + 1
        while end < len(lines) and not lines[end].strip().startswith(fence):
            end += 1
        if end == len(lines):
            return out  # an unclosed fence: the rest of the note is not the diagram's
        body = range(i + 1, end)
        items = _mindmap(lines, body) if kind == "mindmap" else _timeline(lines, body)
        for k in range(i, end + 1):
            out[k] = items.get(k, "")
        i = end + 1
    return out


def _kind(lines: list[str], start: int) -> str | None:
    """The kind of diagram whose first line (after blank and `%%` comment lines) is at or
    after `start`, if it is one read here."""
    for line in lines[start:start + 20]:
        word = line.strip().lower()
        if word and not word.startswith("%%") and not word.startswith("---"):
            return word if word in _KINDS else None
    return None


def _label(text: str) -> str:
    text = _CLASS.sub("", text.strip())
    if _ICON.match(text):
        return ""
    shaped = _SHAPED.match(text)
    if shaped:
        text = shaped.group(2)
    return text.strip().strip('"`').strip()


def _mindmap(lines: list[str], body: range) -> dict[int, str]:
    items: dict[int, str] = {}
    indents: list[int] = []  # the indentation of each open level of the tree
    header_seen = False
    for k in body:
        line = lines[k].expandtabs(4)
        if not line.strip() or line.strip().startswith("%%"):
            continue
        if not header_seen:
            header_seen = True  # the "mindmap" line
            continue
        label = _label(line)
        if not label:
            continue
        indent = len(line) - len(line.lstrip())
        while indents and indents[-1] >= indent:
            indents.pop()
        items[k] = "  " * len(indents) + "- " + label
        indents.append(indent)
    return items


def _timeline(lines: list[str], body: range) -> dict[int, str]:
    items: dict[int, str] = {}
    depth = 0  # under a title, and a section, the periods are nested
    period = ""
    header_seen = False
    for k in body:
        line = lines[k].strip()
        if not line or line.startswith("%%"):
            continue
        if not header_seen:
            header_seen = True  # the "timeline" line
            continue
        titled = _TITLE.match(line)
        if titled:
            level = 0 if titled.group(1).lower() == "title" else 1
            items[k] = "  " * level + "- " + titled.group(2).strip()
            depth = level + 1
            continue
        head, *rest = _EVENT_COLON.split(line)
        if head.strip():
            period = head.strip()
        events = "; ".join(e.strip() for e in rest if e.strip())
        if period and events:
            items[k] = "  " * depth + f"- {period}: {events}"
        elif head.strip():
            items[k] = "  " * depth + f"- {period}"
    return items


_FLOWCHART_OPEN = re.compile(r"^\s*```\s*mermaid\b", re.IGNORECASE)
# a node's label: 'S3[S3 - objects up to 5 TB]', 'X(["..."])'; a decision '{...?}' asks, and
# an edge's '|yes|' answers it: neither states anything
_NODE_LABEL = re.compile(r"\b\w+\s*[\[(]+\"?([^\]\)\"]+)\"?[\])]+")


# a node's id and label, a decision's too ("LQ{{Lambda internal queue}}"): an edge's ends
_NODE_ID_LABEL = re.compile(r"\b(\w+)\s*([\[({]+)\"?([^\]\)}\"]+)\"?[\])}]+")
# an edge with its label: "A -->|label| B", "A -- label --> B", "A -.->|label| B" (the ends'
# shapes, "A[...]", between the id and the arrow)
_EDGE = re.compile(r"\b(\w+)(?:\s*[\[({]+[^\])}]*[\])}]+)?\s*"
                   r"(?:(?:--+|-\.+-|==+)>?\s*\|([^|]+)\|"
                   r"|--\s+([^-|>][^|>]*?)\s+--+>|==\s+([^=|>][^|>]*?)\s+==+>)\s*(\w+)")
_COMMENT = re.compile(r"^\s*%%\s*(.*?)\s*$")
_STATES = re.compile(r"\d")


def _edge_statements(line: str, named: dict[str, str]) -> list[tuple[str, tuple[str, ...]]]:
    """Each labelled edge of the line that states something (a number, or three words or
    more: not "|yes|", "|sign in|"), as "FROM -> TO: label", with the ends' labels. Not an
    edge from a decision ("{...?}"), or from a node the diagram gives no label: its label
    answers the question ("Q3 -->|12-48 hours ok| GDA[...]")."""
    out = []
    for m in _EDGE.finditer(line):
        said = " ".join((m.group(2) or m.group(3) or m.group(4) or "").split())
        if not said or not (_STATES.search(said) or len(said.split()) >= 3):
            continue
        ends = tuple(named.get(node, "") for node in (m.group(1), m.group(5)))
        if not all(ends):
            continue
        # (an end whose label is only a number, "ERR3[504]", names no box: left out, or
        # "API Gateway -> : 504 = integration timeout" read as a timeout of 504 s)
        names = " -> ".join(name for name in map(end_name, ends) if name)
        out.append((f"{names}: {said}", ends))
    return out


def flowchart_labels_to_items(lines: list[str]) -> None:
    """A mermaid diagram's node labels ("S3[S3 - objects up to 5 TB, single PUT max 5 GB]",
    "GDA[Glacier Deep Archive - min 180 days]") are the decision tree's statements: each
    line's labels not written above it become a list item on its own line, "; " between two
    (in a code fence, nothing was read; "A[SQS max 256 KB] --> B[Lambda timeout 15 min]" kept
    only its last label). An edge's label that states something ("Q -->|ESM batch size
    default 10, max 10,000| L[Lambda]") is said of the two nodes it joins ("SQS -> Lambda:
    ESM batch size ..."), an item beside its ends' own, and a "%%" comment is the student's own
    line (a "%%{...}%%" directive none); a bare "|yes|" answers
    a decision and says nothing."""
    i = 0
    while i < len(lines):
        if not _FLOWCHART_OPEN.match(lines[i]):
            i += 1
            continue
        lines[i] = ""
        i += 1
        seen: set[str] = set()
        named: dict[str, str] = {}  # a node's id -> its label, as the diagram names it
        while i < len(lines) and not FENCE.match(lines[i]):
            comment = _COMMENT.match(lines[i])
            if comment:  # (a directive, "%%{init: {...}}%%", is no line of the note)
                said = comment.group(1)
                lines[i] = f"- {said}" if said and not said.startswith("{") else ""
                i += 1
                continue
            for node, shape, label in _NODE_ID_LABEL.findall(lines[i]):
                named[node] = "" if shape == "{" else label.strip()  # (a decision asks)
            # each node's label its own item, the edge's statement one more
            edges = _edge_statements(lines[i], named)
            labels = [label.strip() for label in _NODE_LABEL.findall(lines[i])]
            # (a box that is only a number, "ERR3[504]", states nothing: after "; " it was
            # read as the figure of the statement before it, "integration timeout 504 s")
            new = [label for label in dict.fromkeys(labels)
                   if label and label not in seen and not label.isdigit()]
            seen.update(new)
            # (the edge's statement first: opening the line, it names the service the line
            # is about, as before the labels were kept; after "SNS topic" the edge's
            # "CloudWatch Metrics -> SNS topic: alarm: OK / ALARM" was read as SNS's)
            parts = [said for said, _ends in edges] + new
            lines[i] = f"- {'; '.join(parts)}" if parts else ""
            i += 1
        if i < len(lines):
            lines[i] = ""  # the closing fence
