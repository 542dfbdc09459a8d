"""Notes kept in a wiki's markup, line for line as markdown: a TiddlyWiki tiddler (`.tid`), a
MediaWiki or vimwiki page (`.wiki`, `.mediawiki`).

Read as plain text, a tiddler's `!! ELB` heading was a line of text that every fact below took
as its subject ("!! ha"), its `** nested` items were no items, so each one's parent was
lost, and its header fields (`title:`, `tags:`, `type: text/vnd.tiddlywiki`) were facts. Here:
headings (`!!` in TiddlyWiki, `== H ==` in MediaWiki and vimwiki) are `#` headings; lists whose
depth is the count of their marks (`**`, `##`, `*#`) nested items ("#" numbers an item in a
wiki, where markdown would read a heading); bold and italic (`''b''`, `'''b'''`, `//i//`) and
links (`[[text|target]]`) their words; a vimwiki `{{{` block or a MediaWiki `<pre>`,
`<syntaxhighlight lang=...>` or `<source>` block a code block (a buildspec's
"timeout-in-minutes: 480" was a CodeBuild fact); a tiddler's header its title as the first
heading.
"""

from __future__ import annotations

import re

_TID_FIELD = re.compile(r"^([\w.-]+):\s?(.*)$")
_TID_HEADING = re.compile(r"^(!{1,6})\s*(.+?)\s*$")
_WIKI_HEADING = re.compile(r"^\s*(={1,6})\s*(.+?)\s*\1\s*$")
_LIST = re.compile(r"^([*#]+)\s*(.*)$")
_WIKI_LIST = re.compile(r"^(\s*)([*#]+)\s+(.*)$")  # vimwiki indents its levels too
# a list level as the markdown reader nests it: under a "1. " item two spaces nest nothing
NEST = "   "

# [[target]] or [[target|text]]: the link syntax MediaWiki, TiddlyWiki, DokuWiki, Zim and
# Confluence share (dokuwiki.py and textile.py read it with this pattern too)
WIKI_LINK = re.compile(r"\[\[([^\[\]|]{0,300})(?:\|([^\[\]]{0,300}))?\]\]")
_MACRO = re.compile(r"<<[^<>]{0,300}>>|\{\{[^{}]{0,300}\}\}(?!\})")
_TID_BOLD = re.compile(r"''(?!')(.+?)''")
_TID_ITALIC = re.compile(r"(?<![:/])//(?!/)(.+?)(?<![:/])//")
_WIKI_BOLD = re.compile(r"'''(.+?)'''")
_WIKI_ITALIC = re.compile(r"''(.+?)''")
# a MediaWiki code block: <pre>, <syntaxhighlight lang="yaml">, <source> (its older name), a
# tag opening a line and closed on another
_CODE_OPEN = re.compile(r"^<(pre|syntaxhighlight|source)(?:\s[^>]*)?>$", re.IGNORECASE)
_CODE_CLOSE = re.compile(r"^(?:\}\}\}|</(?:pre|syntaxhighlight|source)>)$", re.IGNORECASE)
_TABLE_ROW_CLASS = re.compile(r"\|[hkcf]\s*$")  # a TiddlyWiki row's class: |h header...


def tiddlywiki_to_markdown(lines: list[str]) -> list[str]:
    out = [""] * len(lines)
    body = _header(lines, out)
    fenced = False
    for i in range(body, len(lines)):
        line = lines[i]
        if line.strip().startswith("```"):
            fenced = not fenced
            out[i] = line
            continue
        if fenced:
            out[i] = line
            continue
        heading = _TID_HEADING.match(line)
        listed = _LIST.match(line)
        if heading:
            out[i] = "#" * len(heading.group(1)) + " " + _tid_inline(heading.group(2))
        elif listed and listed.group(2):
            out[i] = _item(listed.group(1), _tid_inline(listed.group(2)))
        elif line.startswith("|"):
            out[i] = _tid_inline(_TABLE_ROW_CLASS.sub("|", line.rstrip()))
        else:
            out[i] = _tid_inline(line)
    return out


def _header(lines: list[str], out: list[str]) -> int:
    """A tiddler's header fields (up to the first blank line): its title is the note's first
    heading, the rest (dates, tags, type) no note. The index of the first line of its body."""
    end = 0
    while end < len(lines) and _TID_FIELD.match(lines[end]):
        end += 1
    if not end or (end < len(lines) and lines[end].strip()):
        return 0  # no header: a body whose first line says "key: value"
    for i in range(end):
        name, value = _TID_FIELD.match(lines[i]).groups()  # type: ignore[union-attr]
        if name.lower() == "title" and value.strip():
            out[i] = "# " + value.strip()
    return end


def wiki_to_markdown(lines: list[str]) -> list[str]:
    out: list[str] = []
    fenced = False
    for line in lines:
        stripped = line.strip()
        if not fenced and (_CODE_OPEN.match(stripped) or (stripped.startswith("{{{")
                                                           and "}}}" not in stripped)):
            fenced = True
            out.append("```")
            continue
        if fenced:
            if _CODE_CLOSE.match(stripped):
                fenced = False
                out.append("```")
            else:
                out.append(line)
            continue
        heading = _WIKI_HEADING.match(line)
        listed = _WIKI_LIST.match(line)
        if heading:
            out.append("#" * len(heading.group(1)) + " " + _wiki_inline(heading.group(2)))
        elif listed:
            indent, marks, text = listed.groups()
            out.append(" " * len(indent) + _item(marks, _wiki_inline(text)))
        else:
            out.append(_wiki_inline(line))
    return out


def _item(marks: str, text: str) -> str:
    """A wiki list item as markdown's: nested by the count of its marks, numbered if its
    last mark is "#"."""
    return "  " * (len(marks) - 1) + ("1. " if marks[-1] == "#" else "- ") + text


def _tid_inline(text: str) -> str:
    if "[[" in text:
        text = WIKI_LINK.sub(lambda m: m.group(1), text)  # TiddlyWiki: [[text|target]]
    if "<<" in text or "{{" in text:
        text = _MACRO.sub("", text)
    if "''" in text:
        text = _TID_BOLD.sub(r"**\1**", text)
    if "//" in text:
        text = _TID_ITALIC.sub(r"*\1*", text)
    return text


def _wiki_inline(text: str) -> str:
    if "[[" in text:  # MediaWiki and vimwiki: [[target|text]]
        text = WIKI_LINK.sub(lambda m: m.group(2) or m.group(1), text)
    if "{{" in text:
        text = _MACRO.sub("", text)
    if "''" in text:
        text = _WIKI_ITALIC.sub(r"*\1*", _WIKI_BOLD.sub(r"**\1**", text))
    return text


def pipe_rows(out: list[str], table: list[tuple[int, list[str]]]) -> None:
    """A wiki table's rows (line index, cells) written over `out` as pipe rows, which the
    markdown path reads as a table whose first row is its header (notes/tables.py); a row
    without cells (a Zim table's rule row) as a rule line."""
    width = max(len(cells) for _, cells in table)
    for i, cells in table:
        out[i] = ("| " + " | ".join(c.replace("|", "/") for c in cells) + " |" if cells
                  else "|" + "---|" * width)
