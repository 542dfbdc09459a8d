"""A failure line as a terminal shows it: wrapped at words, never cut mid-word.

Errors are one line on stderr (scripts read them so); on a terminal a long one was cut by the
terminal at its last column, mid-word. After Ctrl-C the terminal has echoed "^C" first, so the
cut moved two columns ("run the same inges" / "t again"): the line starts on a fresh one."""

from __future__ import annotations

import sys

PREFIX = "studycli: "


def failure_text(message: str, after_ctrl_c: bool = False) -> str:
    """`studycli: message` for stderr, wrapped at words under its prefix when stderr is a
    terminal; a pipe or file gets the one line as it is."""
    text = PREFIX + message
    stream = sys.stderr
    if stream is None or not hasattr(stream, "isatty") or not stream.isatty():
        return text
    import shutil
    import textwrap

    width = max(40, shutil.get_terminal_size().columns - 1)
    # never inside a word: a path or web address cut at a hyphen cannot be copied
    text = textwrap.fill(text, width=width, subsequent_indent=" " * len(PREFIX),
                         break_long_words=False, break_on_hyphens=False)
    return "\n" + text if after_ctrl_c else text
