"""`studycli exam` without typer: typer's argument machinery costs ~150 ms before the exam is
even drawn, and `exam --json` is read by scripts. Anything this parser does not take as it is
(--help, a typo) is handed back (None) and entry.py runs the typer command, which owns the
documented interface and its usage errors. The body is shared (app.exam_command); fastpath
never imports cli."""

from __future__ import annotations

import argparse
import sqlite3
import sys
from pathlib import Path


def _parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(add_help=False, exit_on_error=False, allow_abbrev=False)
    p.add_argument("--profile", "-p")
    p.add_argument("--questions", "-n", type=int)
    p.add_argument("--minutes", "-m", type=int)
    p.add_argument("--service", "-s")
    p.add_argument("--seed", type=int)
    p.add_argument("--export", type=Path)
    p.add_argument("--force", action="store_true")
    p.add_argument("--history", action="store_true")
    p.add_argument("--as-written", action="store_true")
    p.add_argument("--db", type=Path)
    p.add_argument("--json", action="store_true")
    return p


def _fail(message: str) -> int:
    from studycli.sanitize import safe_text

    sys.stderr.write(safe_text(f"studycli: {message}") + "\n")
    return 1


def main(args: list[str]) -> int | None:
    """The exit code, or None: not understood here, the typer command takes over (entry.py)."""
    try:
        parsed, rest = _parser().parse_known_args(args)
    except (argparse.ArgumentError, SystemExit):
        parsed, rest = None, args
    if parsed is None or rest:
        return None  # typer reports the usage error properly
    from studycli.app.exam_command import ExamRequest, exam_command
    from studycli.errors import StudyError
    from studycli.ui.exam_output import ConsoleExamOutput

    try:
        exam_command(ExamRequest(**vars(parsed)), ConsoleExamOutput())
    except StudyError as exc:
        return _fail(str(exc))
    except (sqlite3.DatabaseError, UnicodeDecodeError) as exc:
        # Damage or a read-only file met mid-command: say what and how to recover.
        from studycli.store.identity import explain

        return _fail(explain(exc))
    except KeyboardInterrupt:
        # An exam is saved only when submitted or timed out (app.exam.take_exam).
        return _fail("interrupted; this exam attempt was not saved")
    return 0
