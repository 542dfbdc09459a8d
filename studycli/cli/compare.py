"""`studycli compare X Y`: a side-by-side table, or a drill on the differences. Options come
from studycli/options.py, the table the fast path (fastpath/compare.py) parses too."""

from __future__ import annotations

import typer

from studycli.cli import common
from studycli.cli.common import open_store, print_json
from studycli.cli.spec import from_spec


@from_spec("compare")
def compare(left, right, drill, seed, db, json) -> None:
    """Compare two services or subjects; with no names, list what can be compared."""
    from studycli import compare as lib
    from studycli.errors import StudyError
    from studycli.ui import compare_view as view
    from studycli.ui.console import emit

    if left is not None and right is None:
        # A usage error, exit 2 like every other (typer's own, doctor's --restore --rebuild)
        raise typer.BadParameter("compare needs two names, e.g. `studycli compare sqs kinesis`",
                                 param_hint="RIGHT")
    if left is None:
        # Resolve nothing, list the pairs the fact base can compare.
        pairs = lib.comparable_pairs(open_store(db))
        if json:
            print_json([{"left": p.left.label, "right": p.right.label,
                         "comparison_rows": p.comparison_rows,
                         "shared_attributes": p.shared_attributes} for p in pairs])
        else:
            common.console.print(view.render_pairs(pairs))
        return
    assert right is not None  # checked above: two names or none
    from studycli.compare_names import notes_opener

    # Names first: an unknown name is reported before the database is built.
    notes = notes_opener(db, open_store)
    sides = lib.require_pair(left, right, notes)
    store = notes(build=True)
    table = lib.build_table(store, *sides)
    if json and not drill:
        print_json(table.to_json())
    elif not drill:
        emit(common.console, view.render_table(table))
    if not drill:
        if not table.from_notes:
            raise typer.Exit(1)  # nothing in the notes compares them: "not found"
        return
    import random

    questions = lib.drill_questions(table, random.Random(seed))
    if not questions:
        raise StudyError(f"nothing to drill: the notes show no differences between "
                         f"{table.left.label} and {table.right.label}")
    from datetime import UTC, datetime

    from studycli.app.drill import run_drill
    from studycli.ui.keyinput import default_reader

    reader = default_reader()
    drill_view = view.DrillView(common.console)
    drill_view.intro()  # the rows are the notes' claims, unchecked: say so before asking

    def clock() -> datetime:
        return datetime.now(UTC)

    if getattr(reader, "interactive", False):
        with reader:
            run_drill(store, table, questions, reader, clock, drill_view)
    else:
        run_drill(store, table, questions, reader, clock, drill_view)


def register(app: typer.Typer) -> None:
    app.command("compare")(compare)
