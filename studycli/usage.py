"""How every command says it was called wrong: one line on stderr, exit code 2.

The typer commands (click's usage errors), the typer-free fast paths (options.OptionError)
and a value the command found wrong itself (errors.UsageProblem) all end here, so a student
meets one style whichever way a command runs: what was wrong, then where to read what to
type instead. Standard library only: the fast paths import it.
"""

from __future__ import annotations

import sys

USAGE_EXIT = 2

# The command being run (entry.main and cli.run set it), for a UsageProblem raised deep
# in a command that does not know its name (an exam profile is read by exam and readiness).
_running: list[str | None] = [None]


def running(command: str | None) -> None:
    _running[0] = command


def current() -> str | None:
    """The command being run, as typed (None before one is named)."""
    return _running[0]


def usage_line(command: str | None, message: str) -> str:
    """`studycli quiz: <what was wrong>; see \\`studycli quiz -h\\``: one line, no escapes."""
    from studycli.fastpath.guard import one_line

    command = _running[0] if command is None else command  # "": studycli itself
    where = f"studycli {command}" if command else "studycli"
    text = one_line(message).rstrip(".") or "bad arguments"
    if text.endswith("?"):  # "Did you mean 'lookup'?; see" read as a slip
        return f"{where}: {text} See `{where} -h`"
    return f"{where}: {text}; see `{where} -h`"


def usage_error(command: str | None, message: str) -> int:
    # Never wrapped at words as a failure line is (stderr_line): it ends in the command to
    # copy ("see `studycli quiz -h`"), and the terminal's own soft wrap keeps that copyable
    sys.stderr.write(usage_line(command, message) + "\n")
    return USAGE_EXIT
