"""`studycli doctor`: is my database sound? restore a backup; rebuild from my notes.
Options: studycli/options.py; the body (shared with the fast path): studycli/commands.py."""

from __future__ import annotations

import typer

from studycli.cli.spec import from_spec


@from_spec("doctor")
def doctor(notes, restore, backup, rebuild, follow_links, db) -> None:
    """Check the database (integrity, backups); --restore a backup or --rebuild from notes."""
    from studycli.commands import run_doctor

    if restore and rebuild:
        raise typer.BadParameter("choose one of --restore and --rebuild")
    code = run_doctor(db, notes, restore, backup, rebuild, follow_links)
    if code:
        raise typer.Exit(code)


def register(app: typer.Typer) -> None:
    app.command("doctor")(doctor)
