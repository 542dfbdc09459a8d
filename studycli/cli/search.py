"""`studycli search WORDS [--json]`: full-text search over every line of the notes.
Options: studycli/options.py; the body (shared with the fast path): studycli/commands.py."""

from __future__ import annotations

import typer

from studycli.cli.spec import from_spec


@from_spec("search")
def search(words, limit, db, json) -> None:
    """Every note line that says WORDS, best first, with file:line (exit 1: none)."""
    from studycli.commands import run_search

    code = run_search(db, words, limit, json)
    if code:
        raise typer.Exit(code)


def register(app: typer.Typer) -> None:
    app.command("search")(search)
