"""`studycli facts` and `studycli conflicts`: what the fact base holds."""

from __future__ import annotations

from typing import Annotated, Optional

import typer

from studycli.cli.common import DbOption, JsonOption, open_store, page, print_json
from studycli.model import KINDS


def _known_kind(kind: Optional[str]) -> Optional[str]:
    if kind is not None and kind not in KINDS:
        raise typer.BadParameter(f"{kind!r} is not a kind; choose one of: {', '.join(KINDS)}")
    return kind


def facts(
    service: Annotated[Optional[str], typer.Option("--service", "-s", help="Only this service.")] = None,
    kind: Annotated[Optional[str], typer.Option(
        "--kind", "-k", callback=_known_kind, help=f"Only this kind: {', '.join(KINDS)}.")] = None,
    db: DbOption = None,
    json: JsonOption = False,
) -> None:
    """List facts, optionally for one service or one kind."""
    from studycli.services import canonical_service
    from studycli.store.facts import list_facts

    store = open_store(db, readonly=True)
    rows = list_facts(store, service=canonical_service(service) or service if service else None,
                      kind=kind)
    if json:
        print_json([f.to_dict() for f in rows])
        return
    from studycli.ui.facts_table import render_facts

    page(render_facts(rows), long=len(rows) > 40)


def conflicts(db: DbOption = None, json: JsonOption = False) -> None:
    """Facts whose notes disagree, each side with its source."""
    from studycli.store.facts import find_conflicts

    groups = find_conflicts(open_store(db, readonly=True))
    if json:
        print_json([
            {"service": g[0].service, "subject": g[0].subject, "attribute": g[0].attribute,
             "qualifier": g[0].qualifier, "facts": [f.to_dict() for f in g]}
            for g in groups
        ])
        return
    from studycli.ui.facts_table import render_conflicts

    page(render_conflicts(groups), long=len(groups) > 20)


def register(app: typer.Typer) -> None:
    app.command("facts")(facts)
    app.command("conflicts")(conflicts)
