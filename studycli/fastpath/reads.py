"""`ingest`, `stats`, `facts`, `conflicts` and `cards` without typer: typer (with its pydantic
coercion) costs 0.3-0.4 s before a command runs, 15x a bare Python start-up, for commands a
student runs every day. Their options are few and plain; anything this parser does not take
as it is (--help, a typo, a bad kind) returns None and entry.py hands it to the typer
command, which owns the documented interface and its usage errors. The bodies are shared
with typer's commands (studycli.commands); tests/test_reliability_startup.py checks that both
parsers know the same options."""

from __future__ import annotations

import sqlite3
import sys

# Per command: option -> (canonical name, takes a value). Mirrors the typer commands.
OPTIONS: dict[str, dict[str, tuple[str, bool]]] = {
    "stats": {"--db": ("db", True), "--json": ("json", False)},
    "conflicts": {"--db": ("db", True), "--json": ("json", False)},
    "facts": {"--service": ("service", True), "-s": ("service", True),
              "--kind": ("kind", True), "-k": ("kind", True),
              "--db": ("db", True), "--json": ("json", False)},
    "cards": {"--flagged": ("flagged", False), "--service": ("service", True),
              "-s": ("service", True), "--db": ("db", True), "--json": ("json", False)},
    "ingest": {"--follow-links": ("follow_links", False), "--db": ("db", True),
               "--json": ("json", False)},
}
TAKES_PATHS = {"ingest"}  # the words that are not options are note paths


def parse(command: str, args: list[str]) -> dict | None:
    """The options as a dict, or None for anything this plain parser should not judge."""
    spec = OPTIONS[command]
    out: dict = {name: (False if not takes else None) for name, takes in spec.values()}
    out["paths"] = []
    i = 0
    while i < len(args):
        flag, _, inline = args[i].partition("=")
        if command in TAKES_PATHS and not args[i].startswith("-"):
            out["paths"].append(args[i])
            i += 1
            continue
        if flag not in spec:
            return None
        name, takes = spec[flag]
        if takes:
            if inline or args[i].endswith("="):
                out[name] = inline
            elif i + 1 < len(args):
                i += 1
                out[name] = args[i]
            else:
                return None
        elif inline:
            return None
        else:
            out[name] = True
        i += 1
    if out.get("kind") is not None:
        from studycli.model import KINDS

        if out["kind"] not in KINDS:
            return None
    return out


def run(command: str, args: list[str]) -> int | None:
    opts = parse(command, args)
    if opts is None:
        return None
    from studycli import commands
    from studycli.errors import StudyError

    try:
        if command == "stats":
            commands.show_stats(opts["db"], opts["json"])
        elif command == "conflicts":
            commands.show_conflicts(opts["db"], opts["json"])
        elif command == "facts":
            commands.show_facts(opts["db"], opts["service"], opts["kind"], opts["json"])
        elif command == "cards":
            commands.show_cards(opts["db"], opts["flagged"], opts["service"], opts["json"])
        else:
            commands.run_ingest(opts["paths"], opts["follow_links"], opts["db"], opts["json"])
        sys.stdout.flush()
    except (StudyError, sqlite3.DatabaseError, UnicodeDecodeError) as exc:
        message = str(exc)
        if not isinstance(exc, StudyError):
            from studycli.store.identity import explain

            message = explain(exc)
        sys.stderr.write(f"studycli: {_one_line(message)}\n")
        return 1
    except KeyboardInterrupt:
        sys.stderr.write("studycli: interrupted\n")
        return 1
    except BrokenPipeError:  # `studycli facts | head`: the reader left
        try:
            sys.stdout = open("/dev/null", "w")  # noqa: SIM115  (nothing more is written)
        except OSError:
            pass
        return 0
    return 0


def _one_line(message: str) -> str:
    from studycli.sanitize import safe_text

    return " ".join(safe_text(message).split())


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
