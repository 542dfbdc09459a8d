"""A Textile page (Redmine's wiki, Textpattern) or a page of Confluence's wiki markup, its
near relative, line for line as markdown.

Read as markdown (the `h2.` headings of Confluence's markup aside, notes/normalize.py), a
numbered item (`# Enable MFA`) was a heading that every fact below it took as its subject, a
nested item (`** AWS managed keys`) no item, so each one's parent was lost, a table's header
cells kept their `_.` marks, and `@code@` and `"text":url` kept theirs. Here: `hN.` lines
are headings of level N, `bq.` a quote, `p.` a paragraph; `*`, `**`, `#`, `##` items
markdown's, nested by the count of their marks (a "#" numbers an item); tables pipe rows
(read as a table whose first row is its header, as markdown without a rule line is); `bc.`
lines code and `<pre>` blocks code blocks; the marks around words gone or markdown's own.
Confluence's own: `||head||head||` header rows, `{code}` and `{noformat}` blocks, `{{mono}}`
words, and `{info}`, `{note}`, `{panel}`... macros their text alone.
"""

from __future__ import annotations

import re

from studycli.formats.wiki import NEST, WIKI_LINK, pipe_rows

# a block's signature: h1.-h6., bq., p., bc., with an optional class, style or alignment
_BLOCK = re.compile(r"^(h[1-6]|bq|p|bc|pre|fn\d+)(?:\([^()]*\)|\{[^{}]*\}|[<>=]+)*\.(\.?)\s+(.*)$")
_ITEM = re.compile(r"^([*#]+)\s+(.*)$")
_TABLE_ROW = re.compile(r"^\s*\|.*\|\s*$")
# a cell's attributes: "_." a header cell, "\2." spans, "<." aligns, "{color:red}." styles
_CELL_ATTRS = re.compile(r"^(?:_|[\\/]\d+|[<>=^~]|\{[^{}]*\}|\([^()]*\))*\.(?:\s|$)")
_PRE_OPEN = re.compile(r"^\s*(?:<pre\b[^>]*>|\{(?:code|noformat)(?::[^{}]*)?\})\s*$",
                       re.IGNORECASE)
_PRE_CLOSE = re.compile(r"^\s*(?:</pre>|\{(?:code|noformat)\})\s*$", re.IGNORECASE)
# Redmine's macros ({{toc}}, {{child_pages}}) are no words; Confluence's {{text}} is monospace
_MACRO = re.compile(r"\{\{(>?(?:toc|child_pages|recent_pages|include|thumbnail|collapse)\b[^{}]"
                    r"{0,300}|[^{}]{0,300})\}\}")
_REDMINE_MACRO = re.compile(r">?(?:toc|child_pages|recent_pages|include|thumbnail|collapse)\b")
# Confluence's macros around words: {info}text{info}, {panel:title=x}, {toc:maxLevel=2}
_CONFLUENCE = re.compile(r"\{(?:info|note|warning|tip|panel|expand|toc|quote|color|anchor|"
                         r"status|section|column)(?::[^{}]{0,300})?\}", re.IGNORECASE)
_LINK = re.compile(r'"([^"\n]{1,300})":(?:https?://|/|#)\S*?(?=[\s,;)]|[.!?](?:\s|$)|$)')
# a mark opens after a space or a line's start and closes before one, as Textile reads it:
# "EC2*2" or "my_bucket_name" keep theirs
_STRONG = re.compile(r"(?<![\w*])\*\*?(?=\S)([^*\n]+?)(?<=\S)\*\*?(?![\w*])")
_EMPH = re.compile(r"(?<![\w_])__?(?=\S)([^_\n]+?)(?<=\S)__?(?![\w_])")
_CODE = re.compile(r"(?<![\w@])@(?=\S)([^@\n]+?)(?<=\S)@(?![\w@])")


def textile_to_markdown(lines: list[str]) -> list[str]:
    out = list(lines)
    code = False  # inside a <pre> block
    table: list[tuple[int, list[str]]] = []  # (line, cells)
    for i, line in enumerate(lines):
        if code:
            if _PRE_CLOSE.match(line):
                out[i] = "```"
                code = False
            continue
        if table and not _TABLE_ROW.match(line):
            pipe_rows(out, table)
            table = []
        block = _BLOCK.match(line)
        item = _ITEM.match(line)
        if _PRE_OPEN.match(line):
            out[i] = "```"
            code = True
        elif block:
            out[i] = _block(block.group(1), block.group(3))
        elif _TABLE_ROW.match(line):
            row = line.strip()
            cells = ([c.strip() for c in row.strip("|").split("||")] if row.startswith("||")
                     else [c.strip() for c in row[1:-1].split("|")])  # Confluence: ||a||b||
            table.append((i, [inline(_CELL_ATTRS.sub("", c)) for c in cells]))
            out[i] = ""
        elif item and item.group(2):
            marks = item.group(1)
            out[i] = (NEST * (len(marks) - 1) + ("1. " if marks[-1] == "#" else "- ")
                      + inline(item.group(2)))
        else:
            out[i] = inline(line)
    if table:
        pipe_rows(out, table)
    return out


def _block(kind: str, text: str) -> str:
    if kind[0] == "h":
        return "#" * int(kind[1]) + " " + inline(text)
    if kind == "bq":
        return "> " + inline(text)
    if kind in ("bc", "pre"):
        return f"`{text}`"
    return inline(text)


def inline(text: str) -> str:
    """A line's Textile marks as markdown's: bold and code kept as marks the markdown path
    reads, italic, links and macros as their words."""
    if "{{" in text:
        text = _MACRO.sub(lambda m: "" if _REDMINE_MACRO.match(m.group(1))
                          else f"`{m.group(1)}`", text)
    if "{" in text:
        text = _CONFLUENCE.sub("", text)
    if "[[" in text:
        text = WIKI_LINK.sub(lambda m: m.group(2) or m.group(1), text)
    if '":' in text:
        text = _LINK.sub(r"\1", text)
    if "*" in text:
        text = _STRONG.sub(r"**\1**", text)
    if "_" in text:
        text = _EMPH.sub(r"*\1*", text)
    if "@" in text:
        text = _CODE.sub(r"`\1`", text)
    return text
