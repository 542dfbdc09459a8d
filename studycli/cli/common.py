"""What every command shares: the --db option, consoles, JSON output, opening the store."""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Annotated, Any, Optional

import typer
from rich.console import Console

DbOption = Annotated[
    Optional[Path],
    typer.Option("--db", help="Database file (default: $STUDYCLI_DB, else the user data dir)."),
]
JsonOption = Annotated[bool, typer.Option("--json", help="Machine-readable output on stdout.")]

console = Console(highlight=False)
err_console = Console(stderr=True, highlight=False, soft_wrap=True)


def fail(message: str) -> int:
    """One line on stderr, exit code 1. The message is never read as Rich markup."""
    err_console.print(f"studycli: {message}", markup=False, highlight=False)
    return 1


def print_json(data: Any) -> None:
    sys.stdout.write(json.dumps(data, ensure_ascii=False, indent=2) + "\n")


def open_store(db: Optional[Path]):
    """Open the database, building it from the shipped notes on first use."""
    from studycli.ingest import ensure_database

    return ensure_database(db)
