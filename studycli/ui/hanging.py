"""A line of text that wraps under itself: its first line at the left edge, the lines it
wraps onto indented, so a wrapped title never reads as a new line at column 0."""

from __future__ import annotations

from rich.text import Text


class Hanging:
    def __init__(self, text: Text, indent: int = 2) -> None:
        self.text = text
        self.indent = indent

    def __rich_console__(self, console, options):
        width = max(10, options.max_width)
        lines = list(self.text.wrap(console, width, overflow="fold"))
        if len(lines) > 1:  # wrap the rest again, in the narrower room under the first line
            first = lines[0]
            first.rstrip()
            rest = self.text[len(first.plain):]
            rest = rest[len(rest.plain) - len(rest.plain.lstrip()):]
            lines = [first, *rest.wrap(console, max(10, width - self.indent), overflow="fold")]
        for i, line in enumerate(lines):
            yield Text(" " * self.indent) + line if i else line

    def __rich_measure__(self, console, options):
        from rich.measure import Measurement

        return Measurement.get(console, options, self.text)
