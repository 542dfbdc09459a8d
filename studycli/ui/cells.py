"""How many terminal cells a text takes, and a file:line kept in one piece when folded.

Standard library only (the lookup fast path lays out its lines without Rich). A wide
character (an emoji, a CJK one) takes two cells, a combining mark none: "misc – weird chars &
émojis 🚀.md:9" is 34 cells in 33 characters, and counted as 33 its line ran one cell past
the terminal's edge, which wrapped it mid-name.
"""

from __future__ import annotations

# A space inside a file name: the folding of a line breaks between words, and a file name
# with spaces ("misc – weird chars & émojis 🚀.md:9") was split, "🚀.md:9" on the next line.
# Written back as a space when the lines are joined (`spaced`).
KEPT_SPACE = "\u00a0"


def cells(text: str) -> int:
    """The width of `text` on a terminal, in cells."""
    if text.isascii():
        return len(text)
    from unicodedata import combining, east_asian_width

    # An ASCII character takes one cell (none is a combining mark or wide): only the others
    # are looked up, as the difference they make (a line with one dash or one "…" looked up
    # every one of its characters twice).
    return len(text) + sum(-1 if combining(c) else 1 if east_asian_width(c) in "WF" else 0
                           for c in text if c > "\x7f")


def whole(location: str) -> str:
    """`location` (a file:line) as one word for folding: its spaces kept (`spaced` undoes it)."""
    return location.replace(" ", KEPT_SPACE)


def spaced(text: str) -> str:
    """Text with the spaces `whole` kept written back as spaces."""
    return text.replace(KEPT_SPACE, " ")


def wrapped_keeping_code(text: str, width: int) -> list[str]:
    """`text` in lines of at most `width` cells, broken between words but never inside a
    command in backticks ("`studycli compare`" broke into "`studycli" / "compare`", which
    cannot be pasted); a command longer than the room has a line of its own."""
    import re

    # a word is what lies between spaces, a command in backticks (spaces and all) one piece
    # of it: "(`studycli compare`)" stays as written ("[^\s`]+`?" made it "(`" + "compare` )")
    words = re.findall(r"(?:[^\s`]|`[^`]*`)+|`\S*", text)
    lines: list[str] = []
    line = ""
    for word in words:
        if line and cells(line) + 1 + cells(word) > width:
            lines.append(line)
            line = word
        else:
            line = f"{line} {word}" if line else word
    if line:
        lines.append(line)
    return lines
