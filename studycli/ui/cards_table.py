"""`studycli cards`: the quiz cards, and for flagged ones the note lines to fix."""

from __future__ import annotations

from rich.console import Group, RenderableType
from rich.table import Table
from rich.text import Text

from studycli.scheduler import STATE_NAMES


def _service(name: str) -> str:
    from studycli.services import canonical_service

    return canonical_service(name) or name


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


def render_flagged(rows: list[dict]) -> RenderableType:
    """Each flagged card with the note lines it is asked from: what to fix, and where."""
    if not rows:
        return Text("No flagged cards.")
    parts: list[RenderableType] = [Text(f"{len(rows)} flagged card{'s' if len(rows) != 1 else ''}"
                                        " (press f during a quiz to flag or unflag):", style="dim")]
    for r in rows:
        head = _title(r)
        head.append(f"  {r['card_type']} card, {_state(r)}", style="dim")
        parts.append(Text(""))
        parts.append(head)
        if not r["facts"]:
            parts.append(Text("  (its fact is no longer in your notes)", style="dim"))
        for f in r["facts"]:
            line = Text("  ")
            line.append(f"{f['source']}:{f['line']}", style="cyan")
            line.append("  ")
            line.append(Text(f["snippet"].strip()))
            parts.append(line)
    return Group(*parts)


def render_cards(rows: list[dict], flagged: bool) -> RenderableType:
    if flagged:
        return render_flagged(rows)
    if not rows:
        return Text("No cards yet.")
    table = Table(show_edge=False)
    for col in ("card", "type", "state", "due", "from"):
        table.add_column(col, overflow="fold")
    for r in rows:
        title = _title(r)
        if r["flagged"]:
            title.append(" ⚑", style="yellow")
        first = r["facts"][0] if r["facts"] else None
        table.add_row(title, r["card_type"], _state(r), (r["due"] or "")[:16].replace("T", " "),
                      Text(f"{first['source']}:{first['line']}" if first else "", style="dim"))
    return table
