"""Ditto marks in a table's cells: '"', '〃', "do.", "-do-", "ditto", "same as left" mean "the
same as the cell beside it", which the student did not type again.

    | attr       | Standard | Std-IA  | One Zone-IA |        limit        value   unit
    | durability | 11 nines | "       | "           |        PUT / POST  3,500   req/s
                                                             GET / HEAD  5,500   "

Read as written, a ditto was a value of its own: "durability: \"" said nothing of Std-IA, and
"5,500" under a unit column's ditto had no unit. A ditto copies the cell it stands for, which
the table's layout says: where the columns are things compared (services, a service's
classes or plans: "| | RDS | Aurora |"), the cell to its left, as a row of one attribute
reads across the things; where the columns are attributes or bounds ("| Setting | Default |
Max |", "| thing | value | unit |"), and in a unit or notes column whatever the layout, the
cell above, as a list reads down. A ditto in the first column of values of a table of things
copies the cell above too (to its left is the row's name, not a value). A ditto with nothing
to copy (in the first row under the header, or beside the row's name in a table of
attributes) is left as written. A footnote's mark on a ditto ('"¹') is the ditto's, not the
copied value's.
"""

from __future__ import annotations

import re
from dataclasses import replace

from studycli.extract.attributes import is_attribute_phrase
from studycli.extract.comparisons import qualifier_column
from studycli.notes.tables import Table
from studycli.services import find_services, find_subjects

# a cell that is only a ditto mark, maybe with a footnote's mark: '"', "''", '〃', "do.",
# "-do-", "ditto", "same as left"; an arrow says which way it points. A bare "same" is no
# ditto: in a student's table it is the value itself ("Rack hardware | same | different"),
# or "same as the default" in a Default/Max table, and a copied neighbour's figure would be
# a wrong answer stated plainly. A bare "^" is a caret as often as an arrow.
_DITTO = re.compile(
    r"[\s*_`]*(?:(?P<mark>[\"“”″〃]|''|,,|-?do\.?-?|ditto|same(?=\s+as\s))"
    r"(?:\s+as\s+(?:(?P<left>left|prev(?:ious)?)|(?P<above>above)))?|(?P<arrow_left>←|<-)"
    r"|(?P<arrow_up>↑))"
    r"[\s*_`]*[⁰¹²³⁴⁵⁶⁷⁸⁹*†‡]*[\s*_`]*", re.IGNORECASE)
_UNIT_OR_NOTES = re.compile(r"[\s*_`(]*(?:units?|notes?|comments?|remarks?)[\s*_`):]*",
                            re.IGNORECASE)


def with_dittos_read(table: Table, service: str) -> Table:
    """The table with each ditto cell replaced by the cell it repeats (`service`: the table's)."""
    if len(table.rows) < 2 or not any(
            _DITTO.fullmatch(cell) for row in table.rows[1:] for cell in row[1:] if cell):
        return table
    header = table.rows[0]
    across = _columns_are_things(header, service)
    rows = [list(table.rows[0])] + [list(row) for row in table.rows[1:]]
    for r in range(1, len(rows)):
        for c in range(1, len(rows[r])):
            found = _DITTO.fullmatch(rows[r][c]) if rows[r][c] else None
            if found is None:
                continue
            source = _copied_cell(rows, r, c, header, across, found)
            if source is not None:
                rows[r][c] = source
    return replace(table, rows=rows)


def _copied_cell(rows: list[list[str]], r: int, c: int, header: list[str], across: bool,
                 found: re.Match[str]) -> str | None:
    """The cell a ditto at row `r`, column `c` repeats (already read), None for none."""
    column = header[c] if c < len(header) else ""
    if found.group("left") or found.group("arrow_left"):
        leftward = True
    elif found.group("above") or found.group("arrow_up"):
        leftward = False
    else:
        leftward = across and c > 1 and not _UNIT_OR_NOTES.fullmatch(column)
    if leftward:
        cell = rows[r][c - 1] if c > 1 else ""
    else:
        cell = rows[r - 1][c] if r > 1 and c < len(rows[r - 1]) else ""
    if not cell.strip() or _DITTO.fullmatch(cell):
        return None
    return cell


def _columns_are_things(header: list[str], service: str) -> bool:
    """Whether a table's columns of values are things compared ("| | RDS | Aurora |",
    "| attr | gp2 | gp3 |", "| | Basic | Developer | Business |"), not attributes or bounds
    ("| Setting | Default | Max |", "| thing | value | unit |")."""
    named = [c for c in header[1:] if c.strip() and not _UNIT_OR_NOTES.fullmatch(c)]
    if len(named) < 2 or any(qualifier_column(c) is not None for c in named):
        return False
    if any(find_services(c) or (service and find_subjects(c, service)) for c in named):
        return True
    return not any(is_attribute_phrase(c) or _GENERIC_VALUE.fullmatch(c) for c in named)


# a column of a sheet's values, named by no attribute: "| thing | value | unit |"
_GENERIC_VALUE = re.compile(r"[\s*_`]*(?:values?|amount|number|count|figure|limit|quota|"
                            r"setting)[\s*_`:]*", re.IGNORECASE)
