"""`studycli ingest`: parse notes into the fact base. Options: studycli/options.py (paths are
str, not Path: Path("") is ".", and an empty argument must not ingest the cwd)."""

from __future__ import annotations

import typer

from studycli.cli.spec import from_spec


@from_spec("ingest")
def ingest(paths, follow_links, db, json) -> None:
    """Parse notes (.md, .txt, .tsv, .org, .adoc, .rst, .html, .csv) into the fact base."""
    from studycli.commands import run_ingest

    run_ingest(paths, follow_links, db, json)


def register(app: typer.Typer) -> None:
    app.command("ingest")(ingest)
