"""`studycli lookup QUERY`: answer in about 100 ms, whole process included.

Imports only the stdlib (sqlite3, json, re), the lookup package and, for a query with an
unknown word, rapidfuzz. Arguments are parsed by hand (argparse and its gettext cost ~8 ms).
The database is read through a read-only stdlib connection; only when it does not exist yet
or needs a migration does this module import the heavy store (sqlite-utils) and the parser.
"""

from __future__ import annotations

import os
import sqlite3
import sys

from studycli.errors import StudyError
from studycli.model import Kind

KINDS = (Kind.LIMIT, Kind.DEFAULT, Kind.RANGE, Kind.ERROR_CODE, Kind.INVOCATION_MODE, Kind.FACT)
DEFAULT_LIMIT = 5
MAX_LIMIT = 100

USAGE = ("usage: studycli lookup [-h] [-n N] [-s SERVICE] [-k KIND] [--json] [--db PATH]\n"
         "                       QUERY...")
HELP = f"""{USAGE}

Look up a limit, default, error code or invocation mode in your notes. When
your notes do not answer, it says "Not in your notes" and shows related lines
apart.
Exit status: 0 answered, 1 not in your notes (or an error), 2 usage error.

  studycli lookup "sqs max message size"
  studycli lookup apigw 504
  studycli lookup "how long can a lambda run?"

arguments:
  QUERY            what to look up, as you would say it (words are joined)

options:
  -n, --limit N    how many answers to show (default {DEFAULT_LIMIT})
  -s, --service S  only facts of this service (aliases work: apigw, ddb...)
  -k, --kind K     only facts of this kind: {", ".join(KINDS[:4])},
                   {", ".join(KINDS[4:])}
  --json           print the ranked facts as JSON on stdout, nothing else
  --db PATH        database file (default: $STUDYCLI_DB, else user data dir)
  -h, --help       show this help and exit
"""


class UsageError(Exception):
    pass


class Options:
    __slots__ = ("query", "limit", "service", "kind", "json", "db", "help")

    def __init__(self) -> None:
        self.query: str | None = None
        self.limit = DEFAULT_LIMIT
        self.service: str | None = None
        self.kind: str | None = None
        self.json = False
        self.db: str | None = None
        self.help = False


_VALUED = {"-n": "limit", "--limit": "limit", "-s": "service", "--service": "service",
           "-k": "kind", "--kind": "kind", "--db": "db"}


def parse_args(args: list[str]) -> Options:
    """Parse the arguments after `lookup`. Raises UsageError with a one-line message."""
    opts = Options()
    words: list[str] = []
    i = 0
    while i < len(args):
        arg = args[i]
        i += 1
        if arg == "--":
            words.extend(args[i:])
            break
        if arg in ("-h", "--help"):
            opts.help = True
            continue
        if arg == "--json":
            opts.json = True
            continue
        name, value = arg, None
        if arg.startswith("--") and "=" in arg:
            name, value = arg.split("=", 1)
        if name in _VALUED:
            if value is None:
                if i >= len(args):
                    raise UsageError(f"option {name} needs a value")
                value = args[i]
                i += 1
            _set(opts, _VALUED[name], value, name)
            continue
        if arg.startswith("-") and len(arg) > 1 and not _looks_like_number(arg):
            raise UsageError(f"no such option: {arg}")
        words.append(arg)
    if not opts.help:
        if not words:
            raise UsageError("missing QUERY: what to look up, e.g. \"sqs max message size\"")
        opts.query = " ".join(words)
    return opts


def _looks_like_number(arg: str) -> bool:
    return arg[1:2].isdigit()


def _set(opts: Options, field: str, value: str, name: str) -> None:
    if field == "limit":
        try:
            n = int(value)
        except ValueError:
            raise UsageError(f"{name} needs a whole number, not {value!r}") from None
        if not 1 <= n <= MAX_LIMIT:
            raise UsageError(f"{name} must be between 1 and {MAX_LIMIT}")
        opts.limit = n
    elif field == "kind":
        if value not in KINDS:
            raise UsageError(f"{name} must be one of: {', '.join(KINDS)}")
        opts.kind = value
    elif field == "service":
        opts.service = value
    else:
        opts.db = value


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


def _width(stream) -> int:
    try:
        return max(40, min(160, os.get_terminal_size(stream.fileno()).columns))
    except (AttributeError, ValueError, OSError):
        return 100


def _error(message: str) -> int:
    sys.stderr.write(f"studycli: {message}\n")
    return 1


def main(args: list[str]) -> int:
    try:
        opts = parse_args(list(args))
    except UsageError as exc:
        sys.stderr.write(f"{USAGE}\nstudycli lookup: error: {exc}\n")
        return 2
    if opts.help:
        sys.stdout.write(HELP)
        return 0
    try:
        from studycli.lookup import lookup

        conn = open_for_lookup(opts.db)
        try:
            result = lookup(conn, opts.query or "", limit=opts.limit, service=opts.service,
                            kind=opts.kind)
        finally:
            conn.close()
        if opts.json:
            import json

            text = json.dumps(result.to_json(), ensure_ascii=False, indent=2) + "\n"
        else:
            from studycli.ui.lookup_plain import render

            text = render(result, color=_color(sys.stdout), width=_width(sys.stdout))
        sys.stdout.write(text)
        sys.stdout.flush()
        if not result.hits:
            return 1  # grep's convention: 1 is "not found"
    except StudyError as exc:
        return _error(str(exc))
    except sqlite3.Error as exc:
        return _error(f"cannot read the database: {exc}; run `studycli ingest` to rebuild it")
    except KeyboardInterrupt:
        return _error("interrupted")
    except BrokenPipeError:
        # `studycli lookup ... | head`: the reader left; nothing more to say.
        try:
            sys.stdout = open(os.devnull, "w")
        except OSError:
            pass
        return 0
    return 0
