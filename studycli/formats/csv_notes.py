"""A note saved as CSV (a quota sheet from a spreadsheet, flashcards exported as CSV), line for
line as the rows the parser reads as a table: pipe rows, or for two columns of question and
answer, tab-separated flashcards. A quoted field that spans lines goes on its record's first
line; the lines it spanned are left blank."""

from __future__ import annotations

import csv


def csv_to_markdown(lines: list[str]) -> list[str]:
    out = [""] * len(lines)
    sample = "\n".join(lines[:20])
    try:
        dialect: type[csv.Dialect] | csv.Dialect = csv.Sniffer().sniff(sample, delimiters=",;|")
    except csv.Error:
        dialect = csv.excel
    reader = csv.reader(_numbered(lines), dialect)
    start = 0
    try:
        for record in reader:
            if any(cell.strip() for cell in record):
                out[start] = _row(record)
            start = reader.line_num
    except csv.Error:  # an unbalanced quote: the rest read as the text it is
        out[start:] = lines[start:]
    return out


def _row(record: list[str]) -> str:
    """A record as the parser's table row: a pipe row ("| SQS | Message size | 256 KB |",
    which a quiz or a deck shows as it is), or for two columns a flashcard's
    question<TAB>answer."""
    cells = [" ".join(cell.split()).replace("|", "/") for cell in record]
    if len(cells) <= 2:
        return "\t".join(cells)
    return "| " + " | ".join(cells) + " |"


def _numbered(lines: list[str]):
    for line in lines:
        yield line + "\n"
