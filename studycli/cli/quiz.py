"""`studycli quiz`, `studycli stats` and `studycli cards`: the daily spaced-repetition habit.
Options come from studycli/options.py (the fast paths parse the same table)."""

from __future__ import annotations

import typer

from studycli.cli import common
from studycli.cli.common import open_store
from studycli.cli.spec import from_spec


def _service(name: str | None) -> str | None:
    from studycli.quiz import service_key

    return service_key(name)


@from_spec("quiz")
def quiz(new, limit, service, cram, missed, retention, as_written, db) -> None:
    """Today's due reviews, then new cards. Keys: 1-4/a-d answer, space reveal, u undo,
    f flag, s suspend, q quit."""
    from studycli.app.clock import SYSTEM_CLOCK
    from studycli.app.quiz import run_quiz
    from studycli.quiz.session import NEW_PER_DAY, QuizOptions
    from studycli.ui.keyinput import default_reader
    from studycli.ui.quiz_loop import QuizScreen

    options = QuizOptions(new=NEW_PER_DAY if new is None else new, new_asked=new is not None,
                          limit=limit, service=_service(service), cram=cram,
                          desired_retention=retention, as_written=as_written)
    code = run_quiz(open_store(db), options, default_reader(), SYSTEM_CLOCK,
                    QuizScreen(common.console), missed=missed)
    if code:
        raise typer.Exit(code)


@from_spec("stats")
def stats(db, json) -> None:
    """Cards by state, reviews, retention, streak, due forecast and weakest services."""
    from studycli.commands import show_stats

    show_stats(db, json)


@from_spec("cards")
def cards(flagged, service, all, db, json) -> None:  # noqa: A002 (the option's name)
    """List quiz cards (with --flagged: the ones to fix in your notes)."""
    from studycli.commands import show_cards

    show_cards(db, flagged, service, json, every=all)


def register(app: typer.Typer) -> None:
    app.command("quiz")(quiz)
    app.command("stats")(stats)
    app.command("cards")(cards)
