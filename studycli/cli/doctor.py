"""`studycli doctor`: is my database sound? restore a backup; rebuild from my notes."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from studycli.cli.common import DbOption, console, fail


def doctor(
    notes: Annotated[list[str] | None, typer.Argument(
        help="With --rebuild: the note files or folders to rebuild from "
             "(default: the shipped notes).")] = None,
    restore: Annotated[bool, typer.Option(
        "--restore", help="Put the newest backup (or --backup FILE) in place of the database; "
                          "the current file is moved aside, not deleted.")] = False,
    backup: Annotated[Path | None, typer.Option(
        "--backup", help="The backup to restore (default: the newest).")] = None,
    rebuild: Annotated[bool, typer.Option(
        "--rebuild", help="Rebuild the fact base from the notes, keeping every card, review "
                          "and exam the database still holds.")] = False,
    follow_links: Annotated[bool, typer.Option(
        "--follow-links", help="With --rebuild: read symbolic links out of the folders.")] = False,
    db: DbOption = None,
) -> None:
    """Check the database (integrity, backups); --restore a backup or --rebuild from notes."""
    from studycli import doctor as work
    from studycli.paths import content_dir, resolve_db
    from studycli.store.db import check_path

    path = check_path(resolve_db(db))
    if restore and rebuild:
        raise typer.BadParameter("choose one of --restore and --rebuild")
    if restore:
        used, aside = work.restore(path, backup)
        console.print(f"Restored {path} from {used.name}.", markup=False)
        if aside:
            console.print(f"The file it replaced is kept as {aside}; reviews made after the "
                          "backup are only in that file.", markup=False)
        return
    if rebuild:
        report, kept, aside = work.rebuild(path, notes or [content_dir()], follow_links)
        console.print(f"Rebuilt {path}: {report.facts} facts from {report.ingested} notes.",
                      markup=False)
        for table, (copied, lost) in sorted(kept.items()):
            extra = f", {lost} unreadable" if lost else ""
            console.print(f"  kept {copied} rows of {table}{extra}", markup=False)
        if aside:
            console.print(f"The old file is kept as {aside}.", markup=False)
        return
    _show(work.check(path))


def _show(up) -> None:
    if not up.exists:
        console.print(f"{up.path} does not exist yet; any command builds it from the "
                      "shipped notes.", markup=False)
        return
    console.print(f"Database   {up.path}", markup=False)
    if up.foreign:
        raise typer.Exit(fail(up.problem or "another program's database"))
    console.print(f"Integrity  {'ok' if up.integrity == ['ok'] else '; '.join(up.integrity)}",
                  markup=False)
    if up.problem:
        console.print(f"Opening    {up.problem}", markup=False)
    for table, n in up.counts.items():
        console.print(f"  {table:<14} {n}", markup=False)
    if up.backups:
        console.print("Backups (newest first; studycli doctor --restore [--backup FILE]):")
        for b in up.backups:
            console.print(f"  {b}", markup=False)
    else:
        console.print("Backups    none yet (one is kept before each migration and each ingest "
                      "that changes facts)")
    if not up.healthy:
        raise typer.Exit(fail(
            f"{up.path} needs repair: `studycli doctor --restore` puts back the newest backup; "
            "`studycli doctor --rebuild NOTES...` rebuilds the facts keeping your reviews"))


def register(app: typer.Typer) -> None:
    app.command("doctor")(doctor)
