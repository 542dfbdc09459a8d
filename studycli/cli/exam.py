"""`studycli exam`: a timed practice exam, its export, its JSON, and past results.

The options come from studycli/options.py (the typer command and the fast path read the
same table); the body is studycli.app.exam_command, which the fast path (fastpath/exam.py)
runs too."""

from __future__ import annotations

import typer

from studycli.cli.spec import from_spec


@from_spec("exam")
def exam(profile, questions, minutes, service, seed, export, force, history, discard, as_written,
         db, json) -> None:
    """Take a timed practice exam built from your notes."""
    from studycli.app.exam_command import ExamRequest, exam_command
    from studycli.ui.exam_output import ConsoleExamOutput

    exam_command(ExamRequest(profile=profile, questions=questions, minutes=minutes,
                             service=service, seed=seed, export=export, force=force,
                             history=history, discard=discard, as_written=as_written, db=db,
                             json=json),
                 ConsoleExamOutput())


def register(app: typer.Typer) -> None:
    app.command("exam")(exam)
