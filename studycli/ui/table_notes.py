"""A table with notes under it: lines that wrap at the terminal's width, not the table's."""

from __future__ import annotations

from rich.console import Group
from rich.table import Table
from rich.text import Text


def with_notes(table: Table, notes: list[str | Text]) -> Group:
    """`table`, then each note on its own line(s), dim. Not the table's caption: rich wraps a
    caption at the table's own width, so a narrow table (`stats`' cards, ~55 columns) ran a
    one-line note onto two lines of an 80-column terminal."""
    return Group(table, *(n if isinstance(n, Text) else Text(n, style="dim") for n in notes))
