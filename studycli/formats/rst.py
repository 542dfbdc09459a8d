"""reStructuredText notes, line for line as markdown.

A title underlined (and maybe overlined) with `=`, `-`, `~`... becomes a `#` heading, its level
the order in which the document first uses that underline, as reStructuredText reads it;
`.. note::` and other admonitions a bold label with their indented body as prose; `.. code::`
and `::` literal blocks stay indented (markdown's code); other directives and `..` comments
nothing; `:field: value` lines `field: value`; ``code``, `text <url>`_ and :role:`text` their
words; `#.` items numbered ones; a definition list's term on its definition's first
line. Grid and simple tables become HTML tables (formats/rows.py).
"""

from __future__ import annotations

import re

from studycli.formats.rows import place_table

# A title's underline (or overline): one punctuation character, two or more times
_ADORNMENT = re.compile(r"^([=\-~^\"'`#*+:._])\1+\s*$")
_DIRECTIVE = re.compile(r"^(\s*)\.\.\s+([\w-]+)::\s*(.*)$")
_COMMENT = re.compile(r"^\s*\.\.(?:\s|$)")
_ADMONITIONS = {"note", "tip", "warning", "important", "attention", "caution", "hint", "danger",
                "error", "admonition", "seealso"}
_FIELD = re.compile(r"^(\s*):([^:]+):\s+(.*)$")
_ENUMERATED = re.compile(r"^(\s*)#\.\s+")
_LITERAL = re.compile(r"``([^`]+)``")
_LINK = re.compile(r"`([^`<]+?)\s*<[^<>`]{1,400}>`__?")  # bounded: a hostile line stays linear
_ROLE = re.compile(r":[\w-]+:`([^`]+)`")
_REF = re.compile(r"`([^`]+)`_")
_GRID_BORDER = re.compile(r"^\s*\+[-=+]+\+\s*$")
_GRID_ROW = re.compile(r"^\s*\|.*\|\s*$")
_SIMPLE_RULE = re.compile(r"^\s*=+(?:\s+=+)+\s*$")


def rst_to_markdown(lines: list[str]) -> list[str]:
    lines = _definitions_joined(lines)
    out = [""] * len(lines)
    levels: list[tuple[str, bool]] = []  # (underline char, overlined), in order of first use
    skip_indent = -1   # the body of a directive being dropped: lines indented past this
    i = 0
    while i < len(lines):
        line = lines[i]
        if skip_indent >= 0:
            if line.strip() and _indent(line) <= skip_indent:
                skip_indent = -1
            else:
                i += 1
                continue
        if _GRID_BORDER.match(line):
            i = _grid_table(lines, i, out)
            continue
        if _SIMPLE_RULE.match(line):
            i = _simple_table(lines, i, out)
            continue
        heading = _heading_at(lines, i)
        if heading:
            text, char, over, used = heading
            if (char, over) not in levels:
                levels.append((char, over))
            first = i + (1 if over else 0)
            out[first] = "#" * min(6, levels.index((char, over)) + 1) + " " + _inline(text)
            i += used
            continue
        directive = _DIRECTIVE.match(line)
        if directive:
            i, skip_indent = _directive(lines, i, out, directive)
            continue
        if _COMMENT.match(line):
            skip_indent = _indent(line)
            i += 1
            continue
        out[i] = _line(line)
        i += 1
    return out


def _definitions_joined(lines: list[str]) -> list[str]:
    """The lines, each definition list item's term said on its definition's first line
    ("Retention: default 24 hours, ...") and the definition's lines brought back to the term's
    indent: read as written, the definition lost its term ("kinesis record max size" did not
    find "Record" / "data blob max 1 MB") and its indent made a code block of it."""
    out = list(lines)
    i = 0
    while i + 1 < len(lines):
        literal = _literal_lead(lines[i])
        if literal >= 0:  # a literal or code block's body is code: no term in it
            i += 1
            while i < len(lines) and (not lines[i].strip() or _indent(lines[i]) > literal):
                i += 1
            continue
        if not _is_term(lines, i):
            i += 1
            continue
        indent, body = _indent(lines[i]), _indent(lines[i + 1])
        out[i] = ""
        end = i + 1
        while end < len(lines) and (not lines[end].strip() or _indent(lines[end]) > indent):
            line = lines[end]
            cut = min(_indent(line), body - indent)
            out[end] = line[cut:] if line.strip() else ""
            end += 1
        out[i + 1] = lines[i][:indent] + _inline(lines[i].strip()) + ": " + out[i + 1].lstrip()
        i = i + 1  # a definition may hold a definition list of its own
    return out


# not a term: a bullet, an enumerated item ("#.", "3)", "a.", "(iv)"), a directive or
# comment, a field, a line block
_NOT_TERM = re.compile(r"^\s*(?:[-*+•]\s|\(?(?:#|\d+|[A-Za-z]|[ivxlcdmIVXLCDM]+)[.)]\s|"
                       r"\.\.|:[^:]+:|\|)")


def _literal_lead(line: str) -> int:
    """The indent of a line whose indented body is code or dropped (a paragraph ending in
    "::", a directive other than an admonition: `.. code-block:: yaml`), else -1."""
    directive = _DIRECTIVE.match(line)
    if directive and directive.group(2).lower() not in _ADMONITIONS:
        return _indent(line)
    return _indent(line) if line.rstrip().endswith("::") and not _COMMENT.match(line) else -1


def _is_term(lines: list[str], i: int) -> bool:
    """Whether line i is a definition list item's term: a line of text after a blank line
    (or the end of a definition), with the next line indented under it. Not a list item,
    a directive, a field or a line ending in "::" (a literal block's lead-in)."""
    line, following = lines[i], lines[i + 1]
    if not line.strip() or not following.strip() or _indent(following) <= _indent(line):
        return False
    if i and lines[i - 1].strip() and _indent(lines[i - 1]) <= _indent(line):
        return False  # a paragraph's line: its next line's indent is no definition
    stripped = line.strip()
    return (not _NOT_TERM.match(line) and not stripped.endswith("::") and len(stripped) <= 80
            and not _ADORNMENT.match(stripped) and not _GRID_BORDER.match(line)
            and not _SIMPLE_RULE.match(line))


def _directive(lines: list[str], i: int, out: list[str], directive: re.Match) -> tuple[int, int]:
    """A `.. name::` directive at line i: (the index after what was read, the indent past
    which the lines that follow are dropped, or -1)."""
    indent, name, argument = directive.groups()
    name = name.lower()
    if name in _ADMONITIONS:
        label = argument.strip() if name == "admonition" else name.capitalize()
        out[i] = f"**{label}:** " + (_inline(argument) if name != "admonition" else "")
        i += 1
        while i < len(lines) and (not lines[i].strip() or _indent(lines[i]) > len(indent)):
            out[i] = _inline(lines[i].strip())
            i += 1
        return i, -1
    if name in ("code", "code-block", "sourcecode"):
        return i + 1, -1  # its indented body reads as markdown's indented code
    return i + 1, len(indent)  # an image, a toctree...: not notes


def _indent(line: str) -> int:
    return len(line) - len(line.lstrip())


def _heading_at(lines: list[str], i: int) -> tuple[str, str, bool, int] | None:
    """(title, underline char, overlined, lines used) if a section title starts at line i."""
    line = lines[i]
    over = _ADORNMENT.match(line)
    if over and i + 2 < len(lines):
        under = _ADORNMENT.match(lines[i + 2])
        title = lines[i + 1].strip()
        if under and under.group(1) == over.group(1) and title and not _ADORNMENT.match(title):
            return title, over.group(1), True, 3
    if line.strip() and not line[0].isspace() and not _ADORNMENT.match(line) and i + 1 < len(lines):
        under = _ADORNMENT.match(lines[i + 1])
        if under and len(lines[i + 1].rstrip()) >= len(line.rstrip()) - 1:
            return line.strip(), under.group(1), False, 2
    return None


def _line(line: str) -> str:
    field = _FIELD.match(line)
    if field:
        line = f"{field.group(1)}{field.group(2)}: {field.group(3)}"
    line = _ENUMERATED.sub(r"\g<1>1. ", line)
    return _inline(line)


def _inline(text: str) -> str:
    if "`" in text:
        text = _LITERAL.sub(r"\1", text)
        text = _LINK.sub(r"\1", text)
        text = _ROLE.sub(r"\1", text)
        text = _REF.sub(r"\1", text)
    return text


def _grid_table(lines: list[str], i: int, out: list[str]) -> int:
    """A grid table from its top border at line i; the index after it."""
    start = i
    rows: list[tuple[int, list[str]]] = []
    header = False
    pending: list[list[str]] = []
    first = -1
    j = i + 1
    while j < len(lines) and (_GRID_ROW.match(lines[j]) or _GRID_BORDER.match(lines[j])):
        if _GRID_BORDER.match(lines[j]):
            if pending:
                cells = [" ".join(part for part in col if part)
                         for col in zip(*pending, strict=True)]
                rows.append((first, cells))
                pending = []
            if "=" in lines[j] and len(rows) == 1:
                header = True
        else:
            parts = [c.strip() for c in lines[j].strip().strip("|").split("|")]
            if not pending:
                first = j
            if pending and len(parts) != len(pending[0]):
                parts = (parts + [""] * len(pending[0]))[: len(pending[0])]
            pending.append(parts)
        j += 1
    place_table(out, [(ln, [_inline(c) for c in cells]) for ln, cells in rows],
                start, j - 1, header)
    return j


def _simple_table(lines: list[str], i: int, out: list[str]) -> int:
    """A simple table (columns under `=====  =====` rules) from its top rule at line i."""
    spans = [(m.start(), m.end()) for m in re.finditer(r"=+", lines[i])]
    rules = [i]
    rows: list[tuple[int, list[str]]] = []
    j = i + 1
    while j < len(lines):
        if _SIMPLE_RULE.match(lines[j]):
            rules.append(j)
            if len(rules) == 3 or (j + 1 < len(lines) and not lines[j + 1].strip()):
                break
        elif lines[j].strip():
            line = lines[j]
            cells = []
            for k, (a, _) in enumerate(spans):
                b = spans[k + 1][0] if k + 1 < len(spans) else len(line)
                cells.append(line[a:b].strip())
            rows.append((j, cells))
        j += 1
    header = len(rules) == 3
    place_table(out, [(ln, [_inline(c) for c in cells]) for ln, cells in rows],
                i, min(j, len(lines) - 1), header)
    return j + 1
