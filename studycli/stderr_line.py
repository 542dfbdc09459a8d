"""A failure line as a terminal shows it: wrapped at words, never cut mid-word.

Errors are one line on stderr (scripts read them so); on a terminal a long one was cut by the
terminal at its last column, mid-word. After Ctrl-C the terminal has echoed "^C" first, so the
cut moved two columns ("run the same inges" / "t again"): the line starts at column 0 of the
cursor's line, cleared (FRESH_LINE). Not a newline: the quiz and the exam read keys without
echo, so no "^C" shows there and a newline left a blank line before the message."""

from __future__ import annotations

import re
import sys

PREFIX = "studycli: "
# carriage return, then erase to the end of the line: an echoed "^C" goes, nothing is added
FRESH_LINE = "\r\x1b[K"
# stands for a space no line may break at while textwrap runs (a private-use character: no
# message holds one)
_KEEP = "\ue000"
# a backticked command ("`studycli exam --discard last`") is copied whole
_BACKTICKED = re.compile(r"`[^`]*`")
# the first word holding a path or address ("/tmp/my notes/a.md", "C:\\notes", "~/x",
# "https://..."): from there on no break, since a path may hold spaces no pattern can tell
# from the message's own; the terminal's soft wrap keeps such a tail copyable, a newline and
# an indent inside it do not
_PATH_START = re.compile(r"(?:^|(?<=\s))\S*[/\\]")


def failure_text(message: str, after_ctrl_c: bool = False) -> str:
    """`studycli: message` for stderr, wrapped at words under its prefix when stderr is a
    terminal; a pipe or file gets the one line as it is."""
    text = PREFIX + message
    width = stderr_columns()
    if width is None or _KEEP in text:
        return text
    import textwrap

    text = textwrap.fill(_unbreakable(text), width=max(40, width - 1),
                         subsequent_indent=" " * len(PREFIX), break_long_words=False,
                         break_on_hyphens=False).replace(_KEEP, " ")
    return FRESH_LINE + text if after_ctrl_c else text


def stderr_columns() -> int | None:
    """The width of the terminal stderr itself shows on, or None (not a terminal, or its
    width unknown: no wrapping). Never stdout's: with stdout sent to a file, a narrow
    terminal's line was wrapped at 79 and then cut again by the terminal."""
    import os

    stream = sys.stderr
    try:
        if stream is None or not stream.isatty():
            return None
        return os.get_terminal_size(stream.fileno()).columns
    except (AttributeError, OSError, ValueError):  # io.UnsupportedOperation is an OSError
        return None


def _unbreakable(text: str) -> str:
    """`text` with the spaces no line may break at (inside a backticked command, and from the
    first path on) made _KEEP."""
    text = _BACKTICKED.sub(lambda m: m.group().replace(" ", _KEEP), text)
    path = _PATH_START.search(text)
    if path:
        text = text[:path.start()] + text[path.start():].replace(" ", _KEEP)
    return text
