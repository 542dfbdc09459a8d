"""Tables a plain note lines up with spaces, no borders, and notes kept in two columns (a term
or cue on the left, what it means on the right), read as the tables and terms they are.

    Setting              Default   Min    Max         KMS
    Visibility timeout   30 s      0 s    12 hours      key rotation   yearly by default for
    Message retention    4 days    60 s   14 days                      customer managed keys
                                                        Encrypt API    4 KB of plaintext

Read as written, a row is a line of words whose column it was in is lost ("Visibility timeout
30 s 0 s 12 hours"), and a line wrapped in its column is a new line about nothing. Here a
block of three lines or more whose cells start at the columns of its first line is a table:
of three columns or more, an HTML table (formats/rows.py) whose first line is its header (it
labels the columns, and a row's first cell names what the row is about); of two, each row a
line "term: what it means" (a Cornell note's cue column, with "|" between the columns, is
read so too). A line whose first cell is empty continues the row above it, its words joined
to that row's on the row's line. A block only is a table where every line's cells start
exactly where its first line's do (or that line is too short to reach them) and no word
straddles a column's edge: prose and a right-aligned column are left as written, and so is a
table whose rows each open on a service's name ("EC2   max tags per resource   50") under a
header that names no attribute ("Service  Limit  Value", or none), or whose rows name their
attribute in words ("SNS   max message size   256 KB" under "SERVICE  FEATURE  LIMIT"): each
row reads as the sentence it is; under "Service  Max message  Max retention", rows of figures
only, they are a table's rows. A term
that ends in its own colon ("Retention default:    4 days") takes no second one. Line for
line: a row cites the line it starts on.
"""

from __future__ import annotations

import re

from studycli.formats.rows import place_table
from studycli.notes.legend_grids import grid_end

_GAP = re.compile(r"\S(?: {2,}|\t+)(?=\S)")  # two spaces or more between two cells
_RULE = re.compile(r"^\s*[-=]{3,}(?:[\s+|]+[-=]{3,})*\s*$")  # "-------  ------" under a header
_NOT_A_ROW = re.compile(r"^\s*(?:[-*+>#|<`]|\d+[.)]\s|[+│┃║┌└├╔╚]|$)")
_DIGIT = re.compile(r"\d")
_TERM_WIDTH, _TERM_WORDS = 32, 5  # a cue column is narrow, its terms a few words each
_NO_TERM = re.compile(r"^(?:\(?(?:[ivxlcdm]+|[a-z]|\d+)[.)]|[^A-Za-z]*)$", re.IGNORECASE)
_SAID_SO = re.compile(r"^(?:->|=>|→|=|:|–|—|-\s)")


def aligned_to_markdown(lines: list[str], fenced: list[bool] | None = None) -> list[str]:
    """`lines` with each table lined up with spaces (or cut by one "|" column) rewritten."""
    out = list(lines)
    i = 0
    while i < len(lines):
        if (fenced and fenced[i]) or _NOT_A_ROW.match(lines[i]) or not _splits(lines[i]):
            i += 1
            continue
        grid = grid_end(lines, i)
        if grid is not None:  # its columns named by a legend line: notes/legend_grids.py's
            i = grid
            continue
        end = i
        while end + 1 < len(lines) and lines[end + 1].strip() and not (
                fenced and fenced[end + 1]):
            end += 1
        done = _read_block(lines, i, end, out)
        # after a table, the rest of its block is left as written: a line that left the
        # table's columns is no header of another table (its columns would be the wrong ones)
        i = (end if done is not None else i) + 1
    return out


def _splits(line: str) -> bool:
    return bool(_GAP.search(line.strip())) or _bar(line) is not None


def _bar(line: str) -> int | None:
    """Where the one "|" of a two-column line is (a Cornell note's), else None."""
    at = line.find("|")
    return at if at > 0 and line.count("|") == 1 and line[:at].strip() else None


def _read_block(lines: list[str], start: int, end: int, out: list[str]) -> int | None:
    """Read lines `start`..`end` (or the first of them that line up) as a table; the index of
    its last line (a table left as written too), or None when they are no table."""
    bar = _bar(lines[start])
    if bar is not None:
        cols = [len(lines[start]) - len(lines[start].lstrip()), bar + 1]
    else:
        head = lines[start]
        indent = len(head) - len(head.lstrip())
        cols = [indent] + [m.end() for m in _GAP.finditer(head, indent)]
        below = _first_row_below(lines, start, end, indent)
        under = len(below) - len(below.lstrip())
        if under < indent and not _NOT_A_ROW.match(below):
            cols = [under, *cols]  # a comparison's header: its first cell left empty
    rows: list[tuple[int, list[str]]] = []
    last = start
    for k in range(start, end + 1):
        line = lines[k]
        if _RULE.match(line) or (bar is not None and set(line.strip()) <= set("-=+| ")):
            last = k
            continue
        cells = _cells(line, cols, bar)
        if cells is None:
            break
        rows.append((k, cells))
        last = k
    bodies = [r for r in rows if r[1][0]]
    if len(rows) < 3 or len(bodies) < 3 and len(cols) == 2 or len(bodies) < 2:
        # a header (and rows) that line up, then a row that does not: a table whose columns
        # this cannot tell apart, no header of another one below it
        return last if rows and last < end and len(cols) > 2 else None
    if not _rows_of_a_table([cells[0] for _, cells in bodies], cols, rows):
        return last  # lined up, but no table: left as written
    if len(cols) > 2 and last + 1 < end:
        # lines run on under it that leave its columns: an HTML table takes them into its
        # block (markdown ends one at a blank line only), where they would be read as one
        # line, so the block stays as written (one such line is read as itself)
        return last
    if len(cols) == 2:
        _terms(rows, out, lines)
    else:
        _table(rows, start, last, out, len(cols))
    for k in range(start, last + 1):
        if _RULE.match(lines[k]) or (bar is not None and set(lines[k].strip()) <= set("-=+| ")):
            out[k] = ""
    return last


# how many lines a header may take with its rules: "RDS" over "(mysql/pg/etc)" over "------"
_HEADER_LINES = 3


def _first_row_below(lines: list[str], start: int, end: int, indent: int) -> str:
    """The first row under a header whose first cell is left empty: the lines between, a
    rule ("------  ------") or the header's second line, indented as far as it ("RDS" over
    "(mysql/pg/etc)"), are the header's. Read as the first row, a rule or a second header
    line hid the column of the rows' names, and a comparison across services was prose."""
    for k in range(start + 1, min(end, start + _HEADER_LINES) + 1):
        line = lines[k]
        if _RULE.match(line) or (indent and len(line) - len(line.lstrip()) >= indent):
            continue
        return line
    return ""


def _pushed_gap(line: str, c: int, nxt: int | None, j: int) -> re.Match[str] | None:
    """The gap after a cell pushed over column edge `c` (column `j`), or None where the row
    does not line up so."""
    gap = _GAP.search(line, c)
    if gap is None or nxt is not None and gap.end() >= nxt:
        return None  # ("64 TiB (16 for MSSQL) 128 TiB": whose is 128 TiB?)
    if (j < 2 or line[c] == " ") and _DIGIT.search(line[c:gap.start() + 1]):
        # ("long polling wait 0 s       20 s": a row's name or a cell of words that would
        # swallow a figure took the next column's value, and each later cell moved a column
        # left: the max read as the default. Prose, not a row.)
        return None
    return gap


def _rows_of_a_table(terms: list[str], cols: list[int],
                     rows: list[tuple[int, list[str]]]) -> bool:
    """Whether lined-up rows whose first cells are `terms` are a table's (or terms')."""
    if any(len(t) < 2 for t in terms) or len(set(terms)) * 2 <= len(terms):
        return False  # a column of bullets ("o  text"), not of terms
    if len(cols) == 2 and (cols[1] - cols[0] > _TERM_WIDTH
                           or any(len(t.split()) > _TERM_WORDS for t in terms)):
        return False  # two pages' columns of prose side by side (pdftotext), not terms
    if any(_NO_TERM.match(t) for t in terms):
        return False  # an outline's numbers ("ii.") or a clock's or address's ("44:20")
    headed = not _DIGIT.search(" ".join(rows[0][1]))
    if headed and not _generic(rows[0][1][1:]) and _figures_only(rows[1:]):
        # "Service  Max message  Max retention" over "SQS  256 KB  14 days": its header names
        # what each figure is; under "SERVICE  FEATURE  LIMIT" a row's words name it
        # ("SNS  max message size  256 KB"), and the row reads as the sentence it is
        return True
    # "EC2  max tags per resource  50" under "SERVICE  THING  NUMBER" (or no header): each
    # row a sentence, read as one
    return len(cols) == 2 or not _of_services(terms[1:] if headed else terms)


# a header's words that name no attribute: a table headed only with them is rows of sentences
_GENERIC = frozenset(
    "service services thing things limit limits value values number numbers quota quotas "
    "item items name names amount count figure figures fact facts note notes detail details "
    "description what setting settings key info comment comments resource resources".split())


def _generic(cells: list[str]) -> bool:
    """Whether a header's cells name no attribute ("THING", "Limit", "Value")."""
    return all(w in _GENERIC for c in cells for w in re.findall(r"\w+", c.lower()))


def _figures_only(rows: list[tuple[int, list[str]]]) -> bool:
    """Whether every cell after a row's first holds a figure (a cell left empty aside)."""
    return any(cells[1:] for _, cells in rows) and all(
        _DIGIT.search(c) for _, cells in rows for c in cells[1:] if c.strip())


def _of_services(cells: list[str]) -> bool:
    """Whether most of a column's cells are a service's name and nothing more."""
    from studycli.services import find_services

    named = sum(1 for c in cells if (found := find_services(c))
                and found[0].start == 0 and found[-1].end >= len(c) - 1)
    return named * 2 > len(cells)


def _cells(line: str, cols: list[int], bar: int | None) -> list[str] | None:
    """A line's cells cut at `cols`, or None when it does not line up with them."""
    if bar is not None:
        if len(line) <= bar or line[bar] != "|" or line.count("|") != 1 or (
                line[:bar].strip() and _NOT_A_ROW.match(line)):
            return None
        return [line[:bar].strip(), line[bar + 1:].strip()]
    if _NOT_A_ROW.match(line):
        return None  # an item, a heading, a quote: the table has ended
    indent = len(line) - len(line.lstrip())
    if indent < cols[0] or (indent not in cols):
        return None  # a cell starts where no column does
    cells: list[str] = []
    begun = 0  # where the last cell began (after its column, where it was pushed right)
    pushed = False
    for j, c in enumerate(cols):
        nxt = cols[j + 1] if j + 1 < len(cols) else None
        # (a column's edge on a word, or on the one space between two words of a cell:
        # "yes (up to 5 replicas| per shard)  no")
        if c < len(line) and c > 0 and line[c - 1] != " " and (
                line[c] != " " or line[c + 1:c + 2] not in ("", " ")):
            if j < 1 or not cells[-1]:
                return None  # a word straddles the column's edge
            gap = _pushed_gap(line, c, nxt, j)
            if gap is None:
                return None
            # a cell pushed right by the long one before it: it starts after that one ends
            cells[-1] = " ".join(line[begun:gap.start() + 1].split())
            c, pushed = gap.end(), True
        cell = line[c:nxt] if nxt is not None else line[c:]
        if cell and cell[0] == " " and cell.strip():
            if not pushed:
                return None  # a cell that starts where no column does
            # (pushed right with the one before it: "default (the default one)  allow in
            # from same SG   default NACL: ...", each cell after the long label a little late)
            c = len(line) - len(line[c:].lstrip())
        begun = c
        cells.append(" ".join(cell.split()))
    if sum(1 for c in cells if c) < 2 and cells[0]:
        return None  # one cell only: a title or prose, not a row
    return cells


def _terms(rows: list[tuple[int, list[str]]], out: list[str], lines: list[str]) -> None:
    """Two columns: each row a line "term: what it means" where it was (a line of its own, as
    each line of the note was), a row with no term continuing the one above."""
    item: int | None = None
    for k, (term, said) in rows:
        indent = lines[k][:len(lines[k]) - len(lines[k].lstrip())]
        if term and said:
            # "Basic   -> free" and "Retention default:   4 days" say how already
            glue = " " if _SAID_SO.match(said) or term.endswith((":", "=")) else ": "
            out[k] = f"{indent}{term}{glue}{said}"
            item = k
        elif item is not None and said:
            out[item] += " " + said
            out[k] = ""
        else:
            out[k] = f"{indent}{term}" if term else ""
            item = k if term else item


def _table(rows: list[tuple[int, list[str]]], start: int, last: int, out: list[str],
           columns: int) -> None:
    """Three columns or more: an HTML table, its first line the header."""
    merged: list[tuple[int, list[str]]] = []
    for k, cells in rows:
        if merged and not cells[0]:
            for j, cell in enumerate(cells):
                if cell:
                    prior = merged[-1][1][j]
                    merged[-1][1][j] = f"{prior} {cell}".strip()
        else:
            merged.append((k, list(cells)))
    for k in range(start, last + 1):
        out[k] = ""
    place_table(out, merged, start, last, header=not _DIGIT.search(" ".join(rows[0][1])))
