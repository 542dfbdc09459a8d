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


def wrap_keeping_urls(console, text: Text, width: int) -> list[Text]:
    """`text` wrapped in `width` as Rich wraps it (a word longer than the room folded), except
    a web address longer than the room: it gets a line of its own, whole, longer than `width`
    (a folded address cannot be opened or copied whole). The caller prints such a line from
    column 0 and unfolded (studycli.ui.links.place; the terminal may wrap it, we never do)."""
    from studycli.ui.links import URL

    plain = text.plain
    long = [m.span() for m in URL.finditer(plain) if m.end() - m.start() > width]
    if not long:
        return list(text.wrap(console, width, overflow="fold"))
    lines: list[Text] = []
    at = 0
    for start, end in long:
        if plain[at:start].strip():
            lines += text[at:start].wrap(console, width, overflow="fold")
        lines.append(text[start:end])
        at = end
    if plain[at:].strip():
        rest = text[at:]
        lines += rest[len(rest.plain) - len(rest.plain.lstrip()):].wrap(console, width,
                                                                       overflow="fold")
    for line in lines:
        line.rstrip()
    return lines


def hanging_lines(console, text: Text, indent: int, width: int) -> list[Text]:
    """Hanging's lines laid out for `width`, a web address longer than the room whole on a
    line of its own (wrap_keeping_urls): for a studycli.ui.console.Unwrapped, which prints
    them unfolded."""
    from studycli.ui.links import place

    width = max(10, width)
    lines = wrap_keeping_urls(console, text, width)
    if len(lines) <= 1:
        return lines
    first = lines[0]
    rest = text[len(first.plain):]
    rest = rest[len(rest.plain) - len(rest.plain.lstrip()):]
    room = max(10, width - indent)
    out = [first]
    for line in wrap_keeping_urls(console, rest, room):
        out.append(Text(place(line.plain, indent, width), style=line.style) if
                   line.cell_len > room else Text(" " * indent) + line)
    return out


class CodeKept:
    """Plain text (one style) wrapped to the width it is given, never inside a command in
    backticks (ui/cells.wrapped_keeping_code): a command split over two lines cannot be pasted."""

    def __init__(self, text: str, style: str = "") -> None:
        self.text = text
        self.style = style

    def __rich_console__(self, console, options):
        from studycli.ui.cells import wrapped_keeping_code

        for line in wrapped_keeping_code(self.text, max(10, options.max_width)):
            yield Text(line, style=self.style)

    def __rich_measure__(self, console, options):
        from rich.measure import Measurement

        return Measurement.get(console, options, Text(self.text))

    @property
    def plain(self) -> str:
        return self.text
