"""A table's first column that only numbers its rows, by its header and its cells.

"| # | Service | Quota | Value |", "No.", "Row", "Idx"; and a practice log's question number,
"| Q# | topic | my answer | correct answer |" over "| 21 | SQS FIFO tput | unlimited | 300
msg/s |" ("Q", "Q no.", "Question #"; its rows "21" or "Q21"). Read as a column of its own,
each row's name was its number (extract/table_layouts.without_row_numbers), and a practice
log's topic was its number (notes/normalize: "- 21: 300 msg/s")."""

from __future__ import annotations

import re

ROW_NUMBER_HEADER = re.compile(r"[\s*_`]*(?:#|no\.?|nr\.?|num|row|idx|index|"
                               r"q(?:\.|\s*#|\.?\s*no\.?|n)?|question\s*(?:#|no\.?))[\s*_`]*",
                               re.IGNORECASE)
ROW_NUMBER = re.compile(r"[\s*_`]*(?:q\.?\s*)?\d{1,4}\.?[\s*_`]*", re.IGNORECASE)


def numbers_rows(header: str, cells: list[str]) -> bool:
    """Whether a column headed `header` over `cells` only numbers its rows."""
    return ROW_NUMBER_HEADER.fullmatch(header) is not None and all(
        ROW_NUMBER.fullmatch(cell) for cell in cells)
