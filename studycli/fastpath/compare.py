"""`studycli compare X Y [--json] [--db PATH]` without typer: typer and its pydantic coercion
cost more than the whole comparison. Only the table and its JSON are served here; anything
else (no names, --drill, --seed, --help, a typo) returns None and entry.py hands the arguments
to the typer command, which owns the documented interface and its usage errors. The body is
the typer command's: the same library calls (studycli.compare) and the same renderer
(studycli.ui.compare_view); fastpath never imports cli."""

from __future__ import annotations

import sys

from studycli import options


def parse(args: list[str]) -> dict | None:
    """Two names and the plain options (the typer command's table, studycli/options.py), or
    None for anything else: no names, --drill, --seed, --help, a usage error."""
    opts = options.parse_or_none("compare", args)
    if opts is None or opts["drill"] or opts["seed"] is not None or opts["right"] is None:
        return None
    return {"names": [opts["left"], opts["right"]], "db": opts["db"], "json": opts["json"]}


def main(args: list[str]) -> int | None:
    from studycli.fastpath.guard import run_parsed

    # Nothing to compare is "not found" (exit 1), as lookup and search say it.
    def body(opts: dict) -> int:
        from studycli.fastpath.kept_patterns import install_when_built

        # The table, its search hint (the lookup's query reading) and the reference rows
        # compile some 66 patterns, ~11 ms of CPU of every run: kept between runs in a file
        # of their own, as the exam's are (before the imports below compile them)
        kept = install_when_built("compare", opts["db"])
        left, right = opts["names"]
        found = _compare(left, right, opts["db"], opts["json"])
        if kept:
            from studycli.extract import regex_cache

            regex_cache.save_at_exit()  # only once the comparison was shown
        return 0 if found else 1

    return run_parsed(parse(args), body)


def _compare(left: str, right: str, db: str | None, as_json: bool) -> bool:
    """Print the comparison; whether there was anything to compare (exit 1 when not, as
    lookup and search say "not found")."""
    from studycli import compare as lib
    from studycli.compare_names import notes_opener
    from studycli.database import ensure_database

    # Names first: an unknown name is reported before the database is built.
    notes = notes_opener(db, ensure_database)
    sides = lib.require_pair(left, right, notes)
    store = notes(build=True)
    # The notes' rows first: the AWS reference (a parse of its files) is added after they
    # show, and so is the search a thin table names (JSON never shows that one).
    table = lib.build_table(store, *sides, reference=False, hint=False)
    if as_json:
        from studycli.sanitize import safe_json

        if table.from_notes:  # notes only when they compare nothing (CompareTable.to_json)
            lib.add_reference_rows(table)

        sys.stdout.write(safe_json(table.to_json(), indent=2) + "\n")
        return table.from_notes
    from studycli.ui.compare_view import render_notes, render_reference, render_thin_note
    from studycli.ui.console import console, emit

    out = console()
    emit(out, render_notes(table, thin=False))
    sys.stdout.flush()
    lib.add_search_hint(store, table)
    thin = render_thin_note(table)
    if thin is not None:
        emit(out, thin)
    lib.add_reference_rows(table)
    reference = render_reference(table)
    if reference is not None:
        emit(out, reference)
    return table.from_notes
