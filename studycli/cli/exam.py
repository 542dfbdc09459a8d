"""`studycli exam`: a timed practice exam, its export, its JSON, and past results.

The options are typer's (the documented interface, --help); the body is
studycli.app.exam_command, which the fast path (fastpath/exam.py) runs too."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from studycli.cli.common import DbOption, JsonOption
from studycli.cli.completion import complete_profile, complete_service


def exam(
    profile: Annotated[str | None, typer.Option(
        "--profile", "-p", autocompletion=complete_profile,
        help="saa-c03, dva-c02, clf-c02 or quick (default saa-c03).")] = None,
    questions: Annotated[int | None, typer.Option(
        "--questions", "-n", help="Number of questions (default: the profile's).")] = None,
    minutes: Annotated[int | None, typer.Option(
        "--minutes", "-m", help="Time allowed (default: the profile's).")] = None,
    service: Annotated[str | None, typer.Option(
        "--service", "-s", autocompletion=complete_service,
        help="Only questions about this service.")] = None,
    seed: Annotated[int | None, typer.Option(
        "--seed", help="Same seed, same exam (default: a new one, shown).")] = None,
    export: Annotated[Path | None, typer.Option(
        "--export",
        help="Write a printable Markdown exam with the answer key; do not start.")] = None,
    force: Annotated[bool, typer.Option(
        "--force", help="Let --export replace an existing file.")] = False,
    history: Annotated[bool, typer.Option(
        "--history", help="Past attempts and the trend.")] = False,
    as_written: Annotated[bool, typer.Option(
        "--as-written", help="Ask your notes verbatim, even values AWS has since changed "
                             "(by default such questions key the current value).")] = False,
    db: DbOption = None,
    json: JsonOption = False,
) -> None:
    """Take a timed practice exam built from your notes."""
    from studycli.app.exam_command import ExamRequest, exam_command
    from studycli.ui.exam_output import ConsoleExamOutput

    exam_command(ExamRequest(profile=profile, questions=questions, minutes=minutes,
                             service=service, seed=seed, export=export, force=force,
                             history=history, as_written=as_written, db=db, json=json),
                 ConsoleExamOutput())


def register(app: typer.Typer) -> None:
    app.command("exam")(exam)
