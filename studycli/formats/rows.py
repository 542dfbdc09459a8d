"""Tables of other formats written as HTML table rows, one row on one line.

AsciiDoc, reStructuredText and CSV tables may spread a row over several lines, or put blank
lines between rows; a markdown pipe table can have neither. The parser reads an HTML table
whatever its line breaks, and dates each row by the line its `<tr>` is on: so a converted row
goes on its first line, the lines it spanned are left blank, and no line moves.
"""

from __future__ import annotations

from html import escape

# the mark of a table written with no header row (its first row is data)
HEADERLESS = "data-headerless"


def html_row(cells: list[str], header: bool = False) -> str:
    tag = "th" if header else "td"
    return "<tr>" + "".join(f"<{tag}>{escape(c.strip(), quote=False)}</{tag}>"
                            for c in cells) + "</tr>"


def place_table(out: list[str], rows: list[tuple[int, list[str]]], start: int, end: int,
                header: bool) -> None:
    """Write `rows` ((line index, cells)) into `out` as one HTML table: `<table>` on line
    `start`, each row on its line, `</table>` on line `end` (indexes into `out`; every other
    line of the table left as it was, blank by the caller). A table with no header is marked
    so (`<table data-headerless>`): read as one, its first row of figures was the columns'
    names, and every row under it was filed under those figures ("~2 s", "ok")."""
    if not rows:
        return
    for k, (i, cells) in enumerate(rows):
        out[i] = html_row(cells, header and k == 0)
    opening = "<table>" if header else f"<table {HEADERLESS}>"
    out[start] = opening + (out[start] if start == rows[0][0] else "")
    out[end] = (out[end] if end == rows[-1][0] else "") + "</table>"
