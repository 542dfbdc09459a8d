"""`studycli exam`: practice exams (placeholder until the exam lands)."""

import typer


def register(app: typer.Typer) -> None:
    pass
