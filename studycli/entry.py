"""The `studycli` console script.

Kept tiny on purpose: `lookup` must answer in about 100 ms, so it runs on a fast path that
never imports typer, rich, sqlite-utils or the parser. Every other command goes through the
typer app.
"""

from __future__ import annotations

import sys

FAST_COMMANDS = {"lookup": "studycli.fastpath.lookup", "quiz": "studycli.fastpath.quiz"}


def main(argv: list[str] | None = None) -> int:
    args = sys.argv[1:] if argv is None else argv
    if args and args[0] in FAST_COMMANDS:
        import importlib

        code = importlib.import_module(FAST_COMMANDS[args[0]]).main(args[1:])
        if code is not None:
            return code  # None: the fast path handed the arguments over to typer
    from studycli.cli import run

    return run(args)


if __name__ == "__main__":
    sys.exit(main())
