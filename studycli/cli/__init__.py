"""The typer application. Each command lives in its own module with a `register(app)`."""

from __future__ import annotations

import importlib
import sqlite3
import sys
from typing import Annotated

import typer

from studycli.errors import Interrupted, StudyError, UsageProblem

COMMAND_MODULES = ("ingest", "facts", "lookup", "search", "quiz", "compare", "exam", "check",
                   "readiness", "export", "progress", "doctor")

app = typer.Typer(
    name="studycli",
    help="Study AWS certification exams from your own notes.",
    no_args_is_help=True,
    add_completion=True,  # --install-completion / --show-completion for bash, zsh, fish
    pretty_exceptions_enable=False,
    rich_markup_mode=None,
    context_settings={"help_option_names": ["-h", "--help"]},  # -h on every command
)


def _version(value: bool) -> None:
    if value:
        from studycli.version import version

        typer.echo(f"studycli {version()}")
        raise typer.Exit()


@app.callback()
def _main(
    show_version: Annotated[bool, typer.Option(
        "--version", callback=_version, is_eager=True, help="Print the version and exit.")] = False,
) -> None:
    """Study AWS certification exams from your own notes."""

for _name in COMMAND_MODULES:
    importlib.import_module(f"studycli.cli.{_name}").register(app)


# typer turns Ctrl-C inside a command into a silent exit 130; said instead as every other
# failure is (one line, exit 1), with what the interrupted command kept (studycli.interrupts).
TYPER_INTERRUPTED = 130


def run(args: list[str]) -> int:
    """Run the app; a StudyError becomes one line on stderr and exit code 1."""
    # typer carries its own copy of click (typer._click); its exceptions are caught by class
    from typer._click import exceptions as click

    from studycli.cli.common import fail

    try:
        code = app(args=args, prog_name="studycli", standalone_mode=False)
    except SystemExit as exc:
        return exc.code if isinstance(exc.code, int) else (0 if exc.code is None else 1)
    except click.NoArgsIsHelpError as exc:  # `studycli` or a group alone: the menu
        sys.stdout.write(exc.ctx.get_help() + "\n")
        return _usage(exc, "no command given: pick one of the commands above")
    except click.UsageError as exc:  # typer's boxed usage text, said as the fast paths say it
        return _usage(exc, _missing(exc))
    except click.ClickException as exc:
        return fail(exc.format_message())
    except typer.Abort:  # end of input at a prompt
        return fail("aborted: nothing more was read")
    except UsageProblem as exc:
        from studycli.usage import usage_error

        return usage_error(exc.command, str(exc))
    except StudyError as exc:  # an exam's Ctrl-C (Interrupted) said as every other one
        return fail(str(exc), after_ctrl_c=isinstance(exc, Interrupted))
    except (sqlite3.DatabaseError, UnicodeDecodeError) as exc:
        # Damage or a read-only file met mid-command: say what and how to recover, no traceback.
        from studycli.store.identity import explain

        return fail(explain(exc))
    except KeyboardInterrupt:  # raised outside typer's command call (its callbacks)
        from studycli.interrupts import interrupted_message

        return fail(interrupted_message(args), after_ctrl_c=True)
    except OSError as exc:  # a reader that left the pipe, or a file we may not change
        from studycli.fastpath.guard import os_failure

        return os_failure(exc)
    if code == TYPER_INTERRUPTED:  # no command of ours exits 130 itself
        from studycli.interrupts import interrupted_message

        return fail(interrupted_message(args), after_ctrl_c=True)
    # standalone_mode=False: a command's typer.Exit(n) comes back as n; its return value
    # (None) means it ran to the end
    return code if isinstance(code, int) else 0


def _missing(exc) -> str:
    """"missing WORDS: words to find (stemmed; typos repaired)", as the fast paths say a
    missing argument (`lookup` gives an example), not click's "Missing argument 'WORDS'"."""
    from typer._click.exceptions import MissingParameter

    param = getattr(exc, "param", None)
    if not isinstance(exc, MissingParameter) or param is None \
            or getattr(param, "param_type_name", "") != "argument":
        return exc.format_message()
    said = f"missing {(param.metavar or param.name or '').upper()}"
    what = (getattr(param, "help", None) or "").strip().rstrip(".")
    return f"{said}: {what[:1].lower()}{what[1:]}" if what else said


def _usage(exc, message: str) -> int:
    """One line on stderr, exit 2, naming the command as typed (`studycli export anki`)."""
    from studycli.usage import current, usage_error

    path = exc.ctx.command_path.split()[1:] if exc.ctx is not None else []
    named = current()
    commands = {c.name for c in app.registered_commands} | {g.name for g in app.registered_groups}
    if not path and named in commands:
        # an option's missing value is raised with no context: the command being run is
        # named instead, so the hint is `studycli quiz -h`, not `studycli -h`
        path = [named or ""]
    return usage_error(" ".join(path), message)


def main() -> None:
    sys.exit(run(sys.argv[1:]))
