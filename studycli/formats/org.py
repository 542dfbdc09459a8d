"""Emacs org-mode notes, line for line as markdown.

`* Heading` (with its TODO keyword, priority and :tags: dropped) becomes `#`; `#+TITLE:` the
note's title and other `#+KEYWORD:` lines nothing; `:PROPERTIES:` ... `:END:` drawers nothing;
`#+BEGIN_SRC`/`EXAMPLE` blocks fences, `QUOTE` and other blocks quotes; `+`/`1)` list items
markdown's; a table's `|---+---|` rule under its header markdown's delimiter row (other rules
blank); `[[link][text]]` its text, and `=verbatim=`/`~code~` the words they mark.
"""

from __future__ import annotations

import re

_KEYWORD = re.compile(r"^\s*#\+(\w+):\s*(.*)$")
_BEGIN = re.compile(r"^\s*#\+begin_(\w+)", re.IGNORECASE)
_END = re.compile(r"^\s*#\+end_(\w+)", re.IGNORECASE)
_HEADING = re.compile(r"^(\*+)\s+(.*)$")
_TODO = re.compile(r"^(?:TODO|DONE|NEXT|WAITING|WAIT|HOLD|STARTED|IN-PROGRESS|CANCELLED|"
                   r"CANCELED)\b\s*")
_PRIORITY = re.compile(r"^\[#[A-Za-z0-9]\]\s*")
_TAGS = re.compile(r"\s+:[\w@#%]+(?::[\w@#%]+)*:\s*$")
_DRAWER = re.compile(r"^\s*:[A-Za-z_][\w-]*:\s*$")
_DRAWER_END = re.compile(r"^\s*:END:\s*$", re.IGNORECASE)
_COMMENT = re.compile(r"^\s*#(?:\s.*)?$")
_RULE = re.compile(r"^\s*\|?-[-+|]*\|?\s*$")
_ROW = re.compile(r"^\s*\|")
_ITEM = re.compile(r"^(\s*)(?:([-+])|(\d+)[.)]|(?<=\s)\*)\s+(.*)$")
_DESCRIBED_LINK = re.compile(r"\[\[([^\[\]]+)\]\[([^\[\]]+)\]\]")
_LINK = re.compile(r"\[\[([^\[\]]+)\]\]")
_CODE = re.compile(r"(?<![\w=~])([=~])(\S(?:[^\n]{0,80}?\S)?)\1(?![\w=~])")  # bounded: linear
_CHECKBOX = re.compile(r"^(\s*(?:-|\d+\.)\s+)\[([Xx-])\]")
_FOOTNOTE = re.compile(r"\[fn:[^\]]*\]")
_FENCED = {"src", "example"}


def org_to_markdown(lines: list[str]) -> list[str]:
    out: list[str] = []
    shift = 0  # one more level once a #+TITLE: is the note's first heading
    block = ""   # the #+BEGIN_ block being read, "" outside one
    in_drawer = False
    base = 0  # the indent of the current list's first item
    last_end, block_ends = _closers(lines)
    for i, line in enumerate(lines):
        if block:
            end = _END.match(line)
            if end and end.group(1).lower() == block:
                out.append("```" if block in _FENCED else "")
                block = ""
            else:
                out.append(line if block in _FENCED else "> " + line.strip())
            continue
        if in_drawer:
            in_drawer = not _DRAWER_END.match(line)
            out.append("")
            continue
        begin = _BEGIN.match(line)
        if begin and block_ends.get(begin.group(1).lower(), -1) > i:
            block = begin.group(1).lower()
            out.append("```" if block in _FENCED else "")
            continue
        keyword = _KEYWORD.match(line)
        if keyword:
            if keyword.group(1).lower() == "title" and keyword.group(2).strip():
                out.append("# " + keyword.group(2).strip())
                shift = 1
            else:
                out.append("")
            continue
        if _DRAWER.match(line) and not _DRAWER_END.match(line) and i < last_end:
            in_drawer = True
            out.append("")
            continue
        if _COMMENT.match(line):
            out.append("")
            continue
        item = _ITEM.match(line)
        if item and not (out and _IS_ITEM.match(out[-1])):
            base = len(item.group(1))  # a list indented under its heading starts at 0
        out.append(_line(line, shift, out, base))
    return out


def _closers(lines: list[str]) -> tuple[int, dict[str, int]]:
    """The last :END: line and the last #+END_ line of each block kind. A drawer or block
    opens only where it is closed later: a lone ":note:" line or a #+BEGIN_ never ended would
    blank (or quote) the rest of the note."""
    last_end, block_ends = -1, {}
    for i, line in enumerate(lines):
        if _DRAWER_END.match(line):
            last_end = i
        ended = _END.match(line)
        if ended:
            block_ends[ended.group(1).lower()] = i
    return last_end, block_ends


_IS_ITEM = re.compile(r"^\s*(?:-|\d+\.)\s")


def _line(line: str, shift: int, done: list[str], base: int) -> str:
    heading = _HEADING.match(line)
    if heading:
        title = _TODO.sub("", heading.group(2))
        title = _TAGS.sub("", _PRIORITY.sub("", title)).strip()
        return "#" * min(6, len(heading.group(1)) + shift) + " " + _inline(title) if title else ""
    if _ROW.match(line) or _RULE.match(line) and done and _ROW.match(done[-1] or ""):
        if _RULE.match(line):
            return _rule_under(done)
        return _inline(line.strip())
    item = _ITEM.match(line)
    if item:
        indent, bullet, number, text = item.groups()
        marker = f"{number}." if number else "-"
        line = " " * max(0, len(indent) - base) + f"{marker} {text}"
        line = _CHECKBOX.sub(lambda m: m.group(1) + ("[x]" if m.group(2) in "Xx" else "[ ]"),
                             line)
        return _inline(line)
    # Body text indented under its heading (org-indent, hard indentation) is prose, not
    # markdown's indented code
    return _inline(line.strip())


def _rule_under(done: list[str]) -> str:
    """A `|---+---|` rule: markdown's delimiter row under a table's first row (its header);
    blank anywhere else (a top border, a rule between body rows)."""
    above = done[-1] if done else ""
    first_row = above.startswith("|") and (len(done) < 2 or not done[-2].startswith("|"))
    if not first_row:
        return ""
    cells = above.strip().strip("|").split("|")
    return "|" + "---|" * len(cells)


def _inline(line: str) -> str:
    if "[[" in line:
        line = _DESCRIBED_LINK.sub(r"\2", line)
        line = _LINK.sub(r"\1", line)
    if "[fn:" in line:
        line = _FOOTNOTE.sub("", line)
    if "=" in line or "~" in line:
        line = _CODE.sub(r"\2", line)  # the value itself: the parser reads prose, not code
    return line
