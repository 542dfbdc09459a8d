"""`studycli progress export FILE` and `studycli progress import FILE`: study on two machines.
Options: studycli/options.py."""

from __future__ import annotations

from datetime import UTC, datetime

import typer

from studycli.cli import common
from studycli.cli.common import open_store, print_json
from studycli.cli.spec import from_spec

progress_app = typer.Typer(help="Move your reviews and exam history between machines.",
                           no_args_is_help=True, rich_markup_mode=None)


@progress_app.command("export")
@from_spec("progress export")
def export(file, force, db, json) -> None:
    """Write every review, card state and exam attempt to FILE (safe to re-run: it replaces
    the previous export). Put it in a synced folder or a git repository."""
    from studycli.progress import export_progress

    counts = export_progress(open_store(db), file, datetime.now(UTC), force=force)
    if json:
        print_json({"file": str(file), **counts})
        return
    common.console.print(f"Exported {counts['review']} reviews of {counts['card']} cards and "
                  f"{counts['exam_attempt']} practice exams to {file}", markup=False)


@progress_app.command("import")
@from_spec("progress import")
def import_(file, db, json) -> None:
    """Merge FILE into this database: reviews already here are skipped (importing twice
    changes nothing), and each card's schedule is rebuilt from all its reviews in time order."""
    from studycli.progress import import_progress

    result = import_progress(open_store(db), file, datetime.now(UTC))
    if json:
        print_json(result)
        return
    common.console.print(
        f"Imported {result['reviews_added']} new reviews ({result['reviews_skipped']} already "
        f"here), {result['cards_added']} new cards, {result['exams_added']} practice exams; "
        f"{result['cards_rescheduled']} cards rescheduled.", markup=False)


def register(app: typer.Typer) -> None:
    app.add_typer(progress_app, name="progress")
