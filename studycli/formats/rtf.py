"""Rich Text Format notes (TextEdit's and WordPad's default), line for line as markdown.

An `.rtf` note is text wrapped in markup: `{\\rtf1\\ansi ... \\f0\\fs24 Lambda timeout: 15 min\\`
(TextEdit ends each paragraph with a backslash), `... 15 min\\par` (WordPad), `\\'e9` and
`\\u8226 ?` for characters outside ASCII, `{\\fonttbl ...}` and `{\\colortbl ...}` tables of
the document's fonts and colours. Read as plain text, every fact sat among control words
("\\f0\\fs24 \\cf0 Lambda timeout: 15 min\\"), so the converter keeps each line's text and
drops the markup, on the line it stood on: the header's lines are blank, a list item's
marker (`{\\listtext \\u8226 }`) a bullet, a table's cells (`\\cell`) a pipe row.
"""

from __future__ import annotations

import re

from studycli.formats.rows import place_table

# Destinations whose text is no note text: the document's tables, metadata and pictures
_SKIPPED = frozenset({
    "fonttbl", "colortbl", "expandedcolortbl", "stylesheet", "info", "listtable",
    "listoverridetable", "pict", "header", "footer", "headerl", "headerr", "footerl",
    "footerr", "revtbl", "rsidtbl", "generator", "themedata", "colorschememapping",
    "latentstyles", "datastore", "xmlnstbl", "mmathPr", "pgdsctbl", "filetbl", "object",
    "nonshppict", "fldinst", "bkmkstart", "bkmkend",
})
# Control words that stand for a character
_CHARACTERS = {
    "tab": "\t", "bullet": "\u2022", "emdash": "\u2014", "endash": "\u2013",
    "lquote": "\u2018", "rquote": "\u2019", "ldblquote": "\u201c", "rdblquote": "\u201d",
    "emspace": " ", "enspace": " ", "qmspace": " ",
}
# Control words that end a paragraph or a line: on a line of their own they end it, between
# two stretches of text on one line they part them as a sentence would
_BREAKS = frozenset({"par", "line", "sect", "page"})
_TOKEN = re.compile(r"\\([a-zA-Z]{1,32})(-?\d{1,10})? ?|\\'([0-9a-fA-F]{2})|\\(.)|([{}])|"
                    r"([^\\{}]+)|\\$", re.DOTALL)


def rtf_to_markdown(lines: list[str]) -> list[str]:
    state = _State()
    out: list[str] = []
    rows: list[tuple[int, list[str]]] = []  # each table row: the line it ends on, its cells
    for k, line in enumerate(lines):
        out.append(state.line(line))
        if len(state.rows) == 1:  # (a table written on one line keeps its pipe rows)
            rows.append((k, state.rows[0]))
    if not any(text.strip() for text in out):
        return lines
    _tables(out, rows)
    return out


def _tables(out: list[str], rows: list[tuple[int, list[str]]]) -> None:
    """Table rows parted by blank lines (each row's cells on lines of their own, as TextEdit
    and WordPad write them) are no markdown table, which is rows on consecutive lines under a
    rule: each run of two rows or more is written as an HTML table the parser reads, a row
    on the line it ends on (formats/rows.py). Its first row is its header only when it is
    clearly unlike the rows below: it states no number and every row below does. A table of
    words ("Basic | no technical support cases" over "Developer | business-hours email") has
    no header row: taken as one, its first row was read as column names, not a fact."""
    run: list[tuple[int, list[str]]] = []
    for k, cells in [*rows, (-1, [])]:
        if run and k > run[-1][0] and not any(x.strip() for x in out[run[-1][0] + 1:k]):
            run.append((k, cells))
            continue
        if len(run) >= 2:
            header = not _states_number(run[0][1]) \
                and all(_states_number(cells) for _, cells in run[1:])
            place_table(out, run, run[0][0], run[-1][0], header)
        run = [(k, cells)]


def _states_number(cells: list[str]) -> bool:
    return any(_NUMBER.search(cell) for cell in cells)


_SYMBOLS = {"\\": "\\", "{": "{", "}": "}", "~": " ", "_": "-"}


class _State:
    """What carries from line to line: the open groups (whether each is skipped, whether bold
    was on) and the characters still to drop after a `\\uN` (its fallback for readers
    without Unicode)."""

    def __init__(self) -> None:
        self.groups: list[tuple[bool, bool]] = []  # per open group: (skipped, bold before)
        self.bold = False
        self.fallback = 1  # `\\ucN`: characters after a `\\uN` that stand in for it
        self.dropping = 0
        self.codepage = "cp1252"
        self.parts: list[str] = []
        self.pending = bytearray()  # `\\'hh` bytes, decoded together (a multi-byte code page)
        self.written = [0, 0]  # characters of text written on this line: plain, bold
        # A table row's cells, each on a line of its own in TextEdit's files: collected from
        # `\\trowd` to `\\row`, and written as one pipe row on the line that ends the row
        self.row: list[str] | None = None
        self.cell: list[str] = []
        self.rows: list[list[str]] = []  # the rows that ended on the line just read

    @property
    def sink(self) -> list[str]:
        """Where text goes: the cell being read, inside a table row, else this line."""
        return self.cell if self.row is not None else self.parts

    @property
    def skipping(self) -> bool:
        return bool(self.groups) and self.groups[-1][0]

    def line(self, line: str) -> str:
        self.parts, self.written, self.rows = [], [0, 0], []
        ignorable = False  # `\\*`: the group it opens is a destination to drop if unknown
        for match in _TOKEN.finditer(line):
            word, number, hexbyte, symbol, brace, text = match.groups()
            if hexbyte is not None:
                self._byte(int(hexbyte, 16))
                continue
            self._flush()
            if brace is not None:
                self._brace(brace)
            elif text is not None:
                self._text(text)
            elif symbol is not None:
                if not self.skipping and symbol in _SYMBOLS:
                    self.sink.append(_SYMBOLS[symbol])
                ignorable = symbol == "*"
                continue  # `\\-` (optional hyphen) and the rest: nothing
            elif word is not None:
                self._word(word, number, ignorable)
            ignorable = False
        self._flush()
        tidy = _tidy("".join(self.parts))
        plain, bold = self.written
        # TextEdit has no headings: a short line all in bold, that states no value, is one
        # ("Support plans"); a bold fact ("SQS max retention 14 days") is emphasis, as in markdown
        if bold and not plain and tidy and not tidy.startswith("|"):
            if len(tidy) <= 60 and not tidy.endswith((".", ":")) and not _NUMBER.search(tidy):
                return f"## {tidy}"
            return f"**{tidy}**"
        return tidy

    def _byte(self, value: int) -> None:
        if self.dropping:
            self.dropping -= 1
        elif not self.skipping:
            self.pending.append(value)

    def _flush(self) -> None:
        if self.pending:
            self.sink.append(self.pending.decode(self.codepage, errors="replace"))
            self.pending.clear()

    def _brace(self, brace: str) -> None:
        if brace == "{":
            self.groups.append((self.skipping, self.bold))
        elif self.groups:
            self.bold = self.groups.pop()[1]

    def _text(self, text: str) -> None:
        if self.dropping:
            dropped = min(self.dropping, len(text))
            text, self.dropping = text[dropped:], self.dropping - dropped
        if not self.skipping:
            text = text.replace("\r", "").replace("\n", "")
            self.sink.append(text)
            if self.row is None:
                self.written[self.bold] += len(text.strip())

    def _word(self, word: str, number: str | None, ignorable: bool) -> None:
        if word in _SKIPPED or ignorable:
            if self.groups:
                self.groups[-1] = (True, self.groups[-1][1])
        elif word in ("b", "plain"):
            self.bold = word == "b" and number != "0"
        elif word in ("ansicpg", "uc", "u"):
            self._encoding(word, number)
        elif self.skipping:
            return
        elif word in ("trowd", "cell", "row"):
            self._table(word)
        elif word in _CHARACTERS:
            self.sink.append(_CHARACTERS[word])
        elif word in _BREAKS:
            self.sink.append("\n" if self.row is None else " ")

    def _encoding(self, word: str, number: str | None) -> None:
        if number is None:
            return
        if word == "ansicpg":
            try:
                "".encode(f"cp{number}")
                self.codepage = f"cp{number}"
            except LookupError:
                pass
        elif word == "uc":
            self.fallback = max(0, int(number))
        else:  # \\uN: the character, then its fallback dropped
            if not self.skipping:
                code = int(number)
                self.sink.append(chr(code + 65536 if code < 0 else code))
            self.dropping = self.fallback

    def _table(self, word: str) -> None:
        if word == "trowd":
            if self.row is None:
                self.row, self.cell = [], []
            return
        if self.row is None:  # a cell with no row definition before it
            self.row, self.cell = [], self.parts
            self.parts = []
        text = _SPACES.sub(" ", "".join(self.cell)).strip()
        self.cell = []
        if word == "cell":
            self.row.append(text)
            return
        cells, self.row = self.row, None  # `\\row`: the row is written on this line
        if any(cells):
            self.parts.append("\n| " + " | ".join(cells) + " |\n")
            self.rows.append(cells)


# a number stated ("14 days"), not a digit in a name ("EC2 pricing", "S3", "CLF-C02")
_NUMBER = re.compile(r"(?<![A-Za-z\d])\d")
_SPACES = re.compile(r"[ \t\u00a0]+")


def _tidy(text: str) -> str:
    """One note line from a line's text: paragraph breaks inside it part sentences, a list
    marker's tabs (`\\t•\\t`) one space, and nothing left of a line that held only markup."""
    pieces = [_SPACES.sub(" ", piece).strip() for piece in text.split("\n")]
    pieces = [piece for piece in pieces if piece]
    joined = ""
    for piece in pieces:
        if joined and not joined.endswith((".", "!", "?", ":", ";")):
            joined += "."
        joined = f"{joined} {piece}" if joined else piece
    return joined
