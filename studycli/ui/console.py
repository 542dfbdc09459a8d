"""The console factory every Rich renderer prints through.

`make_console()` returns a Console whose every rendered segment of text passes through
studycli.sanitize.safe_text, so no escape byte from a note or a file name reaches the terminal,
whichever renderer (table, panel, plain line, warning) put it there. Rich's own styling is
added after this step (from styles and control segments), so colours still work.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator

from rich.console import Console, Group
from rich.segment import Segment
from rich.text import Text

from studycli.sanitize import is_safe, safe_text


class SafeConsole(Console):
    def render_str(self, text: str, **kwargs):
        # Strings are cleaned before layout too, so widths are measured on what is shown.
        text = safe_text(text)
        if text.count(":") < 2:
            # An emoji code (":smile:") takes two colons: without them Rich's replacement
            # changes nothing, and its emoji table (~2 ms to import) need not be loaded.
            kwargs["emoji"] = False
        return super().render_str(text, **kwargs)

    def render(self, renderable, options=None):
        for segment in super().render(renderable, options):
            if segment.control is None and not is_safe(segment.text):
                yield Segment(safe_text(segment.text), segment.style)
            else:
                yield segment


def make_console(stderr: bool = False, **kwargs) -> SafeConsole:
    """A Console for people: note text is never read as markup or highlighted."""
    kwargs.setdefault("highlight", False)
    return SafeConsole(stderr=stderr, **kwargs)


class Unwrapped:
    """Lines that must stay whole (web addresses): `emit` prints each as one line that the
    terminal wraps, never folded or cropped by Rich. `make(width)` lays them out for the
    console's width. Nested in another renderable they fold like any text."""

    def __init__(self, make: Callable[[int], list[Text]]) -> None:
        self.make = make

    def __rich_console__(self, console, options):
        yield from self.make(options.max_width)


class WithLinks:
    """A renderable (a panel) followed by the addresses its text marks "[1]", "[2]"...,
    each printed whole under it (studycli.ui.links)."""

    def __init__(self, body, pages: list[str]) -> None:
        from studycli.ui.links import footnote_lines

        self.body = body
        self.links = Unwrapped(lambda width: [Text(line, style="dim")
                                              for line in footnote_lines(pages, 0, width)])

    def __rich_console__(self, console, options):
        yield self.body
        yield self.links

    def compact(self) -> WithLinks | None:
        """The same with its body compacted (see `fit_screen`), the addresses as they were;
        None when the body has nothing left to drop."""
        body = self.body.compact() if hasattr(self.body, "compact") else None
        if body is None:
            return None
        out = WithLinks.__new__(WithLinks)
        out.body, out.links = body, self.links
        return out


def screen_rows(out: Console, part) -> int:
    """The terminal rows `part` takes as `emit` prints it: an address line the terminal wraps
    takes a row per `out.width` cells."""
    from rich.cells import cell_len

    if isinstance(part, Group):
        return sum(screen_rows(out, each) for each in part.renderables)
    if isinstance(part, WithLinks):
        return screen_rows(out, part.body) + screen_rows(out, part.links)
    if isinstance(part, Unwrapped):
        return sum(max(1, -(-cell_len(line.plain) // out.width)) for line in part.make(out.width))
    return len(out.render_lines(part, out.options.update(height=None), pad=False))


def fit_screen(out: Console, part):
    """`part`, or a compact form of it (fewer blank rows, `compact()`, as few dropped as it
    takes) when it would not fit the terminal with a row left for the cursor: a quiz answer
    screen of 25 rows at 80x24 (a Kotlin SDK page's address wrapped over 3 rows under it)
    scrolled its header and the start of its question off the top. Off a terminal, or
    already fitting, `part` as it is."""
    if not out.is_terminal:
        return part
    while hasattr(part, "compact") and screen_rows(out, part) >= out.height:
        smaller = part.compact()
        if smaller is None:
            break
        part = smaller
    return part


def emit(out: Console, part) -> None:
    """Print one part; addresses in it (Unwrapped, WithLinks) are printed whole, also from
    inside a Group (whose parts print one after another anyway)."""
    if isinstance(part, Group):  # `fit` only changes how a Group is measured
        for each in part.renderables:
            emit(out, each)
        return
    if isinstance(part, WithLinks):
        out.print(part.body)
        part = part.links
    if isinstance(part, Unwrapped):
        for line in part.make(out.width):
            out.print(line, soft_wrap=True)
        return
    out.print(part)


_STDOUT: SafeConsole | None = None


def console() -> SafeConsole:
    """The one console for stdout (made on first use)."""
    global _STDOUT
    if _STDOUT is None:
        _STDOUT = make_console()
    return _STDOUT


def taller_than_screen(out: Console, parts: list) -> bool:
    """Whether `parts`, laid out for `out`'s width, take the whole screen or more (the shell's
    prompt after them takes a row too, scrolling the first off); only asked on a terminal:
    elsewhere nothing is paged."""
    if not out.is_terminal:
        return False
    rows = 0
    for part in parts:
        rows += screen_rows(out, part)  # an address the terminal wraps: its rows, not one
        if rows >= out.height:
            return True
    return False


def page(parts, long: bool) -> None:
    """Print a renderable, or a list or iterator of them one after another (so the first part
    shows before the rest is laid out). Long output on a terminal goes through the pager ($PAGER,
    else less), so a student can scroll it rather than lose its top; piped output is printed
    as it is, and the pager is given each part as it is laid out (studycli.ui.pager). The
    pager gets plain text: `less` without -R would show colours as ESC[1m."""
    out = console()
    if not isinstance(parts, (list, Iterator)):
        parts = [parts]
    if long and out.is_terminal:
        from studycli.ui import pager

        command = pager.pipe_command()
        if command is not None:  # the first screen shows while the rest is laid out
            pager.stream(command, pager.plain_parts(out, parts, emit))
            return
        with out.pager(styles=False):
            for part in parts:
                emit(out, part)
    else:
        for part in parts:
            emit(out, part)
            out.file.flush()
