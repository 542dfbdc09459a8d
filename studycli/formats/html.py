"""Notes saved or exported as HTML (Evernote, OneNote, Notion, Google Docs, a saved page), line
for line as markdown.

`<h1>`-`<h6>` become `#` headings, `<li>` list items (nested as their lists are), `<blockquote>`
quotes, `<b>`/`<strong>` bold; every other tag goes, entities are decoded, and the indentation
of the HTML source is dropped (it would read as markdown's indented code). `<table>`s are kept
as they are: the parser reads HTML tables. `<head>`, `<style>` and `<script>` are not notes;
the page's `<title>` is its first heading.

An export that holds a whole page on a few lines (Google Docs writes one) is first broken at
its block tags, one block a line: its line numbers then count blocks, as no editor's would
anyway; a page written a block a line keeps the file's own numbering.
"""

from __future__ import annotations

import re
import string
from html import unescape

_BLOCK_TAGS = ("p|div|h[1-6]|li|ul|ol|blockquote|pre|tr|table|thead|tbody|tfoot|section|article|"
               "header|footer|aside|details|summary|dt|dd|dl|figure|figcaption|hr|br|title|"
               "caption|main|nav")
_BLOCK_START = re.compile(rf"<(?:{_BLOCK_TAGS})\b[^<>]*>", re.IGNORECASE)
_BLOCK_END = re.compile(r"</(?:p|div|li|ul|ol|pre|dd|dt|dl|h[1-6]|blockquote|table|title)\s*>",
                        re.IGNORECASE)
_SKIP_OPEN = re.compile(r"<(head|style|script|noscript|template)\b[^<>]*>", re.IGNORECASE)
_HEADING = re.compile(r"^\s*(?:<(?!h[1-6]\b)[^<>]*>\s*)*<h([1-6])\b", re.IGNORECASE)
_TITLE = re.compile(r"<title\b[^<>]*>([^<]{0,500})</title>", re.IGNORECASE)
_LIST_TAG = re.compile(r"<(/?)(ul|ol)\b[^<>]*>", re.IGNORECASE)
_ITEM = re.compile(r"^\s*(?:<[^>]+>\s*)*?<li\b", re.IGNORECASE)
_QUOTE = re.compile(r"^\s*<blockquote\b", re.IGNORECASE)
_BOLD = re.compile(r"<(b|strong)\b[^<>]*>([^<]{0,500})</\1\s*>", re.IGNORECASE)
_CODE = re.compile(r"<code\b[^<>]*>([^<]{0,500})</code\s*>", re.IGNORECASE)
_BR = re.compile(r"<br\b[^<>]*>", re.IGNORECASE)
# (no "<" inside a tag: a line of "<<<<" costs one pass, not one pass per "<")
_TAG = re.compile(r"<[^<>]*>")
_TABLE_OPEN = re.compile(r"<table\b", re.IGNORECASE)
_TABLE_CLOSE = re.compile(r"</table\s*>", re.IGNORECASE)
_SPACES = re.compile(r"[ \t\u00a0]+")
# A page on few lines: more block tags than lines, by this factor (one block a line is 1).
_PACKED = 3


def html_to_markdown(lines: list[str]) -> list[str]:
    if _packed(lines):
        text = "\n".join(lines)
        text = _BLOCK_START.sub(lambda m: "\n" + m.group(), text)
        lines = _BLOCK_END.sub(lambda m: m.group() + "\n", text).split("\n")
        lines = [line for line in lines if line.strip()]
    return _convert(lines)


def _packed(lines: list[str]) -> bool:
    blocks = sum(len(_BLOCK_START.findall(line)) for line in lines if "<" in line)
    return blocks > _PACKED * max(1, len(lines))


def _convert(lines: list[str]) -> list[str]:
    out: list[str] = []
    skipping = ""   # the tag whose content is not a note (<head>, <style>...), "" if none
    in_table = False
    in_comment = False
    lists: list[str] = []  # the open <ul>/<ol>, innermost last
    for line in lines:
        if in_comment:
            in_comment = "-->" not in line
            out.append("")
            continue
        if "<!--" in line:
            line, in_comment = _without_comments(line)
        if skipping:
            title = _TITLE.search(line)
            close = re.search(rf"</{skipping}\s*>", line, re.IGNORECASE)
            heading = "# " + _text(title.group(1)) if title and _text(title.group(1)) else ""
            if not close or not _text(line[close.end():]) or heading:
                skipping = "" if close else skipping
                out.append(heading)
                continue
            # "</head><body><h1>Lambda</h1>": what follows the close is the note's
            skipping, line = "", line[close.end():]
        opened = _SKIP_OPEN.search(line)
        if opened and not re.search(rf"</{opened.group(1)}\s*>", line[opened.end():],
                                    re.IGNORECASE):
            title = _TITLE.search(line)
            skipping = opened.group(1).lower()
            out.append("# " + _text(title.group(1)) if title and _text(title.group(1)) else "")
            continue
        if opened:  # opened and closed on this line: what lies around it may be a note
            title = _TITLE.search(line)
            line = _without_element(line, opened.group(1))
            if title and _text(title.group(1)) and not _text(line):
                out.append("# " + _text(title.group(1)))
                continue
        if in_table or _TABLE_OPEN.search(line):
            in_table = not _TABLE_CLOSE.search(line)
            out.append(line.strip())
            continue
        out.append(_block(line, lists))
    return out


def _without_comments(line: str) -> tuple[str, bool]:
    """The line without its <!-- comments --> (found with str.find: linear however many
    "<!--" a hostile line holds), and whether a comment is left open at its end."""
    out, at = [], 0
    while True:
        start = line.find("<!--", at)
        if start < 0:
            out.append(line[at:])
            return "".join(out), False
        out.append(line[at:start])
        end = line.find("-->", start + 4)
        if end < 0:
            return "".join(out), True
        at = end + 3


_ASCII_LOWER = str.maketrans(string.ascii_uppercase, string.ascii_lowercase)


def _without_element(line: str, tag: str) -> str:
    """The line without its <tag>...</tag> elements (a one-line <style> or <script>)."""
    low = line.translate(_ASCII_LOWER)  # same length as the line, unlike str.lower()
    out, at = [], 0
    while True:
        start = low.find("<" + tag, at)
        end = low.find("</" + tag, start) if start >= 0 else -1
        if start < 0 or end < 0:
            out.append(line[at:])
            return "".join(out)
        out.append(line[at:start] + " ")
        close = low.find(">", end)
        at = len(line) if close < 0 else close + 1


def _block(line: str, lists: list[str]) -> str:
    """One line of a page outside its tables, as markdown."""
    depth = len(lists)
    for closing, kind in _LIST_TAG.findall(line):
        if closing:
            if lists:
                lists.pop()
        else:
            lists.append(kind.lower())
    heading = _HEADING.match(line)
    text = _text(line)
    if not text:
        return ""
    if heading:
        return "#" * int(heading.group(1)) + " " + text
    if _ITEM.match(line):
        level = max(depth, len(lists), 1)
        kind = lists[level - 1] if level <= len(lists) else "ul"
        return "  " * (level - 1) + ("1. " if kind == "ol" else "- ") + text
    if _QUOTE.match(line):
        return "> " + text
    return _glyph_indent(line) + text


_GLYPH = re.compile("^[\u2022\u25e6\u25aa\u25ab\u25a0\u25a1\u27a2\u2192o*-]\\s")


def _glyph_indent(line: str) -> str:
    """The indent of an Evernote or OneNote bullet typed with `&nbsp;`s ("&nbsp;&nbsp;o item"):
    its nesting under the line above, as the parser reads "  o item" in a text note. The HTML
    source's own indentation (spaces before the tag) is layout, not nesting."""
    if "&nbsp;" not in line and "\u00a0" not in line:
        return ""
    words = unescape(_TAG.sub("", line)).lstrip(" \t")
    body = words.lstrip("\u00a0 \t")
    return " " * (len(words) - len(body)) if _GLYPH.match(body) else ""


def _text(html: str) -> str:
    """The words of a piece of HTML, with bold kept as markdown's: the rest as a note line is
    stored (sanitize.readable: tags off, entities decoded, never into a control byte)."""
    from studycli.sanitize import readable

    if "<" in html:
        html = _BR.sub(" ", html)
        html = _CODE.sub(r"\1", html)
        html = _BOLD.sub(lambda m: f"**{m.group(2).strip()}**" if m.group(2).strip()
                         else m.group(2), html)
        # every other tag (<time>, <label>, <section>...) is layout: readable() strips only
        # the tags it knows, and one left would reach lookup answers and question text
        html = _TAG.sub(" ", html)
    return _SPACES.sub(" ", readable(html)).strip()
