"""`studycli check`: the notes against the AWS reference, as a linter (exit 1 on findings).
Options: studycli/options.py; the body (shared with the fast path): studycli/commands.py."""

from __future__ import annotations

import typer

from studycli.cli.spec import from_spec


@from_spec("check")
def check(paths, service, all_, db, json) -> None:
    """Check your notes against current AWS facts; exit 1 when any are outdated or wrong."""
    from studycli.commands import run_check

    if run_check(db, paths, service, all_, json):
        raise typer.Exit(1)


def register(app: typer.Typer) -> None:
    app.command("check")(check)
