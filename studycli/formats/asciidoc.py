"""AsciiDoc notes, line for line as markdown.

`=`/`==` section titles become `#` headings; `:attribute:` entries, `// comments`, `[...]`
block attributes and the delimiters of example, sidebar and open blocks nothing (their content
stays); `----`/`....` listing blocks fences; `____` quote blocks quotes; `.Title` block titles
bold labels; `*`/`**` and `.`/`..` list items markdown's, nested; `link[text]` its text.
A `|===` table becomes an HTML table, each row on the line where it starts (formats/rows.py):
its cells may stand one to a line, which no markdown table can hold.
"""

from __future__ import annotations

import re

from studycli.formats.rows import place_table
from studycli.services import without_service_names

_TITLE = re.compile(r"^(={1,6})\s+(\S.*?)(?:\s+=+)?\s*$")
_ATTRIBUTE = re.compile(r"^:!?[\w-]+!?:(?:\s.*)?$")
_COMMENT = re.compile(r"^//(?!/).*$")
_BLOCK_ATTRIBUTES = re.compile(r"^\[[^\[\]]*\]\s*$")
_BLOCK_TITLE = re.compile(r"^\.(?=[^\s.])(.+)$")
_UNORDERED = re.compile(r"^\s*(\*{1,5}|-)\s+(.*)$")
_ORDERED = re.compile(r"^\s*(\.{1,5})\s+(.*)$")
# A macro's brackets hold no "[" or "<": each try stops at the next one, so a hostile line of
# "link:link:..." or "<<<<" costs one pass, not one pass per character
_BRACKETS = re.compile(r"\[([^\[\]\n]*)\]")
_LINK_TARGET = re.compile(r"(?:link:)?(?:https?://\S+|\S+\.(?:html|adoc|md))")
_XREF = re.compile(r"<<([^,<>]{1,200})(?:,([^<>]{1,200}))?>>")
_FENCE = re.compile(r"^(-{4,}|\.{4,})\s*$")
_QUOTE = re.compile(r"^_{4,}\s*$")
_PLAIN = re.compile(r"^(={4,}|\*{4,}|-{2}|\+{4,})\s*$")  # example, sidebar, open, passthrough
_COMMENT_BLOCK = re.compile(r"^/{4,}\s*$")
# a two-line section title's underline, by level ("Title" over "-----" is a "== Title")
_UNDERLINE = re.compile(r"^(={2,}|-{2,}|~{2,}|\^{2,}|\+{2,})\s*$")
_UNDERLINE_LEVELS = "=-~^+"
_TITLE_TEXT = re.compile(r"^\w")
# a number of its own ("5 TB", "15 min"; not the 3 of "S3" or "C02") says a fact, not a title
_NUMBER = re.compile(r"\b\d")
_LIST_ITEM = re.compile(r"^(?:\d+|[a-zA-Z]|[ivxIVX]+)[.)]\s")  # "1. Item", "a) item": a list
_TABLE = re.compile(r"^[|!,:]===\s*$")
_COLS = re.compile(r"cols\s*=\s*\"?([^\"\]]+)\"?")
_CELL_SPEC = re.compile(r"^(?:\d+(?:\.\d+)?[+*])?[<^>]?(?:\.[<^>])?[adehlmsv]?$")


class _State:
    """Where the reader is: inside a listing, quote or comment block, or a table."""

    def __init__(self) -> None:
        self.fence = ""       # the delimiter of the listing block being read
        self.quoting = ""     # the delimiter of the quote block being read
        self.commenting = ""  # the delimiter of the comment block being read
        self.table: _Table | None = None
        self.cols = 0         # the column count of the next table, from its [cols=...]
        self.header = False   # its [%header] / options="header"


def asciidoc_to_markdown(lines: list[str]) -> list[str]:
    out: list[str] = []
    state = _State()
    closed_anywhere, closed_in_section = _delimiters_closed(lines)
    for i, line in enumerate(lines):
        if _inside_block(state, line, i, out):
            continue
        if i and not state.quoting and i not in closed_in_section \
                and _underlined_title(line, out, lines[i - 1]):
            out.append("")
        elif _FENCE.match(line.strip()) and i not in closed_anywhere:
            out.append("")  # a delimiter no identical row closes opens no block (all code)
        else:
            out.append(_outside(state, line))
    if state.table is not None:  # a table never closed: what it read is still a table
        state.table.close(out, len(lines) - 1)
    return out


def _inside_block(state: _State, line: str, i: int, out: list[str]) -> bool:
    """Line i read as part of a comment, listing block or table (True), or not in one."""
    stripped = line.strip()
    if state.commenting:
        state.commenting = "" if stripped == state.commenting else state.commenting
        out.append("")
    elif state.fence:
        if stripped == state.fence:
            state.fence = ""
        out.append("```" if not state.fence else line)
    elif state.table is not None:
        if _TABLE.match(stripped):
            state.table.close(out, i)
            state.table = None
        else:
            state.table.read(line, i, out)
    elif _TABLE.match(stripped):
        state.table = _Table(i, state.cols, state.header, stripped[0])
        state.cols, state.header = 0, False
        out.append("")
    else:
        return False
    return True


def _delimiters_closed(lines: list[str]) -> tuple[set[int], set[int]]:
    """The `----`/`....` rows an identical row follows: anywhere below (so one that opens a
    block is closed), and before the next `==` title (so "CLI:" over "----" opens the
    listing that row closes, not a two-line title). One pass from the end."""
    anywhere: set[int] = set()
    in_section: set[int] = set()
    below: set[str] = set()
    below_in_section: set[str] = set()
    for i in range(len(lines) - 1, -1, -1):
        stripped = lines[i].strip()
        if _FENCE.match(stripped):
            if stripped in below:
                anywhere.add(i)
            if stripped in below_in_section:
                in_section.add(i)
            below.add(stripped)
            below_in_section.add(stripped)
        elif _TITLE.match(lines[i]):
            below_in_section.clear()
    return anywhere, in_section


def _underlined_title(line: str, out: list[str], raw_before: str) -> bool:
    """Whether `line` underlines the line before as a two-line section title (then written
    as a heading there): Asciidoctor's rule, a title starting a block (first line, or after
    a blank line or a heading) over an underline as long as it within one character. A cram
    sheet's "CLF-C02 CRAM SHEET" over a row of dashes opened a listing block that was never
    closed, and every line below was read as code."""
    stripped = line.rstrip()
    mark = _UNDERLINE.match(stripped)
    title = raw_before.strip()
    if not mark or not out or not out[-1].strip() or not _TITLE_TEXT.match(raw_before) \
            or _LIST_ITEM.match(raw_before) or _NUMBER.search(without_service_names(title)) \
            or abs(len(stripped) - len(title)) > 1:
        return False
    if len(out) >= 2 and out[-2].strip() and not out[-2].startswith("#"):
        return False  # mid-paragraph: "memory up to 10 GB" over dashes stays Lambda's line
    level = _UNDERLINE_LEVELS.index(stripped[0]) + 1
    out[-1] = "#" * level + " " + _inline(title)
    return True


def _outside(state: _State, line: str) -> str:
    """A line outside any block, as markdown (a delimiter opens one and is blank)."""
    stripped = line.strip()
    if _COMMENT_BLOCK.match(stripped):
        state.commenting = stripped
        return ""
    if _FENCE.match(stripped):
        state.fence = stripped
        return "```"
    if _QUOTE.match(stripped):
        state.quoting = "" if state.quoting == stripped else stripped
        return ""
    if _BLOCK_ATTRIBUTES.match(stripped):
        spec = _COLS.search(stripped)
        if spec:
            state.cols = _column_count(spec.group(1))
        state.header = state.header or "header" in stripped
        return ""
    if _PLAIN.match(stripped) or _ATTRIBUTE.match(stripped) or _COMMENT.match(stripped):
        return ""
    converted = _line(line)
    return "> " + converted if state.quoting and converted else converted


def _line(line: str) -> str:
    title = _TITLE.match(line)
    if title:
        return "#" * len(title.group(1)) + " " + _inline(title.group(2))
    label = _BLOCK_TITLE.match(line)
    if label:
        return "**" + _inline(label.group(1).strip()) + "**"
    item = _UNORDERED.match(line)
    if item:
        depth = 1 if item.group(1) == "-" else len(item.group(1))
        return "  " * (depth - 1) + "- " + _inline(item.group(2))
    item = _ORDERED.match(line)
    if item:
        return "   " * (len(item.group(1)) - 1) + "1. " + _inline(item.group(2))
    # AsciiDoc has no indented code: an indented line is a literal paragraph, words all the same
    return _inline(line.strip())


def _inline(text: str) -> str:
    if "[" in text:
        text = _links_as_text(text)
    if "<<" in text:
        text = _XREF.sub(lambda m: m.group(2) or m.group(1), text)
    return text


def _links_as_text(text: str) -> str:
    """`https://x[the docs]`, `link:notes.html[notes]` as their text (the target when the
    brackets are empty); other brackets as written."""
    out, at = [], 0
    for m in _BRACKETS.finditer(text):
        head = text[at:m.start()]
        cut = max(head.rfind(" "), head.rfind("\t")) + 1
        target = head[cut:]
        if target and _LINK_TARGET.fullmatch(target[-400:]):
            out.append(head[:cut] + (m.group(1) or target.removeprefix("link:")))
            at = m.end()
    return "".join(out) + text[at:] if out else text


def _column_count(spec: str) -> int:
    """Columns of a `cols` attribute: "1,2,1" is three, "3*" three, "2*,1" three."""
    spec = spec.strip()
    if spec.isdigit():
        return int(spec)
    count = 0
    for part in spec.split(","):
        m = re.match(r"\s*(\d+)\*", part)
        count += int(m.group(1)) if m else 1
    return count


class _Table:
    """A `|===` table being read: its cells, gathered into rows of `cols` cells."""

    def __init__(self, start: int, cols: int, header: bool, sep: str = "|") -> None:
        # the cell separator its delimiter names: "|===", nested "!===", CSV ",===", DSV ":==="
        self.start, self.cols, self.header, self.sep = start, cols, header, sep
        self.rows: list[tuple[int, list[str]]] = []
        self.cells: list[str] = []
        self.row_line = -1
        self.first_row_end = -1

    def read(self, line: str, i: int, out: list[str]) -> None:
        out.append("")
        stripped = line.strip()
        if not stripped:
            if self.rows and not self.cells and len(self.rows) == 1 and self.first_row_end == i - 1:
                self.header = True  # AsciiDoc's implicit header: a first row, then a blank line
            if not self.cols and self.cells:  # a first row of one cell a line ends here
                self._row_done(i - 1)
            return
        if self.sep in (",", ":"):  # CSV / DSV: one row a line, no leading separator
            stripped = self.sep + stripped
        if self.sep not in stripped:
            if self.cells:  # a cell's text goes on over this line
                self.cells[-1] += " " + stripped
            return
        parts = stripped.split(self.sep)
        lead, cells = parts[0].strip(), [c.strip() for c in parts[1:]]
        if lead and not _CELL_SPEC.match(lead) and self.cells:
            self.cells[-1] += " " + lead
        cells = [_strip_spec(c) for c in cells]
        if not self.cols and not self.rows and not self.cells and len(cells) > 1:
            self.cols = len(cells)  # the first line's cells set the count
        if not self.cells:
            self.row_line = i
        self.cells.extend(cells)
        while self.cols and len(self.cells) >= self.cols:
            row, self.cells = self.cells[: self.cols], self.cells[self.cols:]
            self.rows.append((self.row_line, row))
            if len(self.rows) == 1:
                self.first_row_end = i
            self.row_line = i

    def _row_done(self, i: int) -> None:
        self.cols = len(self.cells)
        self.rows.append((self.row_line, self.cells))
        self.cells = []
        self.first_row_end = i

    def close(self, out: list[str], i: int) -> None:
        if i >= len(out):
            out.append("")
        if self.cells:
            self.rows.append((self.row_line, self.cells + [""] * (self.cols - len(self.cells))))
        place_table(out, [(ln, [_inline(c) for c in cells]) for ln, cells in self.rows],
                    self.start, i, self.header)


_TRAILING_SPEC = re.compile(r"\s+\d+(?:\.\d+)?[+*][<^>]?[adehlmsv]?$")


def _strip_spec(cell: str) -> str:
    """A cell's text without the span spec of the next cell (`| a 2+| b`: "a", not "a 2+")."""
    return _TRAILING_SPEC.sub("", cell)
