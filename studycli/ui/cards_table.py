"""`studycli cards`: the quiz cards, and for flagged ones the note lines to fix."""

from __future__ import annotations

from collections.abc import Iterator

from rich.cells import cell_len
from rich.console import RenderableType
from rich.padding import Padding
from rich.table import Table
from rich.text import Text

from studycli.sanitize import readable
from studycli.scheduler import STATE_NAMES
from studycli.ui.hanging import Hanging


def _service(name: str) -> str:
    from studycli.services import canonical_service
    from studycli.ui.names import display_service

    return display_service(canonical_service(name) or name)


def _state(r: dict) -> str:
    if r["suspended"]:
        return "suspended"
    if r["missing"]:
        return "missing from notes"
    return STATE_NAMES.get(r["state"], "?")


def _title(r: dict) -> Text:
    src = r["facts"][0] if r.get("facts") else r  # the note's own spelling when there is one
    parts = [_service(src["service"]), src["subject"], src["attribute"], r["qualifier"]]
    return Text(" · ".join(p for p in parts if p), style="bold")


def render_flagged(rows: list[dict]) -> list[RenderableType]:
    """Each flagged card with the note lines it is asked from: what to fix, and where."""
    if not rows:
        return [Text("No flagged cards.")]
    parts: list[RenderableType] = [Text(f"{len(rows)} flagged card{'s' if len(rows) != 1 else ''}"
                                        " (press f during a quiz to flag or unflag):", style="dim")]
    for r in rows:
        head = _title(r)
        head.append(f"  {r['card_type']} card, {_state(r)}", style="dim")
        parts.append(Text(""))
        parts.append(Hanging(head))  # a long title wraps indented, under itself
        if not r["facts"]:
            parts.append(Text("  (its fact is no longer in your notes)", style="dim"))
        for f in r["facts"]:
            line = Text()
            line.append(f"{f['source']}:{f['line']}", style="cyan")
            line.append("  ")
            line.append(Text(readable(f["snippet"]).strip()))
            parts.append(Padding(Hanging(line), (0, 0, 0, 2)))  # wraps under itself, at 4
    return parts


FIRST_CHUNK, CHUNK = 20, 100  # rows per table: the first rows show at once, before the rest
_COLUMNS = ("card", "type", "state", "due", "from")
_CARD_LOW = 20  # the card column (what a student reads) is never squeezed below this


def hidden_note(hidden: int, alone: bool = False) -> Text:
    """What `cards` left out: cards never asked, as their facts left the notes."""
    many = hidden != 1
    head = "No cards of your notes here; " if alone else ""
    return Text(f"{head}{hidden} card{'s' if many else ''} whose fact{'s are' if many else ' is'}"
                " no longer in your notes (set-aside sample notes, deleted lines) "
                f"{'are' if many else 'is'} not listed and never asked: "
                "`studycli cards --all` lists them.", style="dim")


def render_cards(rows: list[dict], flagged: bool,
                 width: int | None = None) -> list[RenderableType] | Iterator[Table]:
    """Flagged cards with their note lines, or all cards as tables that line up as one:
    every column's width is laid out once, for all the rows and `width` terminal columns
    (Rich would lay out each chunk on its own rows: columns shifting partway down), one
    header; each table is built only when it is printed."""
    if flagged:
        return render_flagged(rows)
    if not rows:
        return [Text("No cards yet.")]
    if width is None:
        from studycli.ui.console import console

        width = console().width
    cells = [_cells(r) for r in rows]
    natural = [max(cell_len(c[i].plain) for c in cells + [[Text(n) for n in _COLUMNS]])
               for i in range(len(_COLUMNS))]
    return _tables(cells, _layout(natural, width))


def _layout(natural: list[int], width: int) -> list[int]:
    """Widths for the columns; the card title takes what the others leave. When the
    location ("from") column would not fit whole beside a readable title, it is left out
    (one width fewer) and each location is printed whole under its card title: a cut file
    name cannot be found."""
    for columns in (len(_COLUMNS), len(_COLUMNS) - 1):
        others = natural[1:columns]
        room = width - 3 * (columns - 1)  # " │ " between columns, no edges
        card = min(natural[0], room - sum(others))
        if card >= min(natural[0], _CARD_LOW):
            return [card, *others]
    return [max(1, room - sum(others)), *others]


def _tables(cells: list[list[Text]], widths: list[int]) -> Iterator[Table]:
    under = len(widths) < len(_COLUMNS)
    start = 0
    while start < len(cells):
        size = FIRST_CHUNK if start == 0 else CHUNK
        table = Table(show_edge=False, pad_edge=False, show_header=start == 0)
        for name, width in zip(_COLUMNS, widths, strict=False):
            # The title folds inside its column; the short columns never wrap.
            table.add_column(name, width=width, overflow="fold", no_wrap=name != "card")
        for row in cells[start:start + size]:
            if under:
                title = row[0].copy()
                if row[-1].plain:
                    title.append("\n" + row[-1].plain, style="dim not bold")
                table.add_row(title, *row[1:-1])
            else:
                table.add_row(*row)
        yield table
        start += size


def _cells(r: dict) -> list[Text]:
    title = _title(r)
    if r["flagged"]:
        title.append(" ⚑", style="yellow")
    first = r["facts"][0] if r["facts"] else None
    return [title, Text(r["card_type"]), Text(_state(r)),
            Text((r["due"] or "")[:16].replace("T", " ")),
            Text(f"{first['source']}:{first['line']}" if first else "", style="dim")]
