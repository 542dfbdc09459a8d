"""`studycli ingest`: parse notes into the fact base. Options: studycli/options.py (paths are
str, not Path: Path("") is ".", and an empty argument must not ingest the cwd)."""

from __future__ import annotations

import typer

from studycli.cli.spec import from_spec
from studycli.formats import types_read


@from_spec("ingest")
def ingest(paths, follow_links, instead_of, db, json) -> None:
    from studycli.commands import run_ingest

    run_ingest(paths, follow_links, db, json, instead_of)


# From the formats' registry (a list written here went stale as readers were added): the
# first line is the summary `studycli --help` shows.
ingest.__doc__ = f"Parse notes into the fact base.\n\nReads {types_read()}."


def register(app: typer.Typer) -> None:
    app.command("ingest")(ingest)
