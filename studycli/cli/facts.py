"""`studycli facts` and `studycli conflicts`: what the fact base holds."""

from __future__ import annotations

from typing import Annotated

import typer

from studycli.cli.common import DbOption, JsonOption
from studycli.cli.completion import complete_kind, complete_service
from studycli.model import KINDS


def _known_kind(kind: str | None) -> str | None:
    if kind is not None and kind not in KINDS:
        raise typer.BadParameter(f"{kind!r} is not a kind; choose one of: {', '.join(KINDS)}")
    return kind


def facts(
    service: Annotated[str | None, typer.Option(
        "--service", "-s", autocompletion=complete_service, help="Only this service.")] = None,
    kind: Annotated[str | None, typer.Option(
        "--kind", "-k", autocompletion=complete_kind, callback=_known_kind,
        help=f"Only this kind: {', '.join(KINDS)}.")] = None,
    db: DbOption = None,
    json: JsonOption = False,
) -> None:
    """List facts, optionally for one service or one kind."""
    from studycli.commands import show_facts

    show_facts(db, service, kind, json)


def conflicts(db: DbOption = None, json: JsonOption = False) -> None:
    """Facts whose notes disagree, each side with its source."""
    from studycli.commands import show_conflicts

    show_conflicts(db, json)


def register(app: typer.Typer) -> None:
    app.command("facts")(facts)
    app.command("conflicts")(conflicts)
