"""`studycli lookup QUERY`: answer in about 100 ms, whole process included.

Imports only the stdlib (sqlite3, json, re), the lookup package and, for a query with an
unknown word, rapidfuzz. Arguments are parsed by studycli.options (by hand: argparse and its
gettext cost ~8 ms), from the same table that documents them.
The database is read through a read-only stdlib connection; only when it does not exist yet
or needs a migration does this module import the heavy store (sqlite-utils) and the parser.
"""

from __future__ import annotations

import _sqlite3 as sqlite3  # sqlite3 less its datetime import: store/__init__.py
import os
import sys

from studycli import options
from studycli.errors import StudyError
from studycli.fastpath.guard import fail
from studycli.kinds import Kind
from studycli.usage import usage_error

KINDS = (Kind.LIMIT, Kind.DEFAULT, Kind.RANGE, Kind.ERROR_CODE, Kind.INVOCATION_MODE, Kind.FACT)
_SPEC = {o.name: o for o in options.options("lookup")}  # flags, defaults, bounds: options.py
DEFAULT_LIMIT = _SPEC["limit"].default
MAX_LIMIT = _SPEC["limit"].max

USAGE = ("usage: studycli lookup [-h] [-n N] [-s SERVICE] [-k KIND] [--json] [--db PATH]\n"
         "                       QUERY...")


def _option_lines() -> str:
    """The options section, from the spec: flags and metavar, then the help, wrapped at 79."""
    import textwrap

    lines = []
    for opt in options.options("lookup"):
        flags = ", ".join(sorted(opt.flags, key=len))
        left = f"  {flags} {opt.metavar}" if opt.metavar and not opt.flag else f"  {flags}"
        text = options.help_text(opt)
        if opt.default not in (None, False):
            text += f" (default {opt.default})"
        body = textwrap.wrap(text, 79 - 19)
        lines.append(f"{left:<19}{body[0]}" if len(left) < 19 else f"{left}\n{'':19}{body[0]}")
        lines.extend(f"{'':19}{rest}" for rest in body[1:])
    lines.append(f"{'  -h, --help':<19}show this help and exit")
    return "\n".join(lines)


def help_text() -> str:
    query = options.argument("lookup")
    assert query is not None  # lookup takes a query
    return f"""{USAGE}

Look up a limit, default, error code or invocation mode in your notes. When
your notes do not answer, it says "Not in your notes" and shows related lines
apart.
Exit status: 0 answered, 1 not in your notes (or an error), 2 usage error.

  studycli lookup "sqs max message size"
  studycli lookup apigw 504
  studycli lookup "how long can a lambda run?"

arguments:
  {query.metavar:<17}{query.help}

options:
{_option_lines()}
"""


class UsageError(Exception):
    pass


class Options:
    """The parsed arguments (studycli/options.py says which there are)."""

    __slots__ = ("query", "limit", "service", "kind", "json", "db", "help")

    def __init__(self, parsed: dict) -> None:
        self.help: bool = parsed["help"]
        words = parsed["query"]
        self.query: str | None = " ".join(words) if words else None
        self.limit: int = parsed["limit"]
        self.service: str | None = parsed["service"]
        self.kind: str | None = parsed["kind"]
        self.json: bool = parsed["json"]
        self.db: str | None = parsed["db"]


def parse_args(args: list[str]) -> Options:
    """Parse the arguments after `lookup`. Raises UsageError with a one-line message."""
    try:
        parsed = options.parse("lookup", args)
    except options.OptionError as exc:
        message = str(exc)
        if message.startswith("missing"):
            message += ': what to look up, e.g. "sqs max message size"'
        raise UsageError(message) from None
    return Options(parsed)


def open_for_lookup(db: str | None) -> sqlite3.Connection:
    """A read-only connection to an up-to-date database, building or migrating it first."""
    from studycli.database import ensure_database

    return ensure_database(db, readonly=True).conn


def _color(stream) -> bool:
    if os.environ.get("NO_COLOR") or os.environ.get("TERM") == "dumb":
        return False
    try:
        return stream.isatty()
    except (AttributeError, ValueError):
        return False


def _is_terminal(stream) -> bool:
    try:
        return stream.isatty()
    except (AttributeError, ValueError):
        return False


def _width(stream) -> int:
    try:
        return max(40, min(160, os.get_terminal_size(stream.fileno()).columns))
    except (AttributeError, ValueError, OSError):
        return 100


def main(args: list[str]) -> int:
    try:
        opts = parse_args(list(args))
    except UsageError as exc:
        return usage_error("lookup", str(exc))
    if opts.help:
        sys.stdout.write(help_text())
        return 0
    if not (opts.query or "").strip():  # `lookup ""`: a usage error, as grep's 2
        return usage_error("lookup", 'nothing to look up: type a few words, e.g. studycli '
                           'lookup "sqs max message size"')
    from studycli.fastpath import patterns

    patterns.install()  # the lookup's ~30 patterns from kept engine code (~3 ms of CPU)
    answered: list[bool] = []
    try:
        return _answer(opts, answered)
    finally:
        # Kept only after a lookup ran: a refused database leaves no file behind.
        patterns.finish(keep=bool(answered))


def _answer(opts: Options, answered: list[bool]) -> int:
    try:
        conn = open_for_lookup(opts.db)  # first: a refused database leaves no cache behind
        try:
            from studycli.lookup import lookup

            result = lookup(conn, opts.query or "", limit=opts.limit, service=opts.service,
                            kind=opts.kind)
        finally:
            conn.close()
        answered.append(True)
        if opts.json:
            from studycli.sanitize import safe_json  # as every other --json: no raw C1/bidi

            text = safe_json(result.to_json(), indent=2) + "\n"
        else:
            from studycli.ui.lookup_plain import render

            text = render(result, color=_color(sys.stdout), width=_width(sys.stdout),
                          fold=_is_terminal(sys.stdout))
        sys.stdout.write(text)
        sys.stdout.flush()
        if not result.hits:
            return 1  # grep's convention: 1 is "not found"
    except StudyError as exc:
        return fail(str(exc))
    except (sqlite3.DatabaseError, UnicodeDecodeError) as exc:
        # Damage or a read-only file: say what and how to recover (studycli doctor), as the
        # other commands do (fastpath/guard.py).
        from studycli.store.identity import explain

        return fail(explain(exc))
    except KeyboardInterrupt:
        return fail("interrupted", after_ctrl_c=True)
    except OSError as exc:
        # `studycli lookup ... | head`: the reader left, nothing more to say (exit 0); any
        # other (`> /dev/full`: a full disk) in one line, as every fast command says it
        from studycli.fastpath.guard import os_failure

        return os_failure(exc)
    return 0
