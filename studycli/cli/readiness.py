"""`studycli readiness`: coverage, mastery and practice per exam domain, and a forecast."""

from __future__ import annotations

import sys
from datetime import UTC, datetime
from typing import Annotated

import typer

from studycli.cli.common import DbOption, JsonOption, console, open_store, print_json
from studycli.cli.completion import complete_profile


def readiness(
    profile: Annotated[str | None, typer.Option("--profile", "-p", autocompletion=complete_profile,
                                                   help="saa-c03, dva-c02 or clf-c02.")] = None,
    db: DbOption = None,
    json: JsonOption = False,
) -> None:
    """Am I ready? Per exam domain: what your notes cover, how well you recall it, how your
    practice exams went, and a forecast of the scaled score with an honest band."""
    from studycli.errors import StudyError
    from studycli.exam.profiles import get_profile
    from studycli.readiness import assess

    chosen = get_profile(profile)
    if chosen.name == "quick":
        raise StudyError("readiness needs a real exam profile: saa-c03, dva-c02 or clf-c02")
    report = assess(open_store(db), chosen.name, chosen.pass_mark, datetime.now(UTC))
    if json:
        print_json(report.to_dict())
        return
    from studycli.ui.readiness_view import render_readiness

    console.print(render_readiness(report, plain=not sys.stdout.isatty()))


def register(app: typer.Typer) -> None:
    app.command("readiness")(readiness)
