"""The `studycli` console script.

Kept tiny on purpose: the everyday commands (lookup, quiz, exam, ingest, stats, facts,
conflicts, cards) run on fast paths that never import typer (0.3-0.4 s on its own),
sqlite-utils or the parser. Every other command, and anything a fast path does not
understand, goes through the typer app.
"""

from __future__ import annotations

import gc
import os
import sys

# command -> "module:function" taking the arguments after the command name and returning
# an exit code, or None to hand the arguments over to the typer command.
FAST_COMMANDS = {
    "lookup": "studycli.fastpath.lookup:main", "quiz": "studycli.fastpath.quiz:main",
    "exam": "studycli.fastpath.exam:main",
    "stats": "studycli.fastpath.reads:stats", "facts": "studycli.fastpath.reads:facts",
    "conflicts": "studycli.fastpath.reads:conflicts", "cards": "studycli.fastpath.reads:cards",
    "search": "studycli.fastpath.reads:search", "check": "studycli.fastpath.reads:check",
    "doctor": "studycli.fastpath.reads:doctor", "readiness": "studycli.fastpath.reads:readiness",
    "ingest": "studycli.fastpath.reads:ingest",
    "compare": "studycli.fastpath.compare:main",
}

# Commands whose start-up is most of their run. Python's cyclic garbage collector is off for
# them until they first wait for the student (ui/keyinput turns it back on) or end: its
# collections, triggered every few hundred objects the imports create, cost ~5% of their
# time to the first line (lookup 2 ms, quiz 5 ms), and their objects form few cycles (peak
# memory of facts, cards, compare, stats unchanged). Ingest pauses it around its reading and
# storing of notes of any size itself (ingest.ingest_paths): what is left with it on is its
# imports and its summary, where its passes were 17M instructions of an ingest of unchanged
# notes (471M; callgrind). Check and doctor read notes of any size and keep it on; the exam's
# fast path turns it off itself (fastpath/exam.py).
QUIET_GC = frozenset({"lookup", "stats", "facts", "conflicts", "cards", "search", "quiz",
                      "compare", "ingest"})


# Commands whose code imports dataclasses: the code `@dataclass` and namedtuple write is
# compiled from what earlier runs kept (kept_code.py). Not lookup, which never imports
# dataclasses (installing would import it).
KEPT_CODE = frozenset(FAST_COMMANDS) - {"lookup"}
# ... and which import typing anyway (through Rich): its string annotations are kept too
KEPT_TYPING = KEPT_CODE - {"doctor"}


# Commands whose process, run from the shell, leaves by os._exit once its output is flushed
# (see _ending): their database connections are closed first, and a run that registered an
# atexit handler (a lookup building a missing database runs ingest, whose pattern caches are
# saved at exit) ends as Python ends. Python's own ending (Py_FinalizeEx: clearing every module's
# dictionary, freeing every object) was ~2.6% of a lookup's instructions (callgrind), for
# memory the ending process gives back anyway.
QUICK_EXIT = frozenset({"lookup"})


# The kept-code file of everything the typer app runs (_typer)
TYPER_KEPT = "typer"


# Commands with subcommands (cli/export.py, cli/progress.py): --db goes after the subcommand
GROUPS = frozenset({"export", "progress"})


def _db_first(args: list[str]) -> list[str]:
    """`studycli --db X quiz ...` as `studycli quiz --db X ...`: the README's examples put
    --db after the command, but a student who reads it as a global option wrote it first and
    was told "No such option: --db". Every command that reads a database takes it. Given
    twice or more (`--db x.db --db y.db stats`), all move, in their order: the last one wins,
    as it does after the command, where the second was "No such option: --db"."""
    option: list[str] = []
    rest = args
    while True:
        if rest[:1] == ["--db"] and len(rest) >= 3:
            option, rest = [*option, *rest[:2]], rest[2:]
        elif rest and rest[0].startswith("--db="):
            option, rest = [*option, *rest[:1]], rest[1:]
        else:
            break
    if not option:
        return args
    # after the command's name, and a group's subcommand (export anki, progress import)
    if not rest or rest[0].startswith("-"):
        return args
    at = 2 if rest[0] in GROUPS and len(rest) > 1 else 1
    return [*rest[:at], *option, *rest[at:]]


def main(argv: list[str] | None = None) -> int:
    if argv is None:  # the console script (or python -m studycli): see _ending
        _closed_streams_to_null()
        import studycli.store

        studycli.store.held_connections = []
    try:
        code = _dispatch(sys.argv[1:] if argv is None else argv, ends=argv is None)
    except KeyboardInterrupt:  # Ctrl-C while starting up (imports), before any command ran
        from studycli.stderr_line import failure_text

        sys.stderr.write(failure_text("interrupted", after_ctrl_c=True) + "\n")
        code = 1
    if argv is None:  # the console script (or python -m studycli): the process ends now
        # (not after a fast path handed its arguments over to the typer app: that runs more)
        _ending(code, quick=_command(sys.argv[1:]) in QUICK_EXIT
                and "studycli.cli" not in sys.modules)
    return code


def _closed_streams_to_null() -> None:
    """A standard stream closed by the shell (`studycli lookup ... >&-`) is None in Python:
    every write to it was an AttributeError traceback. Written to the null device instead,
    as `> /dev/null` would (the command runs and keeps its exit code). A closed standard
    input (`<&-`, a job started with no input) reads as `< /dev/null` does: the quiz, the
    exam and the drill meet its end at once and say what was kept, where the first key
    read was a traceback."""
    for name, mode in (("stdin", "r"), ("stdout", "w"), ("stderr", "w")):
        if getattr(sys, name) is None:
            try:
                setattr(sys, name, open(os.devnull, mode))  # noqa: SIM115 - for the process
            except OSError:
                pass


def _command(argv: list[str]) -> str | None:
    args = _db_first(argv)
    return args[0] if args and not args[0].startswith("-") else None


def _ending(code: int, quick: bool = False) -> None:
    """Spare the process's end the collector's pass over every object it made.

    Python ends by collecting cyclic garbage among everything still alive: the modules, their
    classes and functions, tens of thousands of objects, some 8% of a quiz's or a new exam's
    instructions (callgrind), for memory the ending process gives back anyway. gc.freeze()
    takes them out of that pass. What that pass would close is closed first: every database
    connection still open (a freed connection checkpoints its write-ahead log; a frozen one
    would leave the -wal file beside the database). A command of QUICK_EXIT (`quick`) then
    leaves at once with its exit code, its output flushed: unless the flush fails (a reader
    that left), when Python's own ending says so as it always did."""
    store_db = sys.modules.get("studycli.store.db")
    if store_db is not None:
        store_db.close_opened()
    gc.freeze()
    if quick and not _exit_work():
        try:
            sys.stdout.flush()
            sys.stderr.flush()
        except Exception:  # noqa: BLE001 - a closed pipe: Python's own ending says so, as before
            return
        os._exit(code)


def _exit_work() -> bool:
    """Whether anything registered work for the process's end (atexit): os._exit would skip
    it (an ingest's pattern caches, logging's flush)."""
    import atexit

    return atexit._ncallbacks() > 0  # noqa: SLF001 - the only way to ask


def _dispatch(argv: list[str], ends: bool = False) -> int:
    """Run one command. `ends`: the process ends right after (see _ending), so the collector
    a quiet command turned off stays off: turned back on, the first allocation collected
    every object the command had made (all still in the youngest generation), ~3% of a
    lookup's instructions (callgrind) for nothing."""
    args = _db_first(argv)
    if args == ["--version"]:
        from studycli.version import version

        sys.stdout.write(f"studycli {version()}\n")
        return 0
    from studycli.usage import running

    # named in a usage error raised where the command is not known (None: no command named)
    running(_command(argv))
    from studycli.undecodable import argument_problem

    if problem := argument_problem(args):  # SQLite takes UTF-8 alone: a traceback later
        from studycli.usage import usage_error

        return usage_error(None, problem)
    if args and args[0] in FAST_COMMANDS:
        import importlib

        from studycli.inspect_on_demand import defer

        defer()  # dataclasses' import of inspect: ~10% of a fast command's start
        module, function = FAST_COMMANDS[args[0]].split(":")
        collecting = gc.isenabled()
        if args[0] in QUIET_GC:
            gc.disable()
        kept = args[0] in KEPT_CODE
        if kept:
            from studycli import kept_code

            kept_code.install(args[0], typing=args[0] in KEPT_TYPING)
        code = None
        try:
            code = getattr(importlib.import_module(module), function)(args[1:])
        finally:
            if kept:
                kept_code.finish_after(code)
            # as it was: main() is also called in-process (tests); and before the typer app
            # takes over the arguments (code None), which may run any command
            if collecting and (not ends or code is None):
                gc.enable()
        if code is not None:
            return code  # None: the fast path handed the arguments over to typer
    return _typer(args)


def _typer(args: list[str]) -> int:
    """The typer app: `--help`, the commands without a fast path (export, progress) and
    whatever a fast path handed over. The code dataclasses, namedtuple and typing write is
    compiled from what earlier runs kept (kept_code.py), one file for every command run
    here, kept as after a fast command; with the collector off while the app loads,
    `studycli --help` 328M -> 311M instructions (callgrind)."""
    from studycli import kept_code

    kept_code.install(TYPER_KEPT, typing=True)
    code = None
    try:
        collecting = gc.isenabled()
        gc.disable()  # while typer and the commands' modules load: see QUIET_GC
        try:
            from studycli.cli import run
        finally:
            if collecting:
                gc.enable()
        code = run(args)
    finally:
        kept_code.finish_after(code)
    return code


if __name__ == "__main__":
    sys.exit(main())
