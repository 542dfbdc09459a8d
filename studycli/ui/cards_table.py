"""`studycli cards`: the quiz cards, and for flagged ones the note lines to fix."""

from __future__ import annotations

from rich.console import RenderableType
from rich.table import Table
from rich.text import Text

from studycli.scheduler import STATE_NAMES


def render_cards(rows: list[dict], flagged: bool) -> RenderableType:
    if not rows:
        return Text("No flagged cards." if flagged else "No cards yet.")
    table = Table(show_edge=False)
    for col in ("service", "subject", "attribute", "card", "state", "due", "note line"):
        table.add_column(col, overflow="fold")
    for r in rows:
        state = "suspended" if r["suspended"] else ("missing" if r["missing"]
                                                   else STATE_NAMES.get(r["state"], "?"))
        note = Text()
        for n, f in enumerate(r["facts"]):
            if n:
                note.append("\n")
            note.append(f"{f['source']}:{f['line']}  ", style="dim")
            note.append(Text(f["snippet"].strip()))
        if not r["facts"]:
            note.append("(its fact is no longer in your notes)", style="dim")
        flag = Text(" ⚑", style="yellow") if r["flagged"] and not flagged else Text("")
        table.add_row(Text(r["service"]), Text(r["subject"]), Text(r["attribute"]) + flag,
                      r["card_type"], state, (r["due"] or "")[:16].replace("T", " "), note)
    return table
