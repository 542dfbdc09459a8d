"""`studycli quiz`, `studycli stats` and `studycli cards`: the daily spaced-repetition habit."""

from __future__ import annotations

from typing import Annotated

import typer

from studycli.cli.common import DbOption, JsonOption, console, open_store
from studycli.cli.completion import complete_service
from studycli.quiz import MAX_LIMIT, MAX_NEW  # shared with the fast path

ServiceOption = Annotated[
    str | None,
    typer.Option("--service", "-s", autocompletion=complete_service,
                 help="Only cards of this service.")]


def _service(name: str | None) -> str | None:
    from studycli.quiz import service_key

    return service_key(name)


def quiz(
    new: Annotated[int, typer.Option(
        "--new", min=0, max=MAX_NEW, help="New cards per day.")] = 20,
    limit: Annotated[int | None, typer.Option(
        "--limit", min=1, max=MAX_LIMIT, help="At most this many cards this session.")] = None,
    service: ServiceOption = None,
    cram: Annotated[bool, typer.Option(
        "--cram", help="Review any cards now; the schedule is left untouched.")] = False,
    missed: Annotated[bool, typer.Option(
        "--missed", help="Cram what you missed: the last exam's facts, then quiz cards "
                         "answered wrong in the last 7 days.")] = False,
    retention: Annotated[float, typer.Option(
        "--retention", min=0.7, max=0.99, help="Desired retention for scheduling.")] = 0.9,
    as_written: Annotated[bool, typer.Option(
        "--as-written", help="Drill your notes verbatim, even values AWS has since changed "
                             "(by default such cards ask the current value).")] = False,
    db: DbOption = None,
) -> None:
    """Today's due reviews, then new cards. Keys: 1-4/a-d answer, space reveal, u undo,
    f flag, s suspend, q quit."""
    from studycli.app.clock import SYSTEM_CLOCK
    from studycli.app.quiz import run_quiz
    from studycli.quiz.session import QuizOptions
    from studycli.ui.keyinput import default_reader
    from studycli.ui.quiz_loop import QuizScreen

    options = QuizOptions(new=new, limit=limit, service=_service(service), cram=cram,
                          desired_retention=retention, as_written=as_written)
    code = run_quiz(open_store(db), options, default_reader(), SYSTEM_CLOCK,
                    QuizScreen(console), missed=missed)
    if code:
        raise typer.Exit(code)


def stats(db: DbOption = None, json: JsonOption = False) -> None:
    """Cards by state, reviews, retention, streak, due forecast and weakest services."""
    from studycli.commands import show_stats

    show_stats(db, json)


def cards(
    flagged: Annotated[bool, typer.Option(
        "--flagged",
        help="Only cards flagged as wrong or unclear, with their note lines.")] = False,
    service: ServiceOption = None,
    db: DbOption = None,
    json: JsonOption = False,
) -> None:
    """List quiz cards (with --flagged: the ones to fix in your notes)."""
    from studycli.commands import show_cards

    show_cards(db, flagged, service, json)


def register(app: typer.Typer) -> None:
    app.command("quiz")(quiz)
    app.command("stats")(stats)
    app.command("cards")(cards)
