"""`studycli exam` without typer: typer's argument machinery costs ~150 ms before the exam is
even drawn, and `exam --json` is read by scripts. Anything this parser does not take as it is
(--help, a typo) is handed back (None) and entry.py runs the typer command, which owns the
documented interface and its usage errors. Options come from studycli/options.py, as the
typer command's do. The body is shared (app.exam_command); fastpath
never imports cli."""

from __future__ import annotations

from pathlib import Path

from studycli import options


def main(args: list[str]) -> int | None:
    """The exit code, or None: not understood here, the typer command takes over (entry.py)."""
    import gc

    # The cyclic collector stays off from here, as for entry.QUIET_GC's commands: the imports
    # and the draw make tens of thousands of objects that live until the exam is shown, and
    # its ~20 passes over them before that free nothing and cost a new seed's `exam --json`
    # ~4 ms. It is back on when the exam first waits for a key (ui/keyinput), and when this
    # returns (entry.main restores it).
    gc.disable()
    from studycli.fastpath.guard import run_parsed

    # Ctrl-C saves the attempt as answered so far, unless nothing was: app.exam.take_exam
    # says which in the Interrupted it raises (before the exam, nothing is saved)
    return run_parsed(options.parse_or_none("exam", args), _run)


def _run(opts: dict) -> None:
    from studycli.fastpath.kept_patterns import install_when_built

    # A new exam's question rules compile some fifty patterns on import and first use: kept
    # between runs as the parser's are (before the imports below compile them), in a file of
    # their own (the parser's 750 cost more to read than these 50 to compile)
    kept = install_when_built("exam", opts["db"])
    from studycli.app.exam_command import ExamRequest, exam_command
    from studycli.ui.exam_output import ConsoleExamOutput

    for name in ("export", "db"):  # paths as typer gives them
        if opts[name] is not None:
            opts[name] = Path(opts[name])
    exam_command(ExamRequest(**opts), ConsoleExamOutput())
    if kept:
        from studycli.extract import regex_cache

        regex_cache.save_at_exit()  # only once the exam was drawn (and shown)
