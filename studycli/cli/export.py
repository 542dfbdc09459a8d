"""`studycli export anki|csv|markdown FILE`: the quiz deck for Anki, spreadsheets or paper."""

from __future__ import annotations

import os
import tempfile
from pathlib import Path
from typing import Annotated

import typer

from studycli.cli.common import DbOption, console, open_store
from studycli.cli.completion import complete_service
from studycli.errors import StudyError

export_app = typer.Typer(help="Export the quiz deck (Anki package, CSV, Markdown).",
                         no_args_is_help=True, rich_markup_mode=None)

ServiceOption = Annotated[str | None, typer.Option(
    "--service", "-s", autocompletion=complete_service, help="Only this service's cards.")]
ForceOption = Annotated[bool, typer.Option("--force", help="Replace FILE if it exists.")]


def _rows(db, service):
    from studycli.export.deck import deck_rows
    from studycli.quiz.session import service_key

    rows = deck_rows(open_store(db, readonly=True), service=service_key(service))
    if not rows:
        raise StudyError("no cards to export" + (f" for {service}" if service else "")
                         + "; ingest notes first (studycli ingest PATH)")
    return rows


def _check_target(file: Path, force: bool) -> None:
    if file.is_dir():
        raise StudyError(f"{file} is a directory; give a file name")
    if file.is_symlink():
        raise StudyError(f"{file} is a symbolic link; give the real file name")
    if file.exists() and not force:
        raise StudyError(f"{file} already exists; pass --force to replace it")


def _write_atomically(file: Path, write) -> None:
    """Write through a temporary file in the same folder, then rename: a failure mid-way
    leaves any previous file intact."""
    file.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=".studycli-export-", dir=file.parent)
    os.close(fd)
    try:
        write(Path(tmp))
        os.replace(tmp, file)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


@export_app.command("anki")
def anki(file: Annotated[Path, typer.Argument(help="The .apkg file to write.")],
         service: ServiceOption = None, force: ForceOption = False, db: DbOption = None) -> None:
    """An Anki package: one note per card, tagged by service, kind and exam domain. Export
    again later and import into Anki: notes keep their ids, so the deck updates in place."""
    from studycli.export.anki import write_apkg

    _check_target(file, force)
    rows = _rows(db, service)
    _write_atomically(file, lambda tmp: write_apkg(rows, tmp))
    console.print(f"Wrote {len(rows)} cards to {file} (import it in Anki: File > Import)",
                  markup=False)


@export_app.command("csv")
def csv_(file: Annotated[Path, typer.Argument(help="The .csv file to write.")],
         service: ServiceOption = None, force: ForceOption = False, db: DbOption = None) -> None:
    """A CSV file: card id, service, kind, question, answer, note line, source, tags."""
    from studycli.export.flat import to_csv

    _check_target(file, force)
    rows = _rows(db, service)
    _write_atomically(file, lambda tmp: tmp.write_text(to_csv(rows), encoding="utf-8"))
    console.print(f"Wrote {len(rows)} cards to {file}", markup=False)


@export_app.command("markdown")
def markdown(file: Annotated[Path, typer.Argument(help="The .md file to write.")],
             service: ServiceOption = None, force: ForceOption = False,
             db: DbOption = None) -> None:
    """A printable Markdown deck, by service, each answer with its note line."""
    from studycli.export.flat import to_markdown

    _check_target(file, force)
    rows = _rows(db, service)
    _write_atomically(file, lambda tmp: tmp.write_text(to_markdown(rows), encoding="utf-8"))
    console.print(f"Wrote {len(rows)} cards to {file}", markup=False)


def register(app: typer.Typer) -> None:
    app.add_typer(export_app, name="export")
