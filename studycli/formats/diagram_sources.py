"""Diagram sources kept as notes, read as the sentences their labels make: Graphviz (`.dot`,
`.gv`), PlantUML (`.puml`, `.plantuml`) and Mermaid (`.mmd`, `.mermaid`) files, and a class
diagram, PlantUML or Graphviz diagram in a markdown note's code fence.

    sqs_attr [shape=note, label="msg size max 256 KB\\nretention default 4 days"];
    sqs_std -> sqs_attr [style=dotted, arrowhead=none];
    APIGW -->|29 s integration timeout max| L1[Lambda fn]
    class DynamoDB {
        +item max size 64 KB
    }
    note right of P : NOT transitive, 125 peerings per VPC

Read as plain text or code, a label's figures sat among the drawing's syntax (`label="...\\n..."`,
`+`, `{`, ids) or, fenced, were not read at all. Here a box's label is a list item and its
other lines items under it (formats/diagram_lines.py), an edge's label a statement of the two
boxes it joins ("API Gateway -> Lambda: 29 s integration timeout max"), a class's attributes
items under the class, a note items under what it is attached to (a PlantUML note "of X", a
Graphviz note-shaped box joined by an unlabelled edge), a cluster's or package's label an item
over what it holds, and a comment the student's own line. A box's id, the layout and styling
statements, and an edge with no label (an arrow states nothing) are no text.

Each line is cited on the file line that holds its text: a file is read spread out
(formats/spread.py, a Graphviz label's lines are many lines of the note); a fence in markdown
line for line, a label's lines joined by "; ".
"""

from __future__ import annotations

import re

from studycli.formats.diagram_lines import end_name, spread_out, text_lines
from studycli.formats.spread import SpreadLines

# a figure of a box's line ("SQS max 256 KB"), not a name's digit ("EC2", "gp3", "S3")
_FIGURE = re.compile(r"(?<![A-Za-z\d])\d")

Found = list[tuple[int, list[str]]]
# the deepest an item is nested: a diagram's containers are a few deep (and one of thousands
# of unclosed "{" does not make each line thousands of spaces)
_DEEPEST = 6

# ---------------------------------------------------------------- Graphviz ------------------

_DOT_HEAD = re.compile(r"^\s*(?:strict\s+)?(?:di)?graph\b[^{]*\{\s*$", re.IGNORECASE)
_DOT_SUBGRAPH = re.compile(r"^\s*subgraph\b[^{]*\{\s*$|^\s*\{\s*$", re.IGNORECASE)
_DOT_DEFAULTS = re.compile(r"^\s*(?:node|edge|graph)\s*\[.*\]\s*;?\s*$", re.IGNORECASE)
_DOT_GRAPH_ATTR = re.compile(r"^\s*(\w+)\s*=\s*(\"(?:[^\"\\]|\\.)*\"|[^;\s]+)\s*;?\s*$")
_DOT_ID = r"(?:\"(?:[^\"\\]|\\.)*\"|[\w.]+)"
_DOT_NODE = re.compile(rf"^\s*({_DOT_ID})\s*\[(.*)\]\s*;?\s*$")
_DOT_EDGE = re.compile(rf"^\s*({_DOT_ID}(?:\s*(?:->|--)\s*{_DOT_ID})+)\s*(?:\[(.*)\])?\s*;?\s*$")
_DOT_ATTR = re.compile(r"(\w+)\s*=\s*(\"(?:[^\"\\]|\\.)*\"|<[^>]*>|[^,\]\s]+)")
_DOT_ESCAPE = re.compile(r"\\([nlr])|\\(.)")


def _dot_value(raw: str) -> str:
    if raw.startswith('"') and raw.endswith('"'):
        raw = raw[1:-1]
    return _DOT_ESCAPE.sub(lambda m: "\n" if m.group(1) else m.group(2), raw)


def _dot_attrs(text: str) -> dict[str, str]:
    return {m.group(1).lower(): m.group(2) for m in _DOT_ATTR.finditer(text)}


def _record_boxes(label: str) -> list[str]:
    """A record's label ("{EC2|basic monitoring = 5 min}|{...}") as its boxes, each a text of
    lines: the fields of one "{...}" group are one box's lines."""
    boxes: list[list[str]] = [[]]
    depth, field = 0, ""
    for char in label:
        if char == "{":
            if depth == 0 and field.strip():
                boxes[-1].append(field)
                field = ""
            depth += 1
        elif char == "}":
            depth -= 1
            if depth == 0:
                boxes[-1].append(field)
                boxes.append([])
                field = ""
        elif char == "|":
            boxes[-1].append(field)
            field = ""
            if depth == 0:
                boxes.append([])
        else:
            field += char
    boxes[-1].append(field)
    return ["\n".join(f.strip() for f in box if f.strip()) for box in boxes
            if any(f.strip() for f in box)]


def _unquote(node: str) -> str:
    return node[1:-1] if node.startswith('"') and node.endswith('"') else node


def dot_to_markdown(lines: list[str]) -> list[str]:
    """A Graphviz file's labels as the note they make; a file that is no graph as it is."""
    if not any(_DOT_HEAD.match(line) for line in lines[:200]):
        return lines
    labels: dict[str, str] = {}
    notes: dict[str, str] = {}  # a note-shaped node's id -> its label
    statements = _dot_statements(lines)
    for kind, m in statements.values():
        if kind == "node" and m is not None:
            attrs = _dot_attrs(m.group(2))
            name = _unquote(m.group(1))
            if "label" in attrs:
                labels[name] = _dot_value(attrs["label"])
                if attrs.get("shape", "").strip('"') == "note":
                    notes[name] = labels[name]
    return _dot_found(lines, statements, labels, notes, _note_owners(statements, notes))


_Statements = dict[int, tuple[str, "re.Match[str] | None"]]


def _dot_statements(lines: list[str]) -> _Statements:
    """Each line's statement: a comment's, a node's or an edge's (with its match)."""
    statements: _Statements = {}
    comment = False
    for k, line in enumerate(lines):
        if comment or line.strip().startswith("/*"):
            comment = "*/" not in line
            statements[k] = ("comment", None)
            continue
        if _dot_unreadable(line):
            statements[k] = ("raw", None)
            continue
        edge = _DOT_EDGE.match(line)
        node = None if edge or _DOT_DEFAULTS.match(line) else _DOT_NODE.match(line)
        if node:
            statements[k] = ("node", node)
        elif edge:
            statements[k] = ("edge", edge)
    return statements


def _dot_unreadable(line: str) -> bool:
    """A line this reader does not take apart, kept as written: several statements on it
    ("a [label=x]; b [label=y];", read as one, moved a label to the wrong box) or an
    HTML-like label ("label=<<b>S3</b>...>", ended at its first ">")."""
    if re.search(r"label\s*=\s*<", line, re.IGNORECASE):
        return True
    quoted = depth = 0
    for n, char in enumerate(line):
        if char == '"' and (n == 0 or line[n - 1] != "\\"):
            quoted ^= 1
        elif not quoted and char == "[":
            depth += 1
        elif not quoted and char == "]":
            depth -= 1
        elif not quoted and depth == 0 and char == ";" and line[n + 1:].strip() and \
                not line[n + 1:].strip().startswith(("//", "#")):
            return True
    return False


def _note_owners(statements: _Statements, notes: dict[str, str]) -> dict[str, str]:
    """A note joined to a box by an edge with no label: the box it is about."""
    owner: dict[str, str] = {}
    for kind, m in statements.values():
        if kind != "edge" or m is None or (m.group(2) and "label" in _dot_attrs(m.group(2))):
            continue
        ends = [_unquote(x.strip()) for x in re.split(r"->|--", m.group(1))]
        for a, b in zip(ends, ends[1:], strict=False):
            if b in notes and a not in notes:
                owner.setdefault(b, a)
            elif a in notes and b not in notes:
                owner.setdefault(a, b)
    return owner


def _dot_comment(text: str, kind: str) -> str | None:
    """A comment line's text (None for a line that is no comment)."""
    if kind == "comment":
        return text.removeprefix("/*").removesuffix("*/").strip(" *")
    if text.startswith("//") or (text.startswith("#") and not text.startswith("#!")):
        return text.lstrip("/#").strip()
    return None


def _dot_found(lines: list[str], kinds: _Statements, labels: dict[str, str],
               notes: dict[str, str], owner: dict[str, str]) -> SpreadLines:
    found: Found = []
    depth = 0
    for k, line in enumerate(lines):
        text = line.strip()
        kind, m = kinds.get(k, ("", None))
        said = _dot_comment(text, kind)
        if said is not None:
            read = comment_line(said, "  " * depth)
            found.extend([(k, [read])] if read else [])
        elif _DOT_HEAD.match(line) or _DOT_DEFAULTS.match(line):
            continue
        elif _DOT_SUBGRAPH.match(line):
            depth = min(_DEEPEST, depth + 1)
        elif text.startswith("}"):
            depth = max(0, depth - 1)
        elif kind == "raw":
            found.append((k, [f"{'  ' * depth}{text}"]))
        elif m is not None:
            found.append((k, _dot_node_items(_unquote(m.group(1)), labels, notes, owner, depth)
                          if kind == "node" else _dot_edge_items(m, labels, depth)))
        else:
            graph_attr = _DOT_GRAPH_ATTR.match(line)
            if graph_attr and graph_attr.group(1).lower() == "label":
                title = " ".join(text_lines(_dot_value(graph_attr.group(2))))
                if title:  # a cluster's title: over what it holds
                    found.append((k, [f"{'  ' * max(0, depth - 1)}- {title}"]))
    return spread_out(found)


def _dot_node_items(name: str, labels: dict[str, str], notes: dict[str, str],
                    owner: dict[str, str], depth: int) -> list[str]:
    label = labels.get(name, "")
    if not label:
        return []
    pad = "  " * depth
    if name in notes:
        said = text_lines(label)
        attached = owner.get(name)
        if attached and labels.get(attached):
            head = end_name(labels[attached])
            return [f"{pad}- {head}"] + [f"{pad}  - {x}" for x in said]
        return [f"{pad}- {x}" for x in said]
    boxes = _record_boxes(label) if label.lstrip().startswith("{") or (
        "|" in label and "{" in label) else [label]
    out: list[str] = []
    for box in boxes:
        said = text_lines(box)
        out.extend(f"{pad}{'  ' * (n > 0)}- {_of_box(said[0], x) if n else x}"
                   for n, x in enumerate(said))
    return out


def _of_box(name: str, line: str) -> str:
    """A box's further line, said of the box where it is a bare count ("Internet
    Gateway\n1 per VPC": "Internet Gateway: 1 per VPC"; under the box, "1 per VPC" alone held
    no fact of it); a quantity ("45 Gbps max") or words stay as written, under the box."""
    from studycli.extract.quantities import find_quantities

    if not _FIGURE.search(line) or find_quantities(line) or _FIGURE.search(name):
        return line  # (a name that states a figure of its own is no subject for another)
    return f"{name}: {line}"


def _dot_edge_items(m: re.Match[str], labels: dict[str, str], depth: int) -> list[str]:
    said = _dot_value(_dot_attrs(m.group(2) or "").get("label", ""))
    said = " ".join(text_lines(said))
    if not said:
        return []
    ends = [_unquote(x.strip()) for x in re.split(r"->|--", m.group(1))]
    return [_statement(_box_name(labels.get(a, a)), _box_name(labels.get(b, b)), said, depth)
            for a, b in zip(ends, ends[1:], strict=False)]


def _box_name(label: str) -> str:
    boxes = _record_boxes(label) if label.lstrip().startswith("{") else [label]
    return end_name(boxes[0]) if boxes else ""


def _statement(left: str, right: str, said: str, depth: int = 0) -> str:
    names = " -> ".join(x for x in (left, right) if x)
    return f"{'  ' * depth}- {names}: {said}" if names else f"{'  ' * depth}- {said}"


# ---------------------------------------------------------------- PlantUML ------------------

_PUML_ELEMENT = (r"(?:abstract\s+class|class|interface|enum|entity|package|namespace|node|"
                 r"component|rectangle|cloud|database|actor|usecase|queue|storage|artifact|"
                 r"card|frame|folder|agent|boundary|control|collections|file|hexagon|person|"
                 r"stack|state|object|together)")
_PUML_DECLARE = re.compile(
    rf"^\s*({_PUML_ELEMENT})\s+(?:\"([^\"]*)\"|([\w.]+))(?:\s+as\s+(\"[^\"]*\"|[\w.]+))?"
    r"(?:\s*<<[^>]*>>)?(?:\s*#\w+)?\s*(\{)?\s*$", re.IGNORECASE)
# the elements whose "{...}" holds their attributes (a package's holds other elements)
_CLASS_LIKE = re.compile(r"(?:abstract\s+class|class|interface|enum|entity|object)$",
                         re.IGNORECASE)
_PUML_NOTE_OF = re.compile(r"^\s*note\s+(?:left|right|top|bottom|over)\s+(?:of\s+)?"
                           r"(\"[^\"]*\"|[\w.]+)\s*(?::\s*(.*))?$", re.IGNORECASE)
_PUML_NOTE_FLOAT = re.compile(r"^\s*note\s+\"([^\"]*)\"(?:\s+as\s+\w+)?\s*$", re.IGNORECASE)
_PUML_SKIP = re.compile(r"^\s*(?:@start\w*|@end\w*|skinparam\b|hide\b|show\b|!\w+|"
                        r"left\s+to\s+right|top\s+to\s+bottom|scale\b|legend\b|endlegend\b|"
                        r"header\b|footer\b|autonumber\b)", re.IGNORECASE)
_PUML_TITLE = re.compile(r"^\s*title\s+(.+)$", re.IGNORECASE)
# an arrow between two names: "A --> B", "A <|-- B", "A \"1\" *-- \"many\" B", "A ..> B : x"
# (each run of the arrow's characters read one way only: a line of dashes or dots is no
# arrow, and is not tried at each split of it)
_ARROW = (r"(?:[<>*#}{+^|]|[ox](?![\w]))*[-.=]+(?:(?:\[[^\]]*\])?(?:left|right|up|down)[-.=]+"
          r"|\[[^\]]*\][-.=]+)?(?:[<>*#}{+^|]|[ox](?![\w]))*")
_PUML_NAME = r"(\"[^\"]*\"|\w+(?:\.\w+)*)"
_RELATION = re.compile(
    rf"^\s*{_PUML_NAME}\s*(?:\"[^\"]*\"\s*)?({_ARROW})\s*(?:\"[^\"]*\"\s*)?"
    rf"{_PUML_NAME}\s*(?::\s*(.*))?$")
_MEMBER_MARK = re.compile(r"^[+\-#~]\s*|^\{(?:field|method|static|abstract)\}\s*")


def _name(raw: str) -> str:
    """A diagram's name for a box as the student would say it ("Glacier_Deep_Archive")."""
    return " ".join(raw.strip('"').replace("\\n", " ").replace("_", " ").split())


def _puml_names(lines: list[str]) -> tuple[dict[str, str], dict[str, str]]:
    """Each element's name by its id or alias, and what a note attached to it calls it: its
    name under the containers it is declared in ("S3 Object": a note outside the package
    is about the package's Object, and a bare "Object" named no service)."""
    names: dict[str, str] = {}
    qualified: dict[str, str] = {}
    containers: list[str | None] = []  # each open "{": a container's name, or None
    for line in lines:
        text = line.strip()
        if text.startswith("}"):
            if containers:
                containers.pop()
            continue
        declared = _PUML_DECLARE.match(line)
        if declared is None:
            continue
        label = _name(declared.group(2) or declared.group(3))
        key = (declared.group(4) or declared.group(3) or label).strip('"')
        names[key] = label
        outer = [end_name(c) for c in containers[-_DEEPEST:] if c]
        qualified[key] = " ".join(dict.fromkeys([*outer, end_name(label)]))
        if declared.group(5):
            containers.append(None if _CLASS_LIKE.match(declared.group(1)) else label)
    return names, qualified


def plantuml_items(lines: list[str]) -> dict[int, list[str]]:
    """A PlantUML diagram's lines (0-based) and the items each says."""
    diagram = _PlantUml(lines)
    items = {k: diagram.read(line.strip()) for k, line in enumerate(lines)}
    return {k: said for k, said in items.items() if said}


class _PlantUml:
    """A PlantUML diagram read line by line: what is open (a container, a class's "{", a
    note's lines) carried from each line to the next."""

    def __init__(self, lines: list[str]) -> None:
        self.names, self.qualified = _puml_names(lines)
        self.depth = 0
        self.braces: list[bool] = []  # each open "{": a class's (its members) or a container's
        self.note_depth: int | None = None

    def read(self, text: str) -> list[str]:
        if self.note_depth is not None:  # a note's lines, under what it is attached to
            if re.match(r"^end\s*note\b", text, re.IGNORECASE):
                self.note_depth = None
                return []
            return self._item(text, self.note_depth)
        if not text or _PUML_SKIP.match(text):
            return []
        if text.startswith("'"):
            read = comment_line(text.lstrip("'").strip(), "  " * self.depth)
            return [read] if read else []
        if text.startswith("}"):
            self.depth = max(0, self.depth - 1)
            if self.braces:
                self.braces.pop()
            return []
        if self.braces and self.braces[-1]:  # a member of the class whose "{" is open
            return self._item(_MEMBER_MARK.sub("", text).strip())
        return self._element(text)

    def _item(self, said: str, depth: int | None = None) -> list[str]:
        depth = min(_DEEPEST, self.depth if depth is None else depth)
        return [f"{'  ' * depth}- {said}"] if said else []

    def _element(self, text: str) -> list[str]:
        title = _PUML_TITLE.match(text)
        note = _PUML_NOTE_OF.match(text)
        floating = _PUML_NOTE_FLOAT.match(text)
        declared = _PUML_DECLARE.match(text)
        relation = None if declared or note else _RELATION.match(text)
        if title:
            return self._item(title.group(1).strip())
        if note:
            about = self.qualified.get(note.group(1).strip('"'), end_name(_name(note.group(1))))
            if note.group(2) is not None:
                return self._item(f"{about}: {note.group(2).strip()}")
            self.note_depth = self.depth + 1
            return self._item(about)
        if floating:
            return self._item(floating.group(1).strip())
        if declared:
            said = self._item(_name(declared.group(2) or declared.group(3)))
            if declared.group(5):
                self.depth += 1
                self.braces.append(_CLASS_LIKE.match(declared.group(1)) is not None)
            return said
        if relation and _is_arrow(relation.group(2)):
            if not relation.group(4):
                return []  # an arrow with no label states nothing
            left, right = (end_name(self.names.get(x.strip('"'), _name(x)))
                           for x in (relation.group(1), relation.group(3)))
            if relation.group(2).startswith("<"):
                left, right = right, left
            return [_statement(left, right, relation.group(4).strip(),
                               min(_DEEPEST, self.depth))]
        return self._item(text)


def _is_arrow(arrow: str) -> bool:
    return sum(arrow.count(c) for c in "-.=") >= 2 or "--" in arrow or ".." in arrow


def plantuml_to_markdown(lines: list[str]) -> list[str]:
    if not any(re.match(r"^\s*@start", line, re.IGNORECASE) for line in lines[:200]):
        return lines
    return spread_out(sorted(plantuml_items(lines).items()))


# ---------------------------------------------------------------- Mermaid -------------------

_MERMAID_KIND = re.compile(r"^\s*(flowchart|graph|classDiagram|mindmap|timeline|"
                           r"sequenceDiagram|stateDiagram(?:-v2)?|erDiagram|gantt|pie|journey)\b",
                           re.IGNORECASE)
_CLASS_OPEN = re.compile(r"^\s*class\s+([\w.`~-]+)\s*(?:\[\"?([^\]\"]*)\"?\])?\s*(\{)?\s*$")
_CLASS_MEMBER = re.compile(r"^\s*([\w.]+)\s*:\s*(.+)$")
_CLASS_RELATION = re.compile(
    r"^\s*([\w.]+)\s*(?:\"[^\"]*\"\s*)?(<\|--|\*--|o--|-->|--\*|--o|--\|>|<--|\.\.>|<\.\.|\.\.\|>|"
    r"<\|\.\.|--|\.\.)\s*(?:\"[^\"]*\"\s*)?([\w.]+)\s*(?::\s*(.*))?$")


def class_diagram_items(lines: list[str]) -> dict[int, list[str]]:
    """A Mermaid class diagram's lines (0-based) and the items each says."""
    items: dict[int, list[str]] = {}
    inside = False  # in a class's "{...}": its attributes
    for k, line in enumerate(lines):
        text = line.strip()
        if not text or text.lower().startswith("classdiagram") or text.startswith("%%{"):
            continue
        if text.startswith("%%"):
            said = text.lstrip("%").strip()
            if said:
                items[k] = [f"- {said}"]
        elif inside:
            inside = not text.startswith("}")
            member = _MEMBER_MARK.sub("", text).strip() if inside else ""
            if member:
                items[k] = [f"  - {member}"]
        else:
            opened = _CLASS_OPEN.match(text)
            inside = bool(opened and opened.group(3))
            said = _class_line(text, opened)
            if said:
                items[k] = [said]
    return items


def _class_line(text: str, opened: re.Match[str] | None) -> str:
    """What a class diagram's line outside a class's braces says: a class's name, a
    relation's label said of its two classes, a "Class : attribute" line."""
    if opened:
        return f"- {_name(opened.group(2) or opened.group(1))}"
    relation = _CLASS_RELATION.match(text)
    if relation:
        if not relation.group(4):
            return ""
        left, right = _name(relation.group(1)), _name(relation.group(3))
        if relation.group(2).startswith("<"):
            left, right = right, left
        return _statement(left, right, relation.group(4).strip())
    member = _CLASS_MEMBER.match(text)
    if member:
        return f"- {_name(member.group(1))}: {_MEMBER_MARK.sub('', member.group(2)).strip()}"
    return ""


def mermaid_source_to_markdown(lines: list[str]) -> list[str]:
    """A Mermaid file (one diagram or several, "%%" comments between them): each diagram read
    as a fence of it in a markdown note is (a flowchart's labels and edges, a mind map's
    outline, formats/mermaid.py), a class diagram's classes with their attributes."""
    fence = [re.match(r"^\s*(?:```|~~~)", line) is not None for line in lines]
    starts = [k for k, line in enumerate(lines) if _MERMAID_KIND.match(line)]
    if not starts:
        return lines
    # outside a diagram: a "%%" comment is the student's line, a pasted fence line none, the
    # rest (a markdown paragraph between two diagrams) as written
    out = ["" if fence[k] else _comment_item(line) for k, line in enumerate(lines)]
    for start in starts:
        end = start + 1  # a diagram runs to the next one, or to a fence line pasted after it
        while end < len(lines) and not fence[end] and not _MERMAID_KIND.match(lines[end]):
            end += 1
        out[start:end] = _diagram_lines(lines[start:end])
    return out


def _diagram_lines(body: list[str]) -> list[str]:
    from studycli.formats.mermaid import flowchart_labels_to_items, mermaid_to_markdown

    kind = _MERMAID_KIND.match(body[0])
    word = kind.group(1).lower() if kind else ""
    if word in ("flowchart", "graph"):
        fenced = ["```mermaid", *body, "```"]
        flowchart_labels_to_items(fenced)
        read = _nested_in_subgraphs(body, fenced[1:-1])
        return [_comment_item(x) if x.strip().startswith("%%") else read[j]
                for j, x in enumerate(body)]
    if word in ("mindmap", "timeline"):
        # the comments after a mind map's last node are the student's lines, not nodes
        last = max((j for j, x in enumerate(body) if x.strip()
                    and not x.strip().startswith("%%")), default=0)
        read = mermaid_to_markdown(["```mermaid", *body[:last + 1], "```"])[1:-1]
        return read + [_comment_item(x) for x in body[last + 1:]]
    if word == "classdiagram":
        said = class_diagram_items(body)
        return ["; ".join(said[j]) if j in said else "" for j in range(len(body))]
    return [_comment_item(x) for x in body]


_SUBGRAPH = re.compile(r"^\s*subgraph\b", re.IGNORECASE)
_SUBGRAPH_END = re.compile(r"^\s*end\s*$", re.IGNORECASE)


def _nested_in_subgraphs(body: list[str], read: list[str]) -> list[str]:
    """A flowchart's items nested under the subgraph that holds them ("Lambda limits" over
    "timeout max 5 min"): the subgraph's title says what its boxes are of."""
    out = list(read)
    depth = 0
    for k, line in enumerate(body):
        if _SUBGRAPH_END.match(line):
            depth = max(0, depth - 1)
            continue
        if depth and out[k].startswith("- "):
            out[k] = "  " * depth + out[k]
        if _SUBGRAPH.match(line):
            depth = min(_DEEPEST, depth + 1)
    return out


def _comment_item(line: str) -> str:
    text = line.strip()
    if text.startswith("%%"):
        said = text.lstrip("%").strip()
        return "" if said.startswith("{") else comment_line(said)
    return line


# a comment that is a banner, "' Step Functions -------", "// ---- billing (CLF) ----": the
# title of the part of the diagram below it
_BANNER = re.compile(r"^[-=*#~_ ]*?([^\W_].*?)[ ]*[-=*#~_]{3,}$|^[-=*#~_]{3,}[ ]*(\S.*?)[ ]*$")
_RULE_ONLY = re.compile(r"^[-=*#~_ ]*$")


def comment_line(said: str, pad: str = "") -> str:
    """A diagram's comment as the student's line: an item, a banner's title a heading (the
    lines below it are of what it names), a rule of dashes nothing."""
    if _RULE_ONLY.match(said):
        return ""
    banner = _BANNER.match(said) if len(said) <= 200 else None  # (a title is short)
    if banner:
        return f"## {(banner.group(1) or banner.group(2)).strip(' -=*#~_')}"
    return f"{pad}- {said}"


# ---------------------------------------------------------------- fences in markdown --------

_FENCE_OPEN = re.compile(r"^\s*(`{3,}|~{3,})\s*(mermaid|plantuml|puml|dot|graphviz)\s*$",
                         re.IGNORECASE)


def diagram_fences_to_markdown(lines: list[str]) -> list[str]:
    """A markdown note's fences of a class diagram, a PlantUML or a Graphviz diagram, read line
    for line (a fence of a flowchart, a mind map or a timeline is read where it always was)."""
    out = list(lines)
    k = 0
    while k < len(out):
        opened = _FENCE_OPEN.match(out[k])
        if opened is None:
            k += 1
            continue
        end = k + 1
        while end < len(out) and not out[end].strip().startswith(opened.group(1)):
            end += 1
        if end == len(out):
            break  # an unclosed fence: the rest of the note is not the diagram's
        body = out[k + 1:end]
        said = _fence_items(opened.group(2).lower(), body)
        if said is not None:
            out[k] = out[end] = ""
            out[k + 1:end] = ["; ".join(x.strip() if n else x for n, x in enumerate(said[j]))
                              if said.get(j) else "" for j in range(len(body))]
        k = end + 1
    return out


def _fence_items(language: str, body: list[str]) -> dict[int, list[str]] | None:
    first = next((x.strip() for x in body if x.strip() and not x.strip().startswith("%%")), "")
    if language == "mermaid":
        return class_diagram_items(body) if first.lower().startswith("classdiagram") else None
    if language in ("plantuml", "puml"):
        return plantuml_items(body) if first.lower().startswith("@start") else None
    read = dot_to_markdown(body)
    if read is body or not isinstance(read, SpreadLines):
        return None
    said: dict[int, list[str]] = {}
    for line, at in zip(read, read.at, strict=True):
        if line.strip():
            said.setdefault(at, []).append(line)
    return said
