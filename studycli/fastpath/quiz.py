"""`studycli quiz` without typer: the daily command should show its first card at once, and
typer's argument machinery alone costs ~150 ms. Anything this parser does not understand
(--help, a typo) is handed back (None) and entry.py runs the typer command, which owns the
documented interface; fastpath never imports cli."""

from __future__ import annotations

import argparse
import sqlite3


def _parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(add_help=False, exit_on_error=False, allow_abbrev=False)
    p.add_argument("--new", type=int, default=20)
    p.add_argument("--limit", type=int)
    p.add_argument("--service", "-s")
    p.add_argument("--cram", action="store_true")
    p.add_argument("--missed", action="store_true")
    p.add_argument("--retention", type=float, default=0.9)
    p.add_argument("--as-written", action="store_true")
    p.add_argument("--db")
    return p


def _valid(a: argparse.Namespace) -> bool:
    from studycli.quiz import MAX_LIMIT, MAX_NEW  # as the typer command's bounds

    return (0 <= a.new <= MAX_NEW and (a.limit is None or 1 <= a.limit <= MAX_LIMIT)
            and 0.7 <= a.retention <= 0.99)


def main(args: list[str]) -> int | None:
    """The exit code, or None: not understood here, the typer command takes over (entry.py)."""
    try:
        parsed, rest = _parser().parse_known_args(args)
    except (argparse.ArgumentError, SystemExit):
        parsed, rest = None, args
    if parsed is None or rest or not _valid(parsed):
        return None  # typer reports the usage error properly
    from studycli.app.clock import SYSTEM_CLOCK
    from studycli.app.quiz import run_quiz
    from studycli.database import ensure_database
    from studycli.errors import StudyError
    from studycli.quiz import service_key
    from studycli.quiz.session import QuizOptions
    from studycli.ui.console import make_console
    from studycli.ui.keyinput import default_reader
    from studycli.ui.quiz_loop import QuizScreen

    try:
        options = QuizOptions(new=parsed.new, limit=parsed.limit,
                              service=service_key(parsed.service), cram=parsed.cram,
                              desired_retention=parsed.retention,
                              as_written=parsed.as_written)
        db = ensure_database(parsed.db)
        return run_quiz(db, options, default_reader(), SYSTEM_CLOCK, QuizScreen(make_console()),
                        missed=parsed.missed)
    except (StudyError, sqlite3.DatabaseError, UnicodeDecodeError) as exc:
        message = str(exc)
        if not isinstance(exc, StudyError):  # damage or a read-only file met mid-session
            from studycli.store.identity import explain

            message = explain(exc)
        make_console(stderr=True).print(f"studycli: {message}", markup=False, highlight=False,
                                        soft_wrap=True)
        return 1
