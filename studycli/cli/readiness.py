"""`studycli readiness`: coverage, mastery and practice per exam domain, and a forecast.
Options: studycli/options.py; the body (shared with the fast path): studycli/commands.py."""

from __future__ import annotations

import typer

from studycli.cli.spec import from_spec


@from_spec("readiness")
def readiness(profile, db, json) -> None:
    """Am I ready? Per exam domain: what your notes cover, how well you recall it, how your
    practice exams went, and a forecast of the scaled score with an honest band."""
    from studycli.commands import show_readiness

    show_readiness(db, profile, json)


def register(app: typer.Typer) -> None:
    app.command("readiness")(readiness)
