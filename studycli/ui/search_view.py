"""`studycli search`'s lines: file:line, then the note line with the matched words marked."""

from __future__ import annotations

from collections.abc import Callable

from rich.console import Group
from rich.text import Text

from studycli.lookup.text import clean_display
from studycli.ui.console import Unwrapped, console
from studycli.ui.hanging import Hanging, hanging_lines
from studycli.ui.links import URL


def render_search(result) -> Group:
    """Rich Text (never markup: note text and the query are shown literally); a long line
    wraps under itself, never back to column 0 where it would read as another hit."""
    parts: list[Text | Hanging | Unwrapped] = []
    note = result.correction_note()
    if not result.hits:
        said = note or f'no line of your notes says "{result.query[:60]}"'
        parts.append(Text(clean_display(said[:1].upper() + said[1:]) + "."))
        return Group(*parts)
    if note:
        parts.append(Text(clean_display(note[:1].upper() + note[1:]), style="bold"))
    if not result.every_word:
        parts.append(Text(clean_display(result.partial_note()), style="dim"))
    for hit in result.hits:
        out = Text()
        out.append(f"{clean_display(hit.source)}:{hit.line}", style="cyan")
        out.append("  ")
        line = Text(clean_display(hit.text))
        for start, end in hit.spans:
            line.stylize("bold yellow", start, end)
        out.append_text(line)
        heading = getattr(hit, "heading", "")
        if getattr(hit, "variant", False):  # a variant spelling, maybe another word
            out.append("  (variant spelling)", style="dim")
        if heading:  # found by its section's heading (studycli/search_headings.py)
            out.append(f"  (under \u201c{clean_display(heading)}\u201d)", style="dim")
        if URL.search(out.plain):  # a web address in the line is printed whole
            parts.append(Unwrapped(_hanging_whole(out)))
        else:
            parts.append(Hanging(out, indent=4))
    return Group(*parts)


def _hanging_whole(line: Text) -> Callable[[int], list[Text]]:
    """The hit's lines for a width, a web address in it whole (ui/hanging.hanging_lines)."""
    return lambda width: hanging_lines(console(), line, 4, width)
