"""Tables of facts and of conflicts."""

from __future__ import annotations

from collections.abc import Iterator

from rich.cells import cell_len
from rich.console import RenderableType
from rich.padding import Padding
from rich.table import Table
from rich.text import Text

from studycli.sanitize import readable
from studycli.ui.hanging import Hanging
from studycli.ui.names import display_service, fit_location

FIRST_CHUNK, CHUNK = 20, 100  # rows per table: the first rows show at once, before the rest
# name, Rich column options, narrowest it may be squeezed to (None: never wraps)
_COLUMNS: tuple[tuple[str, dict, int], ...] = (
    ("service", {"no_wrap": True, "overflow": "ellipsis"}, 8), ("subject", {}, 6),
    ("attribute", {}, 8), ("kind", {"no_wrap": True, "overflow": "ellipsis", "style": "dim"}, 10),
    ("value", {"style": "bold"}, 12),
    ("source", {"no_wrap": True, "overflow": "ellipsis", "style": "dim"}, 10),
)
_CAPS = {"service": 22, "subject": 18, "attribute": 28}
_VALUE = 4  # index of the value column: it takes the room the others leave


def render_facts(facts, width: int = 100) -> Iterator[Table | Text]:
    """The facts as tables that line up as one (the same column widths, laid out once for
    `width` columns, one header): printed one after another, the first rows appear without
    waiting for the whole table. Each table is built only when it is printed."""
    if not facts:
        return iter([Text("No facts match.")])
    names: dict[str, str] = {}  # a few dozen services among thousands of facts
    rows = [_cells(f, names) for f in facts]
    return _tables(rows, _layout(rows, width))


def _tables(rows: list[tuple[str, ...]], widths: list[int]):
    columns = _COLUMNS[:len(widths)]
    under = len(widths) < len(_COLUMNS)  # the location goes under the value, whole
    start = 0
    while start < len(rows):
        size = FIRST_CHUNK if start == 0 else CHUNK
        table = Table(show_edge=False, show_lines=False, pad_edge=False, show_header=start == 0)
        for (name, options, _), w in zip(columns, widths, strict=True):
            table.add_column(name, width=w, **options)
        for cells in rows[start:start + size]:
            # Text(), never a str: note text is not read as Rich markup.
            if under:
                # folded, never cut, when even the value's width is short of a long name
                value = Text(cells[_VALUE], overflow="fold")
                value.append("\n" + cells[-1], style="dim not bold")
                table.add_row(*map(Text, cells[:_VALUE]), value)
            else:
                table.add_row(*map(Text, cells[:-1]), Text(fit_location(cells[-1], widths[-1])))
        yield table
        start += size


def _layout(rows: list[tuple[str, ...]], width: int) -> list[int]:
    """Column widths for `width` cells. Where the source column would cut file names, it is
    left out (a width per column but the last) and each location is shown whole under its
    value: a student needs the whole name to find the note."""
    natural = [max(cell_len(name), *(_cells_wide(r[i]) for r in rows))
               for i, (name, _, _) in enumerate(_COLUMNS)]
    widths = _fit(_COLUMNS, natural, width)
    if widths[-1] >= natural[-1]:
        return widths
    location = natural[-1]
    natural = natural[:_VALUE] + [max(natural[_VALUE], location)]
    return _fit(_COLUMNS[:-1], natural, width, value_low=location)


def _fit(columns, natural: list[int], width: int, value_low: int = 0) -> list[int]:
    widths = [min(n, _CAPS.get(name, n)) for n, (name, _, _) in zip(natural, columns, strict=True)]
    room = width - (len(columns) - 1) * 3  # " │ " between columns, no edges
    lows = [min(n, low or n) for n, (_, _, low) in zip(natural, columns, strict=True)]
    floor = sum(lows) - lows[_VALUE]  # the others at their narrowest
    low_value = min(natural[_VALUE], max(columns[_VALUE][2] or 0, min(value_low, room - floor)))
    others = sum(widths) - widths[_VALUE]
    # The value is what a student reads: at least a third of the row when it needs it.
    widths[_VALUE] = min(natural[_VALUE], max(low_value, room - others, room // 3))
    # Too narrow: squeeze the other columns, the one with most to spare first, to their
    # minimum; only then the value.
    while sum(widths) > room:
        squeezable = [i for i, (_, _, low) in enumerate(columns)
                      if low is not None and widths[i] > low and i != _VALUE]
        if not squeezable:
            if widths[_VALUE] <= low_value:
                break
            squeezable = [_VALUE]
        widest = max(squeezable, key=lambda i: widths[i] - (columns[i][2] or 0))
        widths[widest] -= 1
    return widths


def _cells_wide(text: str) -> int:
    """Terminal cells `text` takes: its length when it is ASCII (nearly every cell, measured
    thousands of times before the first row can be shown)."""
    return len(text) if text.isascii() else cell_len(text)


def _cells(f, names: dict[str, str]) -> tuple[str, ...]:
    kind = f"{f.kind} ({f.qualifier})" if f.qualifier and f.qualifier != f.kind else f.kind
    service = names.get(f.service)
    if service is None:
        service = names[f.service] = display_service(f.service)
    return (service, f.subject, f.attribute, kind, f.value, f"{f.source}:{f.line}")


def _address_line(url: str):
    def make(width: int) -> list[Text]:
        from studycli.ui.links import place

        return [Text(place(url, 2, width), style="dim")]  # from column 0 when it is longer
    return make


# by verdict (reference.entry.verdict), in check's words (ui/verdict_words.py)
_MARKS = {"current": ("AWS docs agree", "green"), "outdated": ("outdated", "yellow"),
          "wrong": ("wrong", "yellow"), "differs": ("not what AWS says", "yellow")}


def render_conflicts(groups, marks: dict[str, dict] | None = None) -> list[RenderableType]:
    """Each disagreement: its key, then every side with its note line. A side's line wraps
    under itself (indented further), not back to column 0 nor to the sides' own column."""
    if not groups:
        return [Text("No conflicts: your notes agree with each other.")]
    parts: list[RenderableType] = []
    for group in groups:
        head = group[0]
        title = " / ".join(x for x in (display_service(head.service), head.subject,
                                        head.attribute, head.qualifier) if x)
        parts.append(Text(title, style="bold yellow"))
        from studycli.conflicts import supported

        aws = supported(group, marks or {})
        if aws:  # the side the AWS reference supports, and its page
            from studycli.store.currency import said_now  # "none" would read as no docs

            parts.append(Padding(Hanging(Text(f"AWS docs: {said_now(aws['value'])}",
                                              style="dim")),
                                 (0, 0, 0, 2)))
            if aws["url"]:  # whole, never folded: a folded address cannot be opened
                from studycli.ui.console import Unwrapped

                parts.append(Unwrapped(_address_line(aws["url"])))
        for f in group:
            line = Text()
            line.append(f.value, style="bold")
            mark = (marks or {}).get(f.id)
            if mark:
                said, style = _MARKS.get(mark.get("verdict") or mark["status"], _MARKS["wrong"])
                line.append(f"  ({said})", style=style)
            line.append(f"  {f.source}:{f.line}  ", style="dim")
            line.append(readable(f.snippet))
            parts.append(Padding(Hanging(line), (0, 0, 0, 2)))  # wraps under itself, at 4
    return parts
