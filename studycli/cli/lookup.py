"""`studycli lookup` in the typer app: listed in `studycli --help`, run by the fast path.

The console script sends `lookup` straight to studycli.fastpath.lookup without importing
typer; this command exists so the app lists it and so `app` (e.g. under CliRunner) runs it
the same way, arguments untouched.
"""

from __future__ import annotations

import typer


def register(app: typer.Typer) -> None:
    @app.command(
        "lookup",
        context_settings={"allow_extra_args": True, "ignore_unknown_options": True,
                          "help_option_names": []},
        add_help_option=False,
    )
    def lookup(ctx: typer.Context) -> None:
        """Look up a limit, default, error code or invocation mode (studycli lookup --help)."""
        from studycli.fastpath.lookup import main

        code = main(list(ctx.args))
        if code:
            raise typer.Exit(code)
