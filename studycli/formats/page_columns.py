"""Text copied from a cheat sheet printed in two columns, read one column after the other.

A PDF viewer's copy (or `pdftotext -layout`) of a two-column page keeps each printed line
whole: line 5 of the file is line 5 of the left column, a gap, then line 5 of the right one.

    ■ SQS                                        ■ SNS
     Retention: default 4 days, range 1 min       Up to 12,500,000 subs per topic
     to 14 days                                   100,000 topics per account

Read line by line, the right column's lines were under the left column's title (the SNS
figures were SQS's), and a sentence the column broke ("range 1 min" / "to 14 days") was two
lines, its maximum on a line that says nothing of retention. Here a block of such lines is
read as its two columns: the left column's lines, then the right column's, each cited on
the file line it was printed on (formats/spread.py), and a column's line that goes on from
the one above it ("to 14 days", "ity, >= 3 AZs" after "durabil-") is joined to it. Below a
block whose right column had a title of its own, the page goes on under the left column's
title again (its line is read once more, after the right column).

A block is read so only on a page's evidence: the right column starts at the same place on
each line (a character or two either way), at least a third of the way in; the left column's
lines are prose that fills it, not a table's short labels; and its lines are more than two,
or a title heads each column, or a column's sentence runs on to its next line. A table lined
up with spaces, a Cornell note's narrow cue column and a line with one wide gap are read as
they are (formats/aligned.py, extract/rules.py).
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from studycli.formats.spread import SpreadLines

# where a cell's text starts after a gap of two spaces or more
_START = re.compile(r"\S {2,}(?=\S)")  # (its end is where the cell's text starts)
# how far in a right column starts, at least (a page's columns are each half its width)
_MIN_COLUMN = 30
# how far a right column's lines may start after its leftmost one (a sub-item's indent)
# and before the first line's start (a copy's jitter)
_INDENT, _JITTER = 4, 2
# a section's title: a bullet of a printed sheet ("■ SQS") or capitals ("AMAZON EBS")
_TITLE = re.compile(r"^[■□▪▫●◆◇►▶]\s*\S|^[A-Z0-9][A-Z0-9 &/()+.,-]{2,}$")
# words that leave a sentence open: the line after them goes on with it (the last word
# looked up, never the line searched: a pattern ending in "$" tried each of its characters)
_OPEN_WORDS = frozenset("and or to of for per with w/ by in on at from than via the a an is are "
                        "be until since when if after before into over under only not no".split())
_OPEN_MARKS = ",(/&+"
# words before a figure with nothing after it: what it counts is on the next line ("and
# 5,500" / "GET/HEAD req per sec")
_BEFORE_FIGURE = frozenset("and or to max min default range from of".split())
_FIGURE = re.compile(r"\d[\d,.]*")
# a line that goes on from the one above it: a lower-case word (not a label's "gp3:", "st1"),
# a bracket, or a comparison
_GOES_ON = re.compile(r"^(?:[a-z][a-z'-]*(?![\w/:=).])|[(<>=~]|->)")
_LONGEST_ITEM = 6  # lines one column's sentence may run over


def columns_found(lines: list[str]) -> bool:
    """Whether a note holds a block of lines printed in two columns (the sniff's test)."""
    return any(True for _ in _blocks(lines))


def columns_to_markdown(lines: list[str]) -> SpreadLines:
    out: list[str] = []
    at: list[int] = []
    k = 0
    for start, end, column in _blocks(lines):
        out.extend(lines[k:start])
        at.extend(range(k, start))
        left = [(j, lines[j][:column].rstrip()) for j in range(start, end)]
        right = [(j, _right_part(lines[j], column)) for j in range(start, end)]
        for j, text in _items(left) + _items(right):
            out.append(text)
            at.append(j)
        first_left, first_right = left[0][1].strip(), right[0][1].strip()
        if _TITLE.match(first_left) and _TITLE.match(first_right):
            out.append(left[0][1])  # the page goes on under the left column's title
            at.append(start)
        k = end
    out.extend(lines[k:])
    at.extend(range(k, len(lines)))
    return SpreadLines(out, at)


def _starts(line: str) -> list[int]:
    return [m.end() for m in _START.finditer(line)]


def _blocks(lines: list[str]):
    """Each block of two columns: (its first line, the line after its last, where its right
    column starts)."""
    k = 0
    while k < len(lines):
        seeds = [s for s in _starts(lines[k]) if s >= _MIN_COLUMN]
        if len(seeds) != 1:
            k += 1
            continue
        end, column = _block_at(lines, k, seeds[0])
        if column is not None:
            yield k, end, column
        # (a block that is no page's is passed over whole: a long table lined up with spaces
        # is scanned once, not from each of its lines)
        k = max(end, k + 1)


def _block_at(lines: list[str], k: int, seed: int) -> tuple[int, int | None]:
    """The line after the block of lines from `k` whose right column starts about `seed`
    (where the next block may start), and where that column starts, or None where the block
    is no page's two columns."""
    low, high = seed - _JITTER, seed + _INDENT
    two: list[int] = []  # the lines with text in both columns
    lefts: list[str] = []
    end = k
    blank = 0
    for j in range(k, len(lines)):
        line = lines[j].rstrip()
        if not line.strip():
            blank += 1
            if blank > 1:
                break
            continue
        blank = 0
        starts = [s for s in _starts(line) if low <= s <= high]
        indent = len(line) - len(line.lstrip())
        if len(starts) == 1:
            two.append(j)
            lefts.append(line[:starts[0]].strip())
        elif low <= indent <= high or len(line) < low - 1:
            pass  # text in one column only
        else:
            break  # a line across both columns: the block is over
        end = j + 1
    if len(two) < 2:
        return k + 1, None  # (no block: the lines after it are looked at again)
    # the left column's lines below the right column's last are the page's, not the block's,
    # but where they go on from the line above them
    last = max([two[-1], *(j for j in range(k, end) if lines[j].strip()
                           and low <= len(lines[j]) - len(lines[j].lstrip()) <= high)])
    keep = last + 1
    while keep < end and _continues(lines[keep - 1][:low], lines[keep], low):
        keep += 1
    end = keep
    column = min(s for j in two for s in _starts(lines[j]) if low <= s <= high)
    column = min([column] + [len(x) - len(x.lstrip()) for x in lines[k:end]
                             if x.strip() and low <= len(x) - len(x.lstrip()) <= high])
    if not _page_like(lines, k, end, two, lefts, column):
        return end, None
    return end, column


def _median(values: Iterable[float]) -> float:
    """statistics.median of `values`, numbers (the middle one, or the mean of the two middle
    ones), without importing statistics: that brings fractions and decimal, ~3 ms of every
    ingest whose notes have more than a few lines, for two medians of a few line lengths."""
    data = sorted(values)  # (never empty: _block_at calls _page_like with two lines or more)
    mid = len(data) // 2
    return data[mid] if len(data) % 2 else (data[mid - 1] + data[mid]) / 2


def _page_like(lines: list[str], k: int, end: int, two: list[int], lefts: list[str],
               column: int) -> bool:
    """Whether a block of two-column lines is a page's two columns of prose, not a table:
    a sentence of each column runs on to its next line (a table's label is no sentence,
    and a cell that wraps leaves the label beside it empty), or, under a title heading each
    column, one of them does."""
    rights = [_right_part(lines[j], column) for j in two]
    if _median(len(x) for x in lefts) < 0.5 * column or _median(len(r.split()) for r in rights) < 2:
        return False  # a table's labels and values
    if max(len(r) for r in rights) < 0.6 * column:
        return False  # a page's columns are of a width: these are remarks beside lines
    if sum(len(_starts(lines[j])) > 1 for j in two) * 4 > len(two):
        return False  # cells of a table of three columns or more
    left = [lines[j][:column].rstrip() for j in range(k, end)]
    right = [_right_part(lines[j], column) for j in range(k, end)]
    runs = [_runs_on(left), _runs_on(right)]
    first = lines[two[0]]
    titled = bool(_TITLE.match(first[:column].strip()) and _TITLE.match(first[column:].strip()))
    return all(runs) or (titled and any(runs))


def _runs_on(column: list[str]) -> bool:
    width = max(len(x) for x in column)
    return any(_continues(a, b, width) for a, b in zip(column, column[1:], strict=False))


def _right_part(line: str, column: int) -> str:
    return line[column:].rstrip() if len(line) > column else ""


def _items(column: list[tuple[int, str]]) -> list[tuple[int, str]]:
    """A column's lines, each line that goes on from the one above it joined to that one."""
    width = max(len(text) for _, text in column)
    items: list[tuple[int, str]] = []
    above = ""  # the line above, as printed (its item may hold more)
    run = 0
    for j, text in column:
        if not text.strip():
            run, above = 0, ""
            continue
        if items and run and run < _LONGEST_ITEM and _continues(above, text, width):
            before = items[-1][1]
            hyphen = before.endswith("-") and before[-2:-1].isalpha() and text.strip()[:1].islower()
            joined = before[:-1] + text.strip() if hyphen else f"{before} {text.strip()}"
            items[-1] = (items[-1][0], joined)
            run += 1
        else:
            items.append((j, text))
            run = 1
        above = text
    return items


def _continues(above: str, line: str, width: int) -> bool:
    """Whether `line` goes on with the sentence of the line `above` it, in a column `width`
    characters wide: only where the line above was full (its next word would not have fit
    on it: a short line ended where its sentence did), and it was left open or this one
    opens as no new item does."""
    above, line = above.rstrip(), line.strip()
    if not above or not line or _TITLE.match(line) or _TITLE.match(above.strip()):
        return False
    if len(above) + 1 + len(line.split()[0]) < width - max(4, width // 5):
        return False
    if above.count("(") > above.count(")"):
        return True  # a bracket left open
    if above.endswith("-") and above[-2:-1].isalpha():
        return line[:1].islower()  # a word broken at its hyphen
    return _left_open(above) or _GOES_ON.match(line) is not None


def _left_open(above: str) -> bool:
    if above[-1] in _OPEN_MARKS:
        return True
    words = above.rsplit(None, 2)
    last = words[-1].lower()
    if last in _OPEN_WORDS:
        return True
    before = words[-2].lower() if len(words) > 1 else ""
    return _FIGURE.fullmatch(last) is not None and (
        before.rstrip(",") in _BEFORE_FIGURE or before.endswith(","))
