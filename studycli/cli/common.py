"""What every command shares: the --db option, consoles, JSON output, opening the store."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Annotated, Any

import typer

from studycli import options as spec
from studycli.sanitize import safe_json

# For the commands not yet declared in studycli/options.py (quiz, exam, compare, export,
# progress); their text comes from the same table.
DbOption = Annotated[Path | None, typer.Option(*spec.DB.flags, help=spec.DB.help)]
JsonOption = Annotated[bool, typer.Option(*spec.JSON.flags, help=spec.JSON.help)]


def __getattr__(name: str) -> Any:
    """`console` and `err_console`, made when a command first prints through one: every
    renderer prints through these (note text and file names are cleaned of escapes). Made
    on first use, not at import: Rich's import is some 80M instructions, a fifth of
    `studycli --help`, which prints through typer alone (PEP 562)."""
    if name not in ("console", "err_console"):  # asked by the import system too: __path__
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    from studycli.ui.console import console, make_console

    made = console() if name == "console" else make_console(stderr=True, soft_wrap=True)
    globals()[name] = made
    return made


def fail(message: str, after_ctrl_c: bool = False) -> int:
    """One line on stderr (on a terminal, wrapped at words: stderr_line), exit code 1. The
    message is never read as Rich markup."""
    from studycli.stderr_line import FRESH_LINE, failure_text

    console = sys.modules[__name__].err_console
    text = failure_text(message, after_ctrl_c)
    if text.startswith(FRESH_LINE):  # written as it is: Rich drops a carriage return
        console.file.write(FRESH_LINE)
        text = text[len(FRESH_LINE):]
    console.print(text, markup=False, highlight=False)
    return 1


def print_json(data: Any) -> None:
    sys.stdout.write(safe_json(data, indent=2) + "\n")


def open_store(db: Path | None, readonly: bool = False):
    """Open the database, building it from the shipped notes on first use. Commands that only
    read pass readonly=True, so they still work on a read-only database."""
    from studycli.database import ensure_database

    return ensure_database(db, readonly=readonly)
