"""A note saved as CSV (a quota sheet from a spreadsheet, flashcards exported as CSV), line for
line as the rows the parser reads as a table: pipe rows, or for two columns of question and
answer, tab-separated flashcards. A quoted field that spans lines goes on its record's first
line; the lines it spanned are left blank.

A flashcard deck whose answers span lines (a Quizlet or Brainscape export: "Reserved
Instances","1 or 3 year term / Standard RI: up to 75% off / Convertible RI: up to 66%",
"pricing") is read card by card instead: the question and the answer's first line as the item
`- Reserved Instances: 1 or 3 year term`, each further line of the answer an item under it on
the line it was written on. Squashed into one row, "Standard RI: up to 75%" ran into
"Convertible RI: up to 66%" and each line was cited at the card's first. A last column of
one-word deck tags ("pricing") is no part of the card."""

from __future__ import annotations

import csv
import re


def csv_to_markdown(lines: list[str]) -> list[str]:
    out = [""] * len(lines)
    sample = "\n".join(lines[:20])
    try:
        dialect: type[csv.Dialect] | csv.Dialect = csv.Sniffer().sniff(sample, delimiters=",;|")
        if not dialect.escapechar:
            # "" inside a quoted field is a quote (RFC 4180): the sniffer says otherwise when
            # its sample holds none, and a later ""go global"" then split its record in two
            dialect.doublequote = True
    except csv.Error:
        dialect = csv.excel
    reader = csv.reader(_numbered(lines), dialect)
    records: list[tuple[int, list[str]]] = []  # each record and the index of its first line
    start = previous = 0
    after_gap: set[int] = set()  # records with a blank line or the file's start above them
    try:
        for record in reader:
            if any(cell.strip() for cell in record):
                if not records or records[-1][0] != previous:
                    after_gap.add(start)
                records.append((start, record))
            previous = start
            start = reader.line_num
    except csv.Error:  # an unbalanced quote: the rest read as the text it is
        out[start:] = lines[start:]
    cards = _card_columns([r for _, r in records])
    header: list[str] | None = None  # the sheet's header: its first record not a title
    for n, (first, record) in enumerate(records):
        if cards:
            _card(out, first, record[:cards])
        elif first in after_gap and _title_only(record) and (
                n == 0 or n + 1 == len(records) or _header_like(records[n + 1][1])):
            # "AWS quotas tracker - exported from Google Sheets,,,," over the header: a title
            # (or a closing remark), not a row; as the table's first row it was the header,
            # and the real header a row of data
            out[first] = " ".join(record[0].split())
        elif first in after_gap and _title_only(record) and first > 0 \
                and not out[first - 1].strip() and header is not None and _header_like(header):
            # "Storage,,," between two blocks of a sheet's rows: a section's label over rows
            # of the same columns; the label goes on the blank line above and the sheet's
            # header over the rows, so they are read as before the gap
            out[first - 1] = " ".join(record[0].split())
            out[first] = _row(header)
        else:
            header = header or record
            out[first] = _row(record)
    return out


def _header_like(record: list[str]) -> bool:
    """A record that may be a table's header: no number in it. A section's label ("Storage,,,"
    between two blocks of rows) heads nothing: the row under it is data, and read as the
    new table's header it was lost."""
    return not any(ch.isdigit() for cell in record for ch in cell)


def _title_only(record: list[str]) -> bool:
    """A record of three fields or more with only its first filled in."""
    return len(record) >= 3 and not any(cell.strip() for cell in record[1:])


# a deck's tag: a word or two of letters ("pricing", "well-architected"), never a number
# ("900", "256KB"), which is a quota sheet's value
_TAG = re.compile(r"^[^\W\d](?:[^\W\d]|[-\s]){0,29}$")
_TAGS_HEADER = re.compile(r"^(?:tags?|decks?|categor(?:y|ies)|topics?|labels?|subjects?)$", re.I)


def _card_columns(records: list[list[str]]) -> int:
    """2 when the records are flashcards whose answers span lines (a question, an answer and
    perhaps a column of deck tags), else 0 (rows read as before). A third column is tags only
    under a tags-like header or when its words repeat across the cards: a quota sheet's third
    column of values, dropped as tags, took every answer with it."""
    if not records or not any("\n" in cell for r in records for cell in r[:2]):
        return 0
    widths = {len(r) for r in records}
    if widths == {2}:
        return 2
    if widths != {3}:
        return 0
    tags = [r[2].strip() for r in records]
    if not all(_TAG.match(t) for t in tags):
        return 0
    if _TAGS_HEADER.match(tags[0]) or len(set(tags)) < len(tags):
        return 2
    return 0


def _card(out: list[str], first: int, card: list[str]) -> None:
    """A card as `- question: answer's first line`, each further line of its answer an item
    under it on its own line."""
    question = " ".join(card[0].split()).replace("|", "/")
    answer = [line.strip() for line in card[1].split("\n")] if len(card) > 1 else [""]
    head = _ANSWER_MARK.sub("", answer[0])
    out[first] = f"- {question}: {head}" if head else f"- {question}"
    question_lines = card[0].count("\n")
    for k, line in enumerate(answer[1:], start=first + question_lines + 1):
        text = _ANSWER_MARK.sub("", line)
        if text and k < len(out):
            out[k] = f"  - {text}"


# an answer line's own bullet ("- 24/7 customer service"): the item's dash replaces it
_ANSWER_MARK = re.compile(r"^(?:[-*•]\s+)")


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
