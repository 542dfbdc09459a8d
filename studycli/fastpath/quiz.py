"""`studycli quiz` without typer: the daily command should show its first card at once, and
typer's argument machinery alone costs ~150 ms. Anything this parser does not understand
(--help, a typo) is handed back (None) and entry.py runs the typer command, which owns the
documented interface; fastpath never imports cli. The options come from studycli/options.py,
which the typer command is built from too."""

from __future__ import annotations

from studycli import options as spec


def main(args: list[str]) -> int | None:
    """The exit code, or None: not understood here, the typer command takes over (entry.py)."""
    from studycli.fastpath.guard import run_parsed

    # Ctrl-C mid-session is handled by run_quiz (every answer is committed as it is given).
    return run_parsed(spec.parse_or_none("quiz", args), _run)


def _run(opts: dict) -> int:
    from studycli.fastpath.kept_patterns import install_when_built

    kept = install_when_built("quiz", opts["db"])
    from studycli.app.clock import SYSTEM_CLOCK
    from studycli.app.quiz import run_quiz
    from studycli.database import ensure_database
    from studycli.quiz import service_key
    from studycli.quiz.session import NEW_PER_DAY, QuizOptions
    from studycli.ui.console import make_console
    from studycli.ui.keyinput import default_reader
    from studycli.ui.quiz_loop import QuizScreen

    options = QuizOptions(new=NEW_PER_DAY if opts["new"] is None else opts["new"],
                          new_asked=opts["new"] is not None, limit=opts["limit"],
                          service=service_key(opts["service"]), cram=opts["cram"],
                          desired_retention=opts["retention"], as_written=opts["as_written"])
    db = ensure_database(opts["db"])
    code = run_quiz(db, options, default_reader(), SYSTEM_CLOCK, QuizScreen(make_console()),
                    missed=opts["missed"])
    if kept:
        from studycli.extract import regex_cache

        regex_cache.save_at_exit()
    return code
