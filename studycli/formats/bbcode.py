"""A forum post in BBCode (phpBB, vBulletin, Discourse's BBCode), line for line as markdown.

Read as plain text, a post's `[b]SQS[/b]` title line was a line of text, so no fact below it
knew its service, `[*]` items were no items and every value kept its tags ("[b]300 msg/s[/b]"
is what a student was shown). Here: a line that is only a bold, underlined or sized title
(`[b]SNS[/b]`, `[size=150]...[/size]`, `[h2]...[/h2]`) is a heading; `[*]` items are
markdown's, nested by the `[list]` they are in and numbered in a `[list=1]`; `[code]` blocks
are code blocks, `[quote]` lines quotes; `[table]`, `[tr]`, `[th]` and `[td]` are HTML's table
tags (the parser reads an HTML table whatever its line breaks); bold and italic are
markdown's, links, colours and other tags their words.
"""

from __future__ import annotations

import re

from studycli.formats.wiki import NEST

_OPEN_LIST = re.compile(r"\[list(?:=([^\]]{0,10}))?\]", re.IGNORECASE)
_CLOSE_LIST = re.compile(r"\[/list\]", re.IGNORECASE)
_ITEM = re.compile(r"^\s*\[\*\]\s*(.*)$")
_CODE_OPEN = re.compile(r"^\s*\[code(?:=[^\]]{0,20})?\]\s*$", re.IGNORECASE)
_CODE_CLOSE = re.compile(r"^\s*\[/code\]\s*$", re.IGNORECASE)
# a line that is nothing but a title: [b]..[/b], [u]..[/u], [size=..]..[/size], [hN]..[/hN],
# maybe with a short aside in brackets after it ("[b]EventBridge[/b] (ex CloudWatch Events)");
# a bold followed by a sentence is a lead-in ("[b]Note:[/b] these are per table"), inline
_TITLE = re.compile(r"^\s*((?:\[(?:b|u|size=[^\]]{1,10}|h[1-6]|heading)\]\s*){1,4})"
                    r"([^\[\]]{1,120}?)((?:\s*\[/(?:b|u|size|h[1-6]|heading)\]){1,4})"
                    r"\s*(\([^()\[\]]{0,60}\))?\s*$", re.IGNORECASE)
_HEADING_LEVEL = re.compile(r"\[h([1-6])\]", re.IGNORECASE)
_TABLE_TAG = re.compile(r"\[(/?)(table|tr|td|th)\b[^\]]{0,60}\]", re.IGNORECASE)
# (a span holds no other opening of its tag: tried from each "[b]" of a line of them, a
# span of up to 500 characters on made a long line's work its length times 500)
_URL = re.compile(r"\[url=([^\]]{0,500})\]((?:(?!\[/?url).){0,500}?)\[/url\]"
                  r"|\[url\]((?:(?!\[/?url).){0,500}?)\[/url\]",
                  re.IGNORECASE)
_BOLD = re.compile(r"\[b\]((?:(?!\[/?b\]).){0,500}?)\[/b\]", re.IGNORECASE)
_ITALIC = re.compile(r"\[i\]((?:(?!\[/?i\]).){0,500}?)\[/i\]", re.IGNORECASE)
_INLINE_CODE = re.compile(r"\[(?:icode|c|tt|font=monospace)\]"
                          r"((?:(?!\[/?(?:icode|c|tt|font)\b).){0,500}?)\[/(?:icode|c|tt|font)\]",
                          re.IGNORECASE)
_IMAGE = re.compile(r"\[img[^\]]{0,60}\](?:(?!\[/?img).){0,500}?\[/img\]", re.IGNORECASE)
# tags read for their words alone: underline, strike, colour, size, font, alignment, spoiler
_ANY = re.compile(r"\[/?(?:u|s|strike|color|colour|size|font|center|left|right|spoiler|"
                  r"highlight|sup|sub|quote|noparse|indent|h[1-6]|heading)(?:=[^\]]{0,60})?\]",
                  re.IGNORECASE)


def bbcode_to_markdown(lines: list[str]) -> list[str]:
    out = list(lines)
    lists: list[bool] = []  # the lists open here, innermost last: numbered or not
    code = False
    quoted = 0  # [quote] blocks open
    for i, line in enumerate(lines):
        if code:
            close = _CODE_CLOSE.match(line)
            if close:
                code = False
                out[i] = "```"
            continue
        opened = _CODE_OPEN.match(line)
        if opened:
            code = True
            out[i] = "```"
            continue
        quoted += len(re.findall(r"\[quote\b", line, re.IGNORECASE))
        in_quote = quoted > 0
        quoted = max(0, quoted - len(re.findall(r"\[/quote\]", line, re.IGNORECASE)))
        text = line
        for m in _OPEN_LIST.finditer(line):
            lists.append(bool(m.group(1)))
        text = _OPEN_LIST.sub("", text)
        closes = len(_CLOSE_LIST.findall(text))
        text = _CLOSE_LIST.sub("", text)
        item = _ITEM.match(text)
        if item:
            depth = max(0, len(lists) - 1)
            mark = "1. " if lists and lists[-1] else "- "
            text = NEST * depth + mark + inline(item.group(1))
        else:
            text = _title(text, first=not any(x.strip() for x in lines[:i])) or inline(text)
        del lists[max(0, len(lists) - closes):]
        out[i] = ("> " + text if in_quote and text.strip() else text)
    return out


def _title(line: str, first: bool) -> str | None:
    """A line of nothing but a bold, underlined or sized title as a heading ("[b]SNS[/b]",
    "[b]EventBridge[/b] (ex CloudWatch Events)"): as the post's own headings are written, the
    post's `first` line its title, over the rest."""
    m = _TITLE.match(line)
    if not m or m.group(2).rstrip().endswith(":"):
        return None
    level = _HEADING_LEVEL.search(m.group(1))
    marks = "#" * (int(level.group(1)) if level else 1 if first else 2)
    return f"{marks} {inline(m.group(2))}" + (f" {inline(m.group(4))}" if m.group(4) else "")


def inline(text: str) -> str:
    if "[" not in text:
        return text
    text = _URL.sub(lambda m: m.group(2) or m.group(3) or m.group(1), text)
    text = _IMAGE.sub("", text)
    text = _TABLE_TAG.sub(lambda m: f"<{m.group(1)}{m.group(2).lower()}>", text)
    text = _BOLD.sub(r"**\1**", text)
    text = _ITALIC.sub(r"*\1*", text)
    text = _INLINE_CODE.sub(r"`\1`", text)
    return _ANY.sub("", text)
