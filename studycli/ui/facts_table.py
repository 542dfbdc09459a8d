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
# Names wrap between words, never cut with an ellipsis: "API Gatew…", "Kinesis D…" at 80
# columns hid which service a fact is of (issue 12). A word longer than its column is folded,
# whole over two lines, only where the terminal has no room for it at all.
_COLUMNS: tuple[tuple[str, dict, int], ...] = (
    ("service", {"overflow": "fold"}, 8), ("subject", {"overflow": "fold"}, 6),
    ("attribute", {"overflow": "fold"}, 8),
    ("kind", {"overflow": "fold", "style": "dim"}, 10),
    ("value", {"style": "bold", "overflow": "fold"}, 12),
    ("source", {"no_wrap": True, "overflow": "ellipsis", "style": "dim"}, 10),
)
_CAPS = {"service": 22, "subject": 18, "attribute": 28}
_KIND, _VALUE, _SOURCE = 3, 4, 5  # the value column takes the room the others leave
# A column is given its longest word where the row has room for every column's: a service's
# name whole ("CloudFormation"), a subject's or attribute's words up to this many cells.
_WORD_CAP = 16


def render_facts(facts, width: int = 100) -> Iterator[Table | Text]:
    """The facts as tables that line up as one (the same column widths, laid out once for
    `width` columns, one header): printed one after another, the first rows appear without
    waiting for the whole table. Each table is built only when it is printed."""
    if not facts:
        return iter([Text("No facts match.")])
    names: dict[str, str] = {}  # a few dozen services among thousands of facts
    rows = [_cells(f, names) for f in facts]
    return _tables(rows, _layout(rows, width))


def _tables(rows: list[tuple[str, ...]], layout: tuple[tuple[int, ...], list[int]]):
    shown, widths = layout
    columns = [_COLUMNS[i] for i in shown]
    value_at = shown.index(_VALUE)
    under = [i for i in (_KIND, _SOURCE) if i not in shown]  # said under the value, whole
    start = 0
    while start < len(rows):
        size = FIRST_CHUNK if start == 0 else CHUNK
        table = Table(show_edge=False, show_lines=False, pad_edge=False, show_header=start == 0)
        for (name, options, _), w in zip(columns, widths, strict=True):
            table.add_column(name, width=w, **options)
        for cells in rows[start:start + size]:
            # Text(), never a str: note text is not read as Rich markup.
            row = [Text(cells[i]) for i in shown]
            if _SOURCE in shown:
                row[-1] = Text(fit_location(cells[_SOURCE], widths[-1]))
            if under:
                # folded, never cut, when even the value's width is short of a long name
                row[value_at] = _value_with(cells, under, widths[value_at])
            table.add_row(*row)
        yield table
        start += size


def _value_with(cells: tuple[str, ...], under: list[int], width: int) -> Text:
    """The value, then what has no column of its own at this width: the kind and the
    location on one line where both fit, else each on its own."""
    value = Text(cells[_VALUE], overflow="fold")
    said = [cells[i] for i in under if cells[i]]
    lines = ["  ".join(said)] if cell_len("  ".join(said)) <= width else said
    for line in lines:
        value.append("\n" + line, style="dim not bold")
    return value


def _layout(rows: list[tuple[str, ...]], width: int) -> tuple[tuple[int, ...], list[int]]:
    """The columns shown and their widths for `width` cells. Where the source column would
    cut file names, it is left out and each location is shown whole under its value (a
    student needs the whole name to find the note); where even then a service's name or the
    other columns' words would be cut, the kind goes under the value too."""
    natural = [max(cell_len(name), *(_cells_wide(r[i]) for r in rows))
               for i, (name, _, _) in enumerate(_COLUMNS)]
    words = [max(_longest_word(name), *(_longest_word(r[i]) for r in rows))
             for i, (name, _, _) in enumerate(_COLUMNS)]
    every = tuple(range(len(_COLUMNS)))
    widths, whole = _fit(every, natural, words, width)
    if widths[-1] >= natural[-1] and whole:
        return every, widths
    location = natural[_SOURCE]
    for shown in (every[:_SOURCE], (*every[:_KIND], _VALUE)):
        under = [natural[i] for i in every if i not in shown]
        narrow = list(natural)
        narrow[_VALUE] = max(natural[_VALUE], *under)
        widths, whole = _fit(shown, narrow, words, width, value_low=location)
        if whole:
            return shown, widths
    return shown, widths


def _longest_word(text: str) -> int:
    return max((_cells_wide(w) for w in text.split()), default=0)


def _word_lows(shown: tuple[int, ...], natural: list[int], words: list[int], room: int,
               value_low: int) -> tuple[list[int], bool]:
    """Each column's narrowest, and whether every word fits: its longest word (capped, but a
    service's name always whole) where the row has room for all of them and the value's own
    narrowest; else the service's name whole and the others at their set narrowest, their
    long words folded."""
    static = [min(natural[i], _COLUMNS[i][2] or natural[i]) for i in shown]
    by_word = list(static)
    for at, i in enumerate(shown):
        if i in (_VALUE, _SOURCE):
            continue
        cap = words[i] if i == 0 else min(words[i], _WORD_CAP)
        by_word[at] = min(natural[i], max(static[at], cap))
    value_at = shown.index(_VALUE)
    value = max(static[value_at], min(value_low, natural[_VALUE]))
    if sum(by_word) - by_word[value_at] + value <= room:
        return by_word, True
    static[0] = by_word[0]  # a service's name is never cut: the others fold first
    return static, False


def _fit(shown: tuple[int, ...], natural: list[int], words: list[int], width: int,
         value_low: int = 0) -> tuple[list[int], bool]:
    room = width - (len(shown) - 1) * 3  # " │ " between columns, no edges
    lows, whole = _word_lows(shown, natural, words, room, value_low)
    v = shown.index(_VALUE)
    widths = [max(min(natural[i], _CAPS.get(_COLUMNS[i][0], natural[i])), low)
              for i, low in zip(shown, lows, strict=True)]
    floor = sum(lows) - lows[v]  # the others at their narrowest
    low_value = min(natural[_VALUE], max(_COLUMNS[_VALUE][2], min(value_low, room - floor)))
    others = sum(widths) - widths[v]
    # The value is what a student reads: at least a third of the row when it needs it.
    widths[v] = min(natural[_VALUE], max(low_value, room - others, room // 3))
    # Too narrow: squeeze the other columns, the one with most to spare first, to their
    # minimum; only then the value.
    while sum(widths) > room:
        squeezable = [i for i in range(len(shown)) if widths[i] > lows[i] and i != v]
        if not squeezable:
            if widths[v] <= low_value:
                break
            squeezable = [v]
        widest = max(squeezable, key=lambda i: widths[i] - lows[i])
        widths[widest] -= 1
    return widths, whole


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
