"""Grids of bare values under a legend line that names their columns.

A whiteboard grid, an exam-day brain dump or a cheat sheet's pasted table names its columns
once, on a line of its own, and then writes one row per service or variant:

    KINESIS  legend: shard in | shard out | ret dflt/max | rec max
    KDS      1MB/s or 1000 rec/s | 2MB/s (shared) | 24h / 365d | 1MB

    storage classes  (legend: min dur days | min obj KB | AZs | retrieval)
    STD-IA       30 | 128 | >=3 | ms
    GLAC-IR      90 | 128 | >=3 | ms

Read as lines, a row is a run of numbers nobody named ("KDS 1MB/s | 2MB/s | 24h / 365d"), and
markdown's reading of the pipes took the legend's first column for the row's service and the
row's first value ("256K") for its subject. Here such a grid is a table: its header the
legend's columns, each row's first cell its name (the words before the first value, told by
the gap of two spaces or more the rows line up with), and the title written before the legend
("KINESIS", "storage classes", "legend RDS:") the grid's caption. A row with no name of its
own (indented under the legend: "        128T | 15 | ...") is the title's. A row has exactly
the legend's number of cells; the first line that has not ends the grid. The title stays on
its line (the lines after the grid, "  -> ...", are still the section it opens), the rows'
lines are blanked, as the other lifted tables' are (notes/tables.py).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from studycli.notes.tables import Table, cell_text
from studycli.services import find_services

# the legend word, and the title before it or between it and its colon ("legend RDS:")
_LEGEND = re.compile(r"^(?P<pre>[^|:]*?)\(?\s*\blegend\b(?P<mid>[^:|()]{0,30}):\s*"
                     r"(?P<cols>[^|]+(?:\|[^|]+)+?)\s*\)?\s*$", re.IGNORECASE)
_GAP = re.compile(r"\S(?P<gap>\s{2,})(?=\S)")
_MAX_COLUMN_WORDS = 6  # a column's name is a few words: more, and the line is prose
_MAX_TITLE_WORDS = 5


@dataclass
class LegendGrid(Table):
    """A grid read under its legend line: `title` is what the legend line names before the
    legend ("KINESIS", "storage classes"), empty when it names nothing."""

    title: str = ""


def may_hold_grid(raw: str) -> bool:
    """The cheap gate: a note with no legend word or no "|" has no such grid."""
    return "|" in raw and "legend" in raw.lower()


def grid_end(lines: list[str], i: int) -> int | None:
    """The index past the last row of a legend grid whose legend is line `i`, else None: a
    reader of lined-up text (formats/aligned.py) leaves such a grid as written (read as two
    columns of terms, "APIGW: legend: ..." over "REST: 29s | ...", its cells lost their
    columns: "no cache" under "cache TTL" took HTTP's 30 s)."""
    grid = _grid_at(lines, i) if "|" in lines[i] else None
    return i + 1 + len(grid[2]) if grid else None


def lift_legend_grids(lines: list[str]) -> list[Table]:
    """The legend grids of `lines` (blanked but for each title, left on its line)."""
    tables: list[Table] = []
    i = 0
    while i < len(lines):
        grid = _grid_at(lines, i)
        if grid is None:
            i += 1
            continue
        title, columns, rows = grid
        end = i + 1 + len(rows)
        tables.append(LegendGrid([[title, *columns], *rows], list(range(i + 1, end + 1)),
                                 title=title))
        lines[i] = title  # a heading only later (titles_to_headings): see there
        for k in range(i + 1, end):
            lines[k] = ""
        i = end
    return tables


def _grid_at(lines: list[str], i: int) -> tuple[str, list[str], list[list[str]]] | None:
    """(title, column names, rows) of a legend grid whose legend is line `i`, else None."""
    head = _legend(lines[i])
    if head is None:
        return None
    title, columns = head
    end = i + 1
    while end < len(lines) and lines[end].strip() and lines[end].count("|") == len(columns) - 1:
        end += 1
    rows = _rows(lines[i + 1:end], len(lines[i]) - len(lines[i].lstrip()))
    return (title, columns, rows) if rows else None


def titles_to_headings(lines: list[str], tables: list[Table]) -> None:
    """A grid's title naming a service opens its section: the lines under the grid ("  reads:
    eventual (dflt) vs strong" under DYNAMODB's) were filed under the note's last service named
    on a line of its own. Called once the note's own headings are made: a heading made here
    any earlier made a plain note look like markdown, and its ALL-CAPS titles ("LAMBDA",
    "STEP FUNCTIONS") were no longer read as its sections."""
    for table in tables:
        if not isinstance(table, LegendGrid) or not table.title or not find_services(table.title):
            continue
        at = table.lines[0] - 1
        if 0 <= at < len(lines) and lines[at].strip() == table.title:
            lines[at] = f"##### {table.title}"


def _legend(line: str) -> tuple[str, list[str]] | None:
    """(title, column names) of a legend line, or None."""
    if "legend" not in line.lower():
        return None
    m = _LEGEND.match(line)
    if m is None:
        return None
    cols = m.group("cols").rstrip()
    # "(legend: ret dflt/max | vis dflt/max)": the bracket the legend opened closes after the
    # last column, no part of its name (the greedy column took it, and "max)" read no max)
    if "(" in line[:m.start("cols")] and cols.endswith(")") and cols.count(")") > cols.count("("):
        cols = cols[:-1]
    columns = [cell_text(c.strip()) for c in cols.split("|")]
    if len(columns) < 2 or any(not c or len(c.split()) > _MAX_COLUMN_WORDS for c in columns):
        return None
    title = " ".join(f"{m.group('pre')} {m.group('mid')}".replace("(", " ").split())
    title = title.strip(" -–—:=*#_`")
    if len(title.split()) > _MAX_TITLE_WORDS:
        return None
    return title, columns


def _rows(lines: list[str], legend_indent: int) -> list[list[str]]:
    """Each line's cells, its name first ("" for a row that has none of its own)."""
    firsts = [line.split("|", 1)[0] for line in lines]
    # where the first value starts in rows that show it by a gap: a row that runs its name
    # into its value with one space ("Ent On-Ramp $5500") is cut where the others are
    starts = sorted(m.end("gap") for f in firsts if (m := _GAP.search(f.rstrip())))
    aligned = starts[len(starts) // 2] if starts else None
    rows = []
    for line, first in zip(lines, firsts, strict=True):
        rest = [cell_text(c.strip()) for c in line.split("|")[1:]]
        indent = len(first) - len(first.lstrip())
        m = _GAP.search(first.rstrip(), indent)
        if m is not None:
            name, value = first[:m.start("gap")], first[m.end("gap"):]
        elif indent > legend_indent:
            name, value = "", first  # under the legend, no name: the title's row
        elif aligned is not None and aligned < len(first.rstrip()) and first[aligned - 1] == " " \
                and first[aligned] != " ":
            name, value = first[:aligned], first[aligned:]
        else:
            break  # a line that is no row ends the grid
        rows.append([cell_text(name.strip()), cell_text(value.strip()), *rest])
    return rows
