"""How a fast path ends when something goes wrong: one line on stderr, exit 1, no traceback.

Every fast command runs its body through `guarded`, so a damaged or read-only database, a
StudyError (something the student must change), Ctrl-C and a reader that left the pipe are
said the same way whichever command met them (typer's commands say it in cli/__init__.py).
"""

from __future__ import annotations

import _sqlite3 as sqlite3  # sqlite3 less its datetime import: store/__init__.py
import sys
from collections.abc import Callable


def one_line(message: str) -> str:
    """The message as one safe line: no escape bytes from notes or file names, no newlines."""
    from studycli.sanitize import safe_text

    return " ".join(safe_text(message).split())


def fail(message: str, after_ctrl_c: bool = False) -> int:
    from studycli.stderr_line import failure_text

    sys.stderr.write(failure_text(one_line(message), after_ctrl_c) + "\n")
    return 1


def run_parsed(opts: dict | None, body: Callable[[dict], int | None]) -> int | None:
    """None when the plain parser left the arguments to typer (it reports usage errors its
    own way); else `body(opts)` through `guarded`: every fast command starts this way."""
    return None if opts is None else guarded(lambda: body(opts))


def guarded(body: Callable[[], int | None]) -> int:
    """Run `body`; its exit code (None: 0), or 1 with one line on stderr saying what went
    wrong and what to do (after Ctrl-C: what studycli.interrupts says the command kept)."""
    from studycli.errors import Interrupted, StudyError, UsageProblem

    try:
        code = body() or 0
        sys.stdout.flush()
        return code
    except UsageProblem as exc:
        from studycli.usage import usage_error

        return usage_error(exc.command, str(exc))
    except StudyError as exc:
        return fail(str(exc), after_ctrl_c=isinstance(exc, Interrupted))
    except (sqlite3.DatabaseError, UnicodeDecodeError) as exc:
        # Damage or a read-only file met mid-command: say what and how to recover.
        from studycli.store.identity import explain

        return fail(explain(exc))
    except KeyboardInterrupt:
        from studycli.interrupts import interrupted_message
        from studycli.usage import current

        return fail(interrupted_message([current() or ""]), after_ctrl_c=True)
    except OSError as exc:
        return os_failure(exc)


def os_failure(exc: OSError) -> int:
    """A reader that left the pipe (`studycli facts | head`): nothing more to say, exit 0.
    Any other OSError is a file the system would not let us read or change: one line."""
    if isinstance(exc, BrokenPipeError):
        try:
            sys.stdout = open("/dev/null", "w")  # noqa: SIM115  (nothing more is written)
        except OSError:
            pass
        return 0
    from studycli.errors import os_error_line

    return fail(os_error_line(exc))
