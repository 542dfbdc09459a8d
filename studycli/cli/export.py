"""`studycli export anki|csv|markdown FILE`: the quiz deck for Anki, spreadsheets or paper.
Options: studycli/options.py."""

from __future__ import annotations

import os
from pathlib import Path

import typer

from studycli.cli import common
from studycli.cli.common import open_store
from studycli.cli.spec import from_spec
from studycli.errors import StudyError
from studycli.temp_beside import temp_file_beside

export_app = typer.Typer(help="Export the quiz deck (Anki package, CSV, Markdown).",
                         no_args_is_help=True, rich_markup_mode=None)



def _rows(db, service):
    from studycli.export.deck import deck_rows
    from studycli.quiz.session import service_key

    left_out: list[str] = []
    rows = deck_rows(open_store(db, readonly=True), service=service_key(service),
                     left_out=left_out)
    if not rows:
        raise StudyError("no cards to export" + (f" for {service}" if service else "")
                         + "; ingest notes first (studycli ingest PATH)")
    return rows, len(left_out)


def _check_target(file: Path, force: bool) -> None:
    if file.is_dir():
        raise StudyError(f"{file} is a directory; give a file name")
    if file.is_symlink():
        raise StudyError(f"{file} is a symbolic link; give the real file name")
    if file.exists() and not force:
        raise StudyError(f"{file} already exists; pass --force to replace it")
    if not file.parent.is_dir():  # a mistyped folder more often than a wish for a new one
        raise StudyError(f"no such folder: {file.parent}; check the path, or create it "
                         f"first (mkdir -p '{file.parent}')")


def _write_atomically(file: Path, write) -> None:
    """Write through a temporary file in the same folder, then rename: a failure mid-way
    leaves any previous file intact."""
    fd, tmp = temp_file_beside(file, ".studycli-export-")
    os.close(fd)
    try:
        write(Path(tmp))
        os.replace(tmp, file)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def _export(file: Path, service, force: bool, db, write, hint: str = "") -> None:
    """Refuse an existing file without --force, build the deck, write it atomically, say so.
    `write(rows, tmp)` writes the deck to the temporary path."""
    _check_target(file, force)
    rows, left_out = _rows(db, service)
    _write_atomically(file, lambda tmp: write(rows, tmp))
    common.console.print(f"Wrote {len(rows)} cards to {file}{hint}", markup=False)
    if left_out:
        # said, or a student counting `stats` cards thinks the export lost some
        common.console.print(f"{left_out} card{'s' if left_out != 1 else ''} left out: the AWS "
                      "reference cannot vouch for them, or they make no clean question "
                      "(the quiz skips them too; `quiz --as-written` drills the unvouched ones)",
                      markup=False)


@export_app.command("anki")
@from_spec("export anki")
def anki(file, service, force, db) -> None:
    """An Anki package: one note per card, tagged by service, kind and exam domain. Export
    again later and import into Anki: notes keep their ids, so the deck updates in place."""
    from studycli.export.anki import write_apkg

    _export(file, service, force, db, write_apkg, " (import it in Anki: File > Import)")


@export_app.command("csv")
@from_spec("export csv")
def csv_(file, service, force, db) -> None:
    """A CSV file: card id, service, kind, question, answer, note line, source, tags."""
    from studycli.export.flat import to_csv

    _export(file, service, force, db,
            lambda rows, tmp: tmp.write_text(to_csv(rows), encoding="utf-8"))


@export_app.command("markdown")
@from_spec("export markdown")
def markdown(file, service, force, db) -> None:
    """A printable Markdown deck, by service, each answer with its note line."""
    from studycli.export.flat import to_markdown

    _export(file, service, force, db,
            lambda rows, tmp: tmp.write_text(to_markdown(rows), encoding="utf-8"))


def register(app: typer.Typer) -> None:
    app.add_typer(export_app, name="export")
