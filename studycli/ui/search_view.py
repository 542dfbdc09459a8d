"""`studycli search`'s lines: file:line, then the note line with the matched words marked."""

from __future__ import annotations

from rich.text import Text

from studycli.lookup.text import clean_display


def render_search(result) -> Text:
    """Rich Text (never markup: note text and the query are shown literally)."""
    out = Text()
    if result.corrections:
        out.append("Searched for " + ", ".join(
            f"{clean_display(w)} → {clean_display(f)}" for w, f in result.corrections.items())
            + "\n", style="dim")
    if not result.hits:
        out.append(f'No line of your notes says "{clean_display(result.query)[:60]}".')
        return out
    if not result.every_word:
        out.append("No line has every word; lines with some of them:\n", style="dim")
    for hit in result.hits:
        out.append(f"{clean_display(hit.source)}:{hit.line}", style="cyan")
        out.append("  ")
        line = Text(clean_display(hit.text))
        for start, end in hit.spans:
            line.stylize("bold yellow", start, end)
        out.append_text(line)
        out.append("\n")
    out.rstrip()
    return out
