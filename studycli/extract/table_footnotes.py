"""Footnote marks on a table's cells: "32,000³", "yes⁴", "100*", with the footnotes under the
table ("³ 32k only on Nitro", "⁴ same AZ only, up to 16 Nitro instances", "\\* cant raise it").

Read as written, the mark was part of the value: "32,000³" is no number (a superscript after a
digit reads as an exponent in prose, where extract/footnote_marks.py leaves it), so io1's
maximum IOPS was lost, and "yes⁴" said nothing of what the footnote adds. A mark a footnote
just under the table explains is taken off its cell; where the cell states no figure of its
own ("yes⁴", "no²"), what the footnote says qualifies it and is kept in brackets after it
("yes (same AZ only, up to 16 Nitro instances)"). A figure's footnote stays a line of its own
(read as the note's line): put beside the figure, its own numbers would read as the cell's.
A mark no footnote under the table explains is left as written.
"""

from __future__ import annotations

import re
from dataclasses import replace

from studycli.notes.tables import Table

# how far under a table its footnotes may start (a blank line or two, a remark)
_FOOTNOTE_REACH = 6
_SUPERSCRIPTS = "¹²³⁴⁵⁶⁷⁸⁹⁰"
# a footnote under a table: "¹ text", "* text", "\\* text", "† text"
# (an asterisk's footnote has a space after it: "*italics*" under a table is none)
_FOOTNOTE = re.compile(rf"^\s*(?:[-•]\s+)?(?:(?P<mark>[{_SUPERSCRIPTS}]+|[†‡])\s*|"
                       r"\\?(?P<star>\*{1,3})\s+)(?P<text>\S.*)$")
# a mark at the end of a cell's word: "32,000³", "yes⁴", "100*", "(console)*"
_CELL_MARK = re.compile(rf"(?<=\S)(?P<mark>[{_SUPERSCRIPTS}]+|\*{{1,3}}|[†‡])(?=[\s,;)]|$)")
_DIGIT = re.compile(r"\d")


def with_footnotes_read(table: Table, note_lines: list[str]) -> Table:
    """The table with each footnote mark its footnotes (on `note_lines`, the note's lines)
    explain taken off its cell, and a figure-less cell qualified by its footnote."""
    if not table.lines or not any(_CELL_MARK.search(c) for row in table.rows[1:] for c in row):
        return table
    notes = _footnotes_under(table, note_lines)
    if not notes:
        return table
    rows = [list(table.rows[0])]
    for row in table.rows[1:]:
        rows.append([_cell_read(cell, notes) if c else cell for c, cell in enumerate(row)])
    return replace(table, rows=rows)


def _footnotes_under(table: Table, note_lines: list[str]) -> dict[str, str]:
    """By its mark, each footnote on the lines just under the table."""
    notes: dict[str, str] = {}
    stars: dict[str, int] = {}
    last = max(table.lines)  # 1-based: note_lines[last] is the line under the table
    for line in note_lines[last:last + _FOOTNOTE_REACH]:
        found = _FOOTNOTE.match(line)
        if found:
            mark = found.group("mark") or found.group("star")
            notes.setdefault(mark, found.group("text").strip())
            if found.group("star"):
                stars[mark] = stars.get(mark, 0) + 1
        elif notes and line.strip():
            break  # the footnotes have ended
    # two lines or more opening with the same star are a bulleted list ("* max managed
    # policies per role: 10"), no footnote: read as one, a bullet's text was spliced into
    # an IAM action's wildcard ("sqs:*") and filed as the row's fact
    for mark, count in stars.items():
        if count > 1:
            del notes[mark]
    return notes


def _is_wildcard(cell: str, mark: re.Match[str]) -> bool:
    """Whether a star closing a cell's word is a wildcard ("s3:Get*", "arn:aws:s3:::b/*",
    "*.example.com"), not a footnote's mark: its word is a name with ':', '/' or '.' in it."""
    if mark.group("mark")[0] != "*":
        return False
    word = cell[:mark.start()].split()[-1] if cell[:mark.start()].split() else ""
    return any(ch in word for ch in ":/.") and not _FIGURE_END.search(word)


_FIGURE_END = re.compile(r"\d[\d,.]*$")


def _cell_read(cell: str, notes: dict[str, str]) -> str:
    # (an asterisk closing a cell's bold or italics, "**yes**", marks nothing)
    marks = [m for m in _CELL_MARK.finditer(cell) if m.group("mark") in notes
             and (m.group("mark")[0] != "*" or cell.count("*") == len(m.group("mark")))
             and not _is_wildcard(cell, m)]
    if not marks:
        return cell
    bare = cell
    for m in reversed(marks):
        bare = bare[:m.start()] + bare[m.end():]
    if _DIGIT.search(bare):
        return bare
    return bare + "".join(f" ({notes[m.group('mark')]})" for m in marks)
