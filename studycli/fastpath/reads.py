"""The everyday commands without typer: typer (with its pydantic coercion) costs 0.1-0.4 s
before a command runs, several bare Python start-ups, for commands a student runs every day.

Each command's options come from studycli/options.py, the table the typer commands are built
from too, so the two cannot differ. Anything this parser does not take as it is (--help, a
typo, a bad kind, a number out of range) returns None and entry.py hands it to the typer
command, which owns the documented interface and its usage errors. The bodies are shared with
typer's commands (studycli/commands.py)."""

from __future__ import annotations

from collections.abc import Callable

from studycli import options

# command -> its body, given the parsed options; returns the exit code (None: 0).
Body = Callable[[dict], "int | None"]


def _bodies() -> dict[str, Body]:
    from studycli import commands as c

    return {
        "stats": lambda o: c.show_stats(o["db"], o["json"]),
        "conflicts": lambda o: c.show_conflicts(o["db"], o["json"]),
        "facts": lambda o: c.show_facts(o["db"], o["service"], o["kind"], o["json"]),
        "cards": lambda o: c.show_cards(o["db"], o["flagged"], o["service"], o["json"],
                                        every=o["all"]),
        "ingest": lambda o: c.run_ingest(o["paths"], o["follow_links"], o["db"], o["json"],
                                         o["instead_of"]),
        "search": lambda o: c.run_search(o["db"], o["words"], o["limit"], o["json"]),
        "check": lambda o: c.run_check(o["db"], o["paths"], o["service"], o["all_"], o["json"]),
        "doctor": lambda o: c.run_doctor(o["db"], o["notes"], o["restore"], o["backup"],
                                         o["rebuild"], o["follow_links"]),
        "readiness": lambda o: c.show_readiness(o["db"], o["profile"], o["json"]),
    }


COMMANDS = ("stats", "conflicts", "facts", "cards", "ingest", "search", "check", "doctor",
            "readiness")


def parse(command: str, args: list[str]) -> dict | None:
    """The options as a dict, or None for anything this plain parser should not judge."""
    opts = options.parse_or_none(command, args)
    if opts is None or (command == "doctor" and opts["restore"] and opts["rebuild"]):
        return None
    return opts


# Commands whose patterns (Rich's markup and wrapping among them, some 20) are kept between
# runs as the exam's are (extract/regex_cache.py), in a file of their own. Each of these
# compiled the same patterns afresh on every run (search 47, ~9 ms of CPU; check 28,
# conflicts 26, facts 22, ~3 ms each) and already imports what the kept file's reading
# needs (pathlib; search the engine's array through lookup). Not stats (21 patterns, and no
# pathlib: the reading would cost what it saves) nor doctor (6).
KEPT_PATTERNS = frozenset({"cards", "facts", "conflicts", "check", "search"})


def run(command: str, args: list[str]) -> int | None:
    from studycli.fastpath.guard import run_parsed

    return run_parsed(parse(command, args), lambda opts: _run(command, opts))


def _keeps_own_patterns(command: str, opts: dict) -> bool:
    """Whether this run reads the command's own kept patterns: not a run that ingests notes
    (`check PATH` stores PATH first, checking._store_and_sources), whose ingest must read the
    parser's kept file (installs are idempotent: the command's, installed first, made it
    compile the parser's ~750 patterns afresh, and wrote them to the command's small file)."""
    return command in KEPT_PATTERNS and not (command == "check" and opts["paths"])


def _run(command: str, opts: dict) -> int | None:
    if not _keeps_own_patterns(command, opts):  # stats, ingest, doctor: not even the import
        return _bodies()[command](opts)
    from studycli.fastpath.kept_patterns import install_when_built

    # before the imports below compile their patterns
    if not install_when_built(command, opts["db"]):
        return _bodies()[command](opts)
    code = _bodies()[command](opts)
    from studycli.extract import regex_cache

    regex_cache.save_at_exit()  # only once the command ran
    return code


# entry.py's hooks, one per command.
def stats(args: list[str]) -> int | None:
    return run("stats", args)


def facts(args: list[str]) -> int | None:
    return run("facts", args)


def conflicts(args: list[str]) -> int | None:
    return run("conflicts", args)


def cards(args: list[str]) -> int | None:
    return run("cards", args)


def ingest(args: list[str]) -> int | None:
    return run("ingest", args)


def search(args: list[str]) -> int | None:
    return run("search", args)


def check(args: list[str]) -> int | None:
    return run("check", args)


def doctor(args: list[str]) -> int | None:
    return run("doctor", args)


def readiness(args: list[str]) -> int | None:
    return run("readiness", args)
