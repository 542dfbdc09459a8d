"""`studycli search WORDS [--json]`: full-text search over every line of the notes."""

from __future__ import annotations

from typing import Annotated

import typer

from studycli.cli.common import DbOption, JsonOption, console, open_store, print_json


def search(
    words: Annotated[list[str], typer.Argument(metavar="WORDS",
                                               help="Words to find (stemmed; typos repaired).")],
    limit: Annotated[int, typer.Option("--limit", "-n", min=1, max=500,
                                       help="At most this many lines.")] = 20,
    db: DbOption = None,
    json: JsonOption = False,
) -> None:
    """Every note line that says WORDS, best first, with file:line (exit 1: none)."""
    from studycli.cli.common import fail
    from studycli.lookup.search import search_notes
    from studycli.store import note_lines

    store = open_store(db, readonly=True)
    if note_lines.not_indexed(store.conn):
        # Notes ingested before `search` existed: their lines are indexed by the next ingest.
        fail("your notes' lines are not indexed yet: run `studycli ingest` once (with the "
             "paths you ingested before), then search again")
        raise typer.Exit(1)
    result = search_notes(store.conn, " ".join(words), limit=limit)
    if json:
        print_json([h.to_dict() for h in result.hits])
    else:
        console.print(render(result), soft_wrap=False)
    if not result.hits:
        raise typer.Exit(1)


def render(result):
    """Rich Text (never markup: note text and the query are shown literally)."""
    from rich.text import Text

    from studycli.lookup.text import clean_display

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


def register(app: typer.Typer) -> None:
    app.command("search", context_settings={"help_option_names": ["-h", "--help"]})(search)
