"""A DokuWiki page or a Zim desktop-wiki page, line for line as markdown.

Both wikis write headings between runs of "=", the most for the outermost (`====== Page
======` is the page's title, `==== Part ====` a part of a section): MediaWiki's reading
(formats/wiki.py), the fewest outermost, turned every section upside down. Read as plain text
(both are saved as `.txt`), a heading was a line of text, so no fact below it knew its service;
a DokuWiki table (`^ head ^ head ^`, `| cell | cell |`) was no table, its indented items
(`  * item`, two spaces a level) were code; a Zim page's header (`Content-Type:
text/x-zim-wiki`, `Creation-Date: ...`) was read as facts. Here: headings are `#` headings of
the level their run of "=" says; lists are markdown's, nested by their indent (DokuWiki's two
spaces a level, Zim's tabs); DokuWiki tables are pipe rows (read as a table
whose first row is its header, as markdown without a rule line is); `<code>`, `<file>`
and Zim's `'''` blocks are code blocks; bold, italic, underline, monospace and links
(`[[target|text]]`) their words.
"""

from __future__ import annotations

import re

from studycli.formats.wiki import NEST, WIKI_LINK, pipe_rows

_HEADING = re.compile(r"^\s*(={2,6})\s*(.+?)\s*={2,6}\s*$")
_ZIM_HEADER = re.compile(r"^(Content-Type|Wiki-Format|Creation-Date|Modification-Date):")
_ZIM_CREATED = re.compile(r"^Created \w+ \d{1,2} \w+ \d{4}\s*$")  # under a Zim page's title
_ITEM = re.compile(r"^([ \t]*)([*-]|\d{1,3}\.)\s+(.*)$")
_CHECKBOX = re.compile(r"^\[[ *xX<>]\]\s*")  # Zim's task items: [ ] open, [*] done
_TABLE_ROW = re.compile(r"^\s*[|^].*[|^]\s*$")
_CELL = re.compile(r"[|^]")
_CODE_OPEN = re.compile(r"^\s*<(code|file)\b[^>]*>\s*$", re.IGNORECASE)
_CODE_CLOSE = re.compile(r"^\s*</(code|file)>\s*$", re.IGNORECASE)
_MEDIA = re.compile(r"\{\{[^{}]{0,300}\}\}")
_ITALIC = re.compile(r"(?<![:/])//(?!/)(.+?)(?<![:/])//")
_UNDERLINE = re.compile(r"__(.+?)__")
_MONO = re.compile(r"''(.+?)''")
_NOWIKI = re.compile(r"%%(.{0,500}?)%%")


def dokuwiki_to_markdown(lines: list[str]) -> list[str]:
    """DokuWiki's or Zim's markup, line for line."""
    out = list(lines)
    body = _zim_header(lines, out)
    # DokuWiki indents its outermost items two spaces, Zim none: a level is the step
    # between the least indent of the page's items and the next
    indents = [_width(m.group(1)) for line in lines[body:] if (m := _ITEM.match(line))]
    least = min(indents, default=0)
    fenced = ""
    table: list[tuple[int, list[str]]] = []  # (line, cells)
    for i in range(body, len(lines)):
        line = lines[i]
        stripped = line.strip()
        if fenced:
            if (fenced == "'''" and stripped == "'''") or (fenced == "<" and
                                                              _CODE_CLOSE.match(line)):
                fenced = ""
                out[i] = "```"
            continue
        if stripped == "'''" or _CODE_OPEN.match(line):
            fenced = "'''" if stripped == "'''" else "<"
            out[i] = "```"
            continue
        if table and not _TABLE_ROW.match(line):
            pipe_rows(out, table)
            table = []
        if body and i < body + 4 and _ZIM_CREATED.match(line):
            out[i] = ""  # the date Zim writes under a new page's title is no note
            continue
        heading = _HEADING.match(line)
        item = _ITEM.match(line)
        if heading:
            level = max(1, 7 - len(heading.group(1)))
            out[i] = "#" * level + " " + _inline(heading.group(2))
        elif _TABLE_ROW.match(line) and ("^" in stripped[:1] or table or _is_table(lines, i)):
            table.append((i, _cells(stripped)))
            out[i] = ""
        elif item and item.group(3):
            depth = max(0, (_width(item.group(1)) - least)) // 2
            mark = "1. " if item.group(2)[0].isdigit() else "- "
            out[i] = NEST * depth + mark + _inline(_CHECKBOX.sub("", item.group(3)))
        else:
            out[i] = _inline(line.strip() if line[:1] in " \t" else line)
    if table:
        pipe_rows(out, table)
    return out


def _zim_header(lines: list[str], out: list[str]) -> int:
    """A Zim page's header fields are no note: blanked. The index of the first line of
    the page's body."""
    end = 0
    while end < len(lines) and _ZIM_HEADER.match(lines[end]):
        out[end] = ""
        end += 1
    return end


def _width(indent: str) -> int:
    return len(indent.replace("\t", "  "))


def _is_table(lines: list[str], i: int) -> bool:
    """Whether a line of "| a | b |" opens a table: a row follows it (a lone line between
    bars is a line of text)."""
    return i + 1 < len(lines) and bool(_TABLE_ROW.match(lines[i + 1]))


def _cells(row: str) -> list[str]:
    """A row's cells, whether "^" (a header cell) or "|" bounds them; a Zim table's rule
    row (|---|---|) has none."""
    cells = [_inline(c.strip()) for c in _CELL.split(row)[1:-1]]
    return [] if all(set(c) <= set("-: ") for c in cells) else cells


def _inline(text: str) -> str:
    if "%%" in text:
        text = _NOWIKI.sub(r"\1", text)
    if "[[" in text:
        text = WIKI_LINK.sub(lambda m: (m.group(2) or m.group(1).rsplit(":", 1)[-1]).strip(), text)
    if "{{" in text:
        text = _MEDIA.sub("", text)
    if "//" in text:
        text = _ITALIC.sub(r"*\1*", text)
    if "__" in text:
        text = _UNDERLINE.sub(r"\1", text)
    if "''" in text:
        text = _MONO.sub(r"`\1`", text)
    return text
