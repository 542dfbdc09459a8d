"""Tables found outside markdown syntax: HTML tables, tab-separated rows, and web tables pasted
without their cell breaks. Each is lifted out of the note (its lines blanked, so markdown-it
does not read them as prose) and returned with the 1-based line of every row."""

from __future__ import annotations

import re
from dataclasses import dataclass
from html.parser import HTMLParser

from studycli.formats.rows import HEADERLESS
from studycli.services import find_services

_TAG = re.compile(r"<[^>\n]{0,400}>")


@dataclass
class Table:
    """A table found outside markdown syntax, or a markdown pipe table."""

    rows: list[list[str]]
    lines: list[int]  # 1-based line of each row
    headings: tuple[str, ...] = ()  # heading trail above the table (set by blocks)
    context: str = ""               # the line just above it, e.g. "REST vs HTTP"
    headerless: bool = False        # its first row is data, as the note's format said


class _CellParser(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.rows: list[list[str]] = []
        self.row_offsets: list[int] = []
        self._cell: list[str] | None = None
        self.headerless = False

    def handle_starttag(self, tag, attrs):
        if tag == "table" and any(name == HEADERLESS for name, _ in attrs):
            self.headerless = True
        elif tag == "tr":
            self.rows.append([])
            self.row_offsets.append(self.getpos()[0])
        elif tag in ("td", "th"):
            if not self.rows:
                self.rows.append([])
                self.row_offsets.append(self.getpos()[0])
            self._cell = []
        elif tag == "br" and self._cell is not None:
            self._cell.append(" ")

    def handle_endtag(self, tag):
        if tag in ("td", "th") and self._cell is not None:
            self.rows[-1].append(" ".join("".join(self._cell).split()))
            self._cell = None

    def handle_data(self, data):
        if self._cell is not None:
            self._cell.append(data)


def lift_html_tables(lines: list[str]) -> list[Table]:
    tables = []
    i = 0
    while i < len(lines):
        if "<table" not in lines[i].lower():
            i += 1
            continue
        j = i
        while j < len(lines) and "</table>" not in lines[j].lower() and j - i < 2000:
            j += 1
        j = min(j, len(lines) - 1)
        parser = _CellParser()
        try:
            parser.feed("\n".join(lines[i : j + 1]))
            parser.close()
        except Exception:  # unbalanced HTML: keep what was read
            pass
        # the parser appends a row and its offset together
        offsets = zip(parser.rows, parser.row_offsets, strict=True)
        rows = [(r, i + off) for r, off in offsets if any(r)]
        if rows:
            tables.append(Table([r for r, _ in rows], [ln for _, ln in rows],
                                headerless=parser.headerless))
        for k in range(i, j + 1):
            lines[k] = ""
        i = j + 1
    return tables


def lift_tsv_tables(lines: list[str]) -> list[Table]:
    """Runs of two or more lines with tab-separated cells become tables."""
    tables = []
    i = 0
    while i < len(lines):
        if not _is_tsv_row(lines[i]):
            i += 1
            continue
        j = i
        while j < len(lines) and _is_tsv_row(lines[j]):
            j += 1
        if j - i >= 2:
            rows = [[cell_text(c) for c in lines[k].split("\t")] for k in range(i, j)]
            # A leading empty cell on the header is a corner cell; keep columns aligned.
            tables.append(Table(rows, list(range(i + 1, j + 1))))
            for k in range(i, j):
                lines[k] = ""
        i = max(j, i + 1)
    return tables


# A spreadsheet row exported as CSV with every field quoted: '"Shard read throughput","2 MB/s",""'
_QUOTED_CSV_ROW = re.compile(r'^\s*"[^"]*"(?:[ \t]*,[ \t]*"[^"]*")+[ \t]*,?[ \t]*$')


def lift_quoted_csv_tables(lines: list[str]) -> list[Table]:
    """A sheet pasted into a note as CSV, every field quoted, two or more rows of as many
    fields (two or more), the first (the header) holding no digit:

        "Item","Value","Notes"
        "Shard read throughput","2 MB/s","shared by all classic consumers"

    Read as text, a row's label and value ran together and a value with no unit of its own
    ("Targets per rule","5") said nothing; inside a code fence (pasted "as is") nothing at
    all was read. A fence holding only such rows is blanked with them."""
    tables = []
    i = 0
    while i < len(lines):
        if not lines[i].lstrip().startswith('"') or not _QUOTED_CSV_ROW.match(lines[i]):
            i += 1
            continue
        j = i
        while j < len(lines) and _QUOTED_CSV_ROW.match(lines[j]):
            j += 1
        rows = [_quoted_fields(lines[k]) for k in range(i, j)]
        if (j - i >= 2 and len({len(row) for row in rows}) == 1
                and not any(c.isdigit() for c in lines[i])):
            tables.append(Table(rows, list(range(i + 1, j + 1))))
            for k in range(i, j):
                lines[k] = ""
            if (i and j < len(lines) and _FENCE_LINE.match(lines[i - 1])
                    and lines[j].strip() in ("```", "~~~")):
                lines[i - 1] = lines[j] = ""
        i = j
    return tables


_FENCE_LINE = re.compile(r"^\s*(?:```|~~~)[\w-]*\s*$")


def _quoted_fields(line: str) -> list[str]:
    fields = re.findall(r'"([^"]*)"', line)
    return [cell_text(f) for f in fields]


_GLUE = re.compile(r"(?<=[a-z0-9)\]])(?=[A-Z])")


def lift_glued_tables(lines: list[str]) -> list[Table]:
    """A web table pasted as text loses its cell breaks: "CostGenerally lowerGenerally higher".

    Recovered when a run of lines starts with a header naming two known things
    ("FeatureHTTP APIREST API") and most lines split into three cells where a lower-case letter
    runs straight into a capital.
    """
    tables = []
    i = 0
    while i < len(lines):
        j = i
        while j < len(lines) and _plain_line(lines[j]):
            j += 1
        if j - i >= 4:
            table = _glued_table(lines, i, j)
            if table:
                tables.append(table)
        i = max(j, i + 1)
    return tables


def _glued_table(lines: list[str], start: int, end: int) -> Table | None:
    from studycli.services import multiword_aliases

    header = lines[start]
    lowered = header.lower()
    # One-word aliases match inside glued words too easily: only aliases of two words or more.
    aliases, at_end = multiword_aliases()
    if at_end.search(lowered, 0, len(header.rstrip())) is None:
        return None  # the header must end with the second thing compared
    found: list[tuple[int, int, str]] = []
    for alias in aliases:
        at = lowered.find(alias)
        if at > 0 and not any(a < at + len(alias) and at < b for a, b, _ in found):
            found.append((at, at + len(alias), header[at:at + len(alias)]))
    found.sort()
    if len(found) != 2 or found[0][1] != found[1][0] or found[1][1] != len(header.rstrip()):
        return None
    rows, row_lines = [["", found[0][2], found[1][2]]], [start + 1]
    for k in range(start + 1, end):
        cells = [c.strip() for c in _GLUE.split(lines[k].strip())]
        if len(cells) == 3 and all(cells):
            rows.append(cells)
            row_lines.append(k + 1)
    if len(rows) < 4 or (len(rows) - 1) * 2 < end - start - 1:
        return None
    for line_no in row_lines:
        lines[line_no - 1] = ""
    return Table(rows, row_lines)


def _is_tsv_row(line: str) -> bool:
    """A tab between cells; a row may start with an empty corner cell (a leading tab), but
    leading tabs alone are indentation, and so is the tab after a bullet ("•\tPlacement
    groups", "\to\tspread - max 7 instances per AZ": a OneNote list, not a table)."""
    return "\t" in _BULLET_TAB.sub("", line.strip().lstrip("\t "), count=1)


_BULLET_TAB = re.compile(r"^(?:[•·▪◦‣∙o*+–-]|\d{1,2}[.)])\t+")


def cell_text(cell: str) -> str:
    """A cell's text with tags removed; paragraphs and line breaks kept as newlines."""
    if "<" not in cell and "&" not in cell and "\n" not in cell:
        return " ".join(cell.split())  # most cells: one line, nothing to unescape (the same)
    import html

    text = cell
    if "<" in text:  # (a tab-separated or pipe cell seldom holds a tag: both patterns need one)
        text = _TAG.sub(" ", _BREAK_TAG.sub("\n", text))
    text = html.unescape(text)
    lines = (" ".join(part.split()) for part in text.split("\n"))
    return "\n".join(line for line in lines if line)


_BREAK_TAG = re.compile(r"</p>|<br\s*/?>|</li>|</div>", re.IGNORECASE)
_STRUCTURED = re.compile(r"^\s*(?:[-*+•◦▪‣●○■□➢➤►]|\d{1,3}[.)]\s|#{1,6}\s)")


def _plain_line(line: str) -> bool:
    """A line at the left margin that is not a list item, a heading or tab-separated."""
    return (bool(line.strip()) and not line[:1].isspace() and "\t" not in line
            and not _STRUCTURED.match(line))


_PIPE_ROW = re.compile(r"^\s*\|.*\|\s*$")
_DELIMITER_ROW = re.compile(r"^\s*\|?\s*:?-{2,}")


# a header of a pipe table wrapped over this many lines at most: "| | Glacier |" over
# "| | Instant Ret |" over "|---|---|"
_HEADER_LINES = 3
_DIGIT_IN_CELL = re.compile(r"(?<![A-Za-z0-9])\d")  # a figure, not "gp2", "S3", "EC2"
_DELIMITER_LINE = re.compile(r"^\s*\|?(?:\s*:?-{2,}:?\s*\|)+\s*(?::?-{2,}:?\s*)?$")


def join_wrapped_pipe_headers(lines: list[str]) -> None:
    """A pipe table whose header takes two lines or three above its `|---|` line:

        | attribute   | Glacier     | Glacier      |
        |             | Instant Ret | Flexible Ret |
        |-------------|-------------|--------------|

    Markdown reads a table only where the `|---|` line is its second, so the table was none
    and its rows prose ("durability | 11 nines | \" | ...", whose cells were nobody's). The
    header's lines, of one number of cells, are joined cell by cell on the line just above
    the `|---|` line (a blank line over a table is none of it), the lines above it left blank."""
    for k, line in enumerate(lines):
        if "-" not in line or not _DELIMITER_LINE.match(line) or "|" not in line:
            continue
        width = len(_pipe_cells(line))
        first = k
        while first > 0 and k - first < _HEADER_LINES and _PIPE_ROW.match(lines[first - 1]) \
                and len(_pipe_cells(lines[first - 1])) == width \
                and not _DELIMITER_LINE.match(lines[first - 1]):
            first -= 1
        if k - first < 2 or (first > 0 and _PIPE_ROW.match(lines[first - 1])):
            continue  # a header of one line, markdown's own; or rows of some other table
        parts = [_pipe_cells(lines[j]) for j in range(first, k)]
        if any(_DIGIT_IN_CELL.search(cell) for p in parts for cell in p):
            # ("| SQS | 256 KB |" over "| SNS | 256 KB |" over "|-----|": a header is words,
            # a line with figures is a row, and joined, each row's value was another's)
            continue
        joined = [" ".join(p[c] for p in parts if p[c]) for c in range(width)]
        indent = line[:len(line) - len(line.lstrip())]
        for j in range(first, k - 1):
            lines[j] = ""
        lines[k - 1] = indent + "| " + " | ".join(joined) + " |"


def _pipe_cells(line: str) -> list[str]:
    return [" ".join(c.split()) for c in line.strip().strip("|").split("|")]


def lift_bare_pipe_tables(lines: list[str]) -> list[Table]:
    """Pipe tables markdown does not recognise: Confluence `||head||head||` over `|cell|cell|`,
    or rows with no `|---|` line under the header."""
    tables = []
    i = 0
    while i < len(lines):
        if not _PIPE_ROW.match(lines[i]):
            i += 1
            continue
        j = i
        while j < len(lines) and _PIPE_ROW.match(lines[j]):
            j += 1
        block = lines[i:j]
        if j - i >= 2 and not any(_DELIMITER_ROW.match(row) for row in block[:3]):
            rows = [[cell_text(c.strip()) for c in re.split(r"\|\|?", row.strip().strip("|"))]
                    for row in block]
            tables.append(Table(rows, list(range(i + 1, j + 1))))
            for k in range(i, j):
                lines[k] = ""
        i = j
    return tables


def lift_loose_pipe_tables(lines: list[str]) -> list[Table]:
    """A cheat sheet's table typed without its outer pipes and without a `---|---` line:

        Service | Default | Max
        Lambda timeout | 3s | 15m

    Markdown reads those lines as one paragraph, so a row's "3s" under "Default" would be read
    as prose. Taken as a table when two or more lines at the left margin split into the same
    number (3 or more) of non-empty cells and the first one, the header, holds no digit: a
    line of "A | B | C" choices alone is no table."""
    tables = []
    # one pass in C over the lines: most notes have no pipe at all, or a few
    piped = [i for i, line in enumerate(lines) if "|" in line]
    taken_to = 0
    for i in piped:
        if i < taken_to:
            continue
        width = _loose_width(lines[i])
        keyed = _service_keyed_rows(lines, i) if width == 3 else 0
        if keyed:
            # "Lambda | max timeout | 15 min (900s)" line after line, with no header: read
            # with the header such a sheet would have, not its first line's words as one
            # (a row with no digit, "Lambda | SnapStart | Java", headed the rest as a grid)
            rows = [list(_KEYED_HEADER)] + [[cell_text(c.strip()) for c in lines[k].split("|")]
                                            for k in range(i, i + keyed)]
            tables.append(Table(rows, [i + 1] + list(range(i + 1, i + keyed + 1))))
            for k in range(i, i + keyed):
                lines[k] = ""
            taken_to = i + keyed
            continue
        if not width or any(c.isdigit() for c in lines[i]):
            continue
        j = i + 1
        while j < len(lines) and _loose_width(lines[j]) == width:
            j += 1
        if j - i >= 2:
            rows = [[cell_text(c.strip()) for c in lines[k].split("|")] for k in range(i, j)]
            tables.append(Table(rows, list(range(i + 1, j + 1))))
            for k in range(i, j):
                lines[k] = ""
        taken_to = j
    return tables


# the header a "service | attribute | value" sheet goes without (a long-format table's)
_KEYED_HEADER = ("Service", "Attribute", "Value")
# a run that short may be a few choices ("SQS | SNS | EventBridge") one under another
_KEYED_MIN_ROWS = 3


def _service_keyed_rows(lines: list[str], start: int) -> int:
    """How many lines from `start` on are "service | attribute | value" rows (three cells
    without outer pipes, the first a service's name and nothing else): 0 unless there are
    _KEYED_MIN_ROWS or more."""
    end = start
    while end < len(lines) and _loose_width(lines[end]) == 3 and _names_a_service_alone(
            lines[end].split("|", 1)[0]):
        end += 1
    return end - start if end - start >= _KEYED_MIN_ROWS else 0


def _names_a_service_alone(cell: str) -> bool:
    """"Lambda", "API GW", "Kinesis DS": a service's name, give or take a short suffix;
    not "invoke types: RequestResponse (sync)" nor "Lambda SQS batch"."""
    cell = cell.strip()
    if not cell or len(cell) > 30:
        return False
    found = find_services(cell)
    return bool(found) and found[0].start == 0 and len(cell) - found[0].end <= 3


def _loose_width(line: str) -> int:
    """How many cells a row without outer pipes has (0 when it is no such row)."""
    if "|" not in line or line.lstrip().startswith("|") or not _plain_line(line):
        return 0  # (a row with its outer pipes is markdown's, or lift_bare_pipe_tables')
    cells = line.split("|")
    if len(cells) < 3 or line.rstrip().endswith("|") or not all(c.strip() for c in cells):
        return 0
    return len(cells)
