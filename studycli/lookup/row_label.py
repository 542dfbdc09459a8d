"""The cells a table row opens with, before its first figure: what the row is about.

"| Support | Business | production system down response | < 1 h | 1 | h |" is a row about
the Business plan's production-down response: every figure after its label cells is the
label's, as every figure after "Spread:" on a line is the spread placement group's. Used by
lookup/answer.py to read which variant a row's figures are of. Stdlib only.
"""

from __future__ import annotations

from studycli.lazy_regex import lazy_compile

_FIGURE = lazy_compile(r"\d")


def pipe_cells(line: str) -> list[str]:
    """A "|"-separated row's cells, stripped (the outer bars make no cell)."""
    return [c.strip() for c in line.strip().strip("|").split("|")]


def row_label(row: str) -> list[str]:
    """The non-empty cells of `row` before the first cell holding a digit (none when the
    first cell already holds one, or the text is no row)."""
    cells = pipe_cells(row)
    if len(cells) < 2:
        return []
    label: list[str] = []
    for cell in cells:
        if _FIGURE.search(cell):
            return label
        if cell:
            label.append(cell)
    return []  # a row of no figure: nothing for its label to hold
