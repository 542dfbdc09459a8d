"""`studycli ingest`: parse notes into the fact base."""

from __future__ import annotations

from typing import Annotated, Optional

import typer

from studycli.cli.common import DbOption, JsonOption, console, err_console, fail, print_json


def ingest(
    paths: Annotated[
        # str, not Path: Path("") is ".", and an empty argument must not ingest the cwd.
        Optional[list[str]],
        typer.Argument(help="Note files or folders (default: the shipped notes)."),
    ] = None,
    follow_links: Annotated[bool, typer.Option(
        "--follow-links", help="Read symbolic links that point out of the folders given.")] = False,
    db: DbOption = None,
    json: JsonOption = False,
) -> None:
    """Parse notes (.md, .markdown, .txt, .tsv) into the fact base."""
    from studycli.ingest import ingest_paths
    from studycli.paths import content_dir, resolve_db
    from studycli.store.db import connect

    store = connect(resolve_db(db))
    report = ingest_paths(store, paths or [content_dir()], follow_links=follow_links)
    if json:
        print_json(report.to_dict())
    if report.ingested == 0:
        why = "; ".join(report.warnings) or "no notes found"
        raise typer.Exit(fail(f"nothing was ingested ({why}); give a note file or a folder of notes"))
    if not json:
        from studycli.ui.ingest_summary import render_ingest

        console.print(render_ingest(report))
        for warning in report.warnings:
            err_console.print(f"warning: {warning}", markup=False, highlight=False)


def register(app: typer.Typer) -> None:
    app.command("ingest")(ingest)
