"""A Typst document (`.typ`), line for line as markdown.

Read as plain text, `== Lambda basics` was a line of text, so no fact below it knew its
service; a `#table(columns: 3, [a], [b], [c], ...)` was lines of bracketed words, its header
unknown; `#set page(...)` lines were read as notes. Here: `=` headings are `#` headings of as
many marks; `+` items are numbered items, `/ term: text` items of their term; `*strong*` is
markdown's bold, `_emph_` its italic; set, show, import and let rules are blanked; a table's
cells are HTML rows of its column count, each row on the line it starts (formats/rows.py),
its `columns:` and other arguments left out; `#link("...")[text]` is its text, `// comments`
nothing.
"""

from __future__ import annotations

import re

from studycli.formats.rows import html_row

_HEADING = re.compile(r"^(=+)\s+(.*)$")
_RULE = re.compile(r"^#(?:set|show|import|include|let|pagebreak|outline|v|h|align|bibliography)"
                   r"\b")
_LABEL = re.compile(r"\s*<[\w.:-]+>\s*$")  # a heading's label: = Title <intro>
_ITEM = re.compile(r"^(\s*)([-+])\s+(.*)$")
_TERM = re.compile(r"^(\s*)/\s+([^:\n]+):\s*(.*)$")
_TABLE_OPEN = re.compile(r"^\s*#(?:table|grid)\(\s*(.*)$")
_COLUMNS = re.compile(r"columns:\s*(?:(\d+)|\(([^()]*)\))")
_CELL = re.compile(r"\[((?:[^\[\]]|\[[^\[\]]*\])*)\]")
_COMMENT = re.compile(r"(?<![:/])//.*$")
_LINK = re.compile(r"#link\(\s*\"([^\"]{0,300})\"\s*\)(?:\[([^\[\]]{0,300})\])?")
_CALL = re.compile(r"#[a-z]+(?:\.[a-z]+)*\((?:[^()]{0,300})\)")  # #h(1em), #v(2pt)
_STRONG = re.compile(r"(?<![\w*\\])\*(?=\S)([^*\n]+?)(?<=\S)\*(?![\w*])")
_EMPH = re.compile(r"(?<![\w_\\])_(?=\S)([^_\n]+?)(?<=\S)_(?![\w_])")
_ESCAPE = re.compile(r"\\([@#*_$<>\[\]`\\=-])")


def typst_to_markdown(lines: list[str]) -> list[str]:
    out = list(lines)
    fenced = False
    i = 0
    while i < len(lines):
        line = lines[i]
        if line.lstrip().startswith("```"):
            fenced = not fenced
        elif not fenced:
            table = _TABLE_OPEN.match(line)
            if table:
                i = _table(lines, out, i)
                continue
            out[i] = _line(line)
        i += 1
    return out


def _line(line: str) -> str:
    heading = _HEADING.match(line)
    if heading:
        return "#" * min(6, len(heading.group(1))) + " " + inline(_LABEL.sub("", heading.group(2)))
    if _RULE.match(line):
        return ""
    item = _ITEM.match(line)
    if item and item.group(3):
        return item.group(1) + ("1. " if item.group(2) == "+" else "- ") + inline(item.group(3))
    term = _TERM.match(line)
    if term:
        return f"{term.group(1)}- **{inline(term.group(2).strip())}**: {inline(term.group(3))}"
    return inline(line)


def _table(lines: list[str], out: list[str], start: int) -> int:
    """The table opening on line `start`, each row of its column count on the line its first
    cell is on: the index of the line after it."""
    depth, end = 0, start
    for end in range(start, len(lines)):  # to its closing parenthesis
        depth += lines[end].count("(") - lines[end].count(")")
        if depth <= 0:
            break
    text = "\n".join(lines[start:end + 1])
    columns = _COLUMNS.search(text)
    width = (int(columns.group(1)) if columns and columns.group(1)
             else len(columns.group(2).split(",")) if columns else 1)
    cells = [(i, c.group(1)) for i in range(start, end + 1)
             for c in _CELL.finditer(lines[i])]
    rows = [(cells[k][0], [inline(c).strip() for _, c in cells[k:k + width]])
            for k in range(0, len(cells), max(1, width))]
    for i in range(start, end + 1):
        out[i] = ""
    if not rows:
        return end + 1
    header = all(c.startswith("**") or not c for c in rows[0][1])  # [*a*], [*b*] over cells
    if header:
        rows[0] = (rows[0][0], [c.replace("**", "") for c in rows[0][1]])
    for k, (i, row) in enumerate(rows):  # a line of several rows holds them all
        out[i] += html_row(row, header and k == 0)
    out[start] = "<table>" + out[start]
    out[end] += "</table>"
    return end + 1


def inline(text: str) -> str:
    if "//" in text:
        text = _COMMENT.sub("", text)
    if "#link" in text:
        text = _LINK.sub(lambda m: m.group(2) or m.group(1), text)
    if "#" in text:
        text = _CALL.sub("", text)
    if "*" in text:
        text = _STRONG.sub(r"**\1**", text)
    if "_" in text:
        text = _EMPH.sub(r"*\1*", text)
    if "\\" in text:
        text = _ESCAPE.sub(lambda m: m.group(1), text)
    return text
