"""`studycli ingest`: parse notes into the fact base."""

from __future__ import annotations

from typing import Annotated

import typer

from studycli.cli.common import DbOption, JsonOption


def ingest(
    paths: Annotated[
        # str, not Path: Path("") is ".", and an empty argument must not ingest the cwd.
        list[str] | None,
        typer.Argument(help="Note files or folders (default: the shipped notes)."),
    ] = None,
    follow_links: Annotated[bool, typer.Option(
        "--follow-links", help="Read symbolic links that point out of the folders given.")] = False,
    db: DbOption = None,
    json: JsonOption = False,
) -> None:
    """Parse notes (.md, .markdown, .txt, .tsv) into the fact base."""
    from studycli.commands import run_ingest

    run_ingest(paths, follow_links, db, json)


def register(app: typer.Typer) -> None:
    app.command("ingest")(ingest)
