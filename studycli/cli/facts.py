"""`studycli facts` and `studycli conflicts`: what the fact base holds."""

from __future__ import annotations

from typing import Annotated, Optional

import typer

from studycli.cli.common import DbOption, JsonOption, console, open_store, print_json


def facts(
    service: Annotated[Optional[str], typer.Option("--service", "-s", help="Only this service.")] = None,
    kind: Annotated[Optional[str], typer.Option("--kind", "-k", help="Only this kind.")] = None,
    db: DbOption = None,
    json: JsonOption = False,
) -> None:
    """List facts, optionally for one service or one kind."""
    from studycli.services import canonical_service
    from studycli.store.facts import list_facts

    store = open_store(db)
    rows = list_facts(store, service=canonical_service(service) or service if service else None,
                      kind=kind)
    if json:
        print_json([f.to_dict() for f in rows])
        return
    from studycli.ui.facts_table import render_facts

    console.print(render_facts(rows))


def conflicts(db: DbOption = None, json: JsonOption = False) -> None:
    """Facts whose notes disagree, each side with its source."""
    from studycli.store.facts import find_conflicts

    groups = find_conflicts(open_store(db))
    if json:
        print_json([
            {"service": g[0].service, "subject": g[0].subject, "attribute": g[0].attribute,
             "qualifier": g[0].qualifier, "facts": [f.to_dict() for f in g]}
            for g in groups
        ])
        return
    from studycli.ui.facts_table import render_conflicts

    console.print(render_conflicts(groups))


def register(app: typer.Typer) -> None:
    app.command("facts")(facts)
    app.command("conflicts")(conflicts)
