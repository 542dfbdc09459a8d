"""`studycli facts` and `studycli conflicts`: what the fact base holds.
Options: studycli/options.py; the bodies (shared with the fast path): studycli/commands.py."""

from __future__ import annotations

import typer

from studycli.cli.spec import from_spec


@from_spec("facts")
def facts(service, kind, db, json) -> None:
    """List facts, optionally for one service or one kind."""
    from studycli.commands import show_facts

    show_facts(db, service, kind, json)


@from_spec("conflicts")
def conflicts(db, json) -> None:
    """Facts whose notes disagree, each side with its source."""
    from studycli.commands import show_conflicts

    show_conflicts(db, json)


def register(app: typer.Typer) -> None:
    app.command("facts")(facts)
    app.command("conflicts")(conflicts)
