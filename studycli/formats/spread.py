"""A note read over more lines than its file has, each cited on the file's line it came from.

Every converter writes markdown line for line (formats/__init__.py), so that a fact's line is
the line the student opens. A few notes pack many note lines on one line of the file: an
Obsidian canvas saves each card on one line, its heading and list items joined by "\\n" inside
a JSON string. Read line for line, such a card had nowhere to put its lines and the board was
not read at all. A converter may instead return `SpreadLines`: its markdown, each line with the
file's line it was read from. The parser reads the markdown as any note; ingest then cites each
fact, comparison and warning on its file line (`on_file_lines`), and `search` finds the packed
line's text on that line (`file_lines_text`).
"""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from studycli.model import ParsedNote


class SpreadLines(list):
    """A converter's markdown lines with `at[k]`, the file's line (0-based) line k was read
    from, in the file's order."""

    def __init__(self, lines: list[str], at: list[int]) -> None:
        super().__init__(lines)
        if len(at) != len(lines):
            raise ValueError("one file line for each markdown line")
        self.at = list(at)


class SpreadText(str):
    """as_markdown's text of a note spread over more lines than its file: `file_line[k]` is
    the file's line (1-based) its line k + 1 was read from; `file_count` is how many lines the
    file has."""

    file_line: tuple[int, ...]
    file_count: int

    def __new__(cls, text: str, file_line: list[int] | tuple[int, ...] = (),
                file_count: int = 0) -> SpreadText:  # (defaults: unpickled in a worker)
        made = super().__new__(cls, text)
        made.file_line = tuple(file_line)
        made.file_count = file_count
        return made


def spread_text(out: SpreadLines, file_count: int) -> SpreadText:
    return SpreadText("\n".join(out), [k + 1 for k in out.at], file_count)


def on_file_lines(note: ParsedNote, text: str) -> ParsedNote:
    """`note`, parsed from `text`, with each line cited on the file's line it was read from
    (unchanged for a note read line for line)."""
    if not isinstance(text, SpreadText):
        return note
    at = text.file_line

    def cited(line: int) -> int:
        return at[line - 1] if 0 < line <= len(at) else line

    note.facts = [replace(f, line=cited(f.line)) for f in note.facts]
    note.comparisons = [replace(c, line=cited(c.line)) for c in note.comparisons]
    note.warnings = [replace(w, line=cited(w.line)) if w.line else w for w in note.warnings]
    return note


def file_lines_text(text: str, lines: list[str]) -> list[str]:
    """The lines `search` stores of a note read as `text` (split into `lines`): those, or for a
    spread note each line of the file with the text read from it, its pieces joined."""
    if not isinstance(text, SpreadText):
        return lines
    joined: list[list[str]] = [[] for _ in range(text.file_count)]
    for line, at in zip(lines, text.file_line, strict=False):
        if line.strip() and 0 < at <= text.file_count:
            joined[at - 1].append(line.strip())
    return [" ".join(pieces) for pieces in joined]
