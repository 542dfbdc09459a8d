"""`studycli exam`: a timed practice exam, its export, its JSON, and past results."""

from __future__ import annotations

from datetime import UTC
from pathlib import Path
from typing import Annotated

import typer

from studycli.cli.common import DbOption, JsonOption, console, err_console, open_store, print_json
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
    from studycli.errors import StudyError
    from studycli.exam.profiles import get_profile

    if export is not None and (json or history):
        other = "--json" if json else "--history"
        raise StudyError(f"--export writes a Markdown exam and cannot be combined with {other}; "
                         "drop one of them")
    if export is not None:
        _check_export_path(export, force)
    if history:
        return _history(db, json)
    chosen = get_profile(profile).with_overrides(questions, minutes)
    canonical = None
    if service:
        from studycli.services import canonical_service

        canonical = canonical_service(service)
        if canonical is None:
            raise StudyError(f"unknown service {service!r}; `studycli facts` lists the services")
    if seed is None:
        import secrets

        seed = secrets.randbelow(1_000_000)
    from studycli.exam.generate import generate_exam, load_pool

    store = open_store(db)
    paper = generate_exam(load_pool(store, as_written=as_written), chosen, seed, canonical)
    if len(paper.questions) < chosen.questions:
        err_console.print(f"note: your notes make {len(paper.questions)} questions, not "
                          f"{chosen.questions}", markup=False)
    for line in paper.notes:
        err_console.print(f"note: {line}", markup=False)
    if json:
        print_json(paper.to_json())
        return
    if export:
        _export(paper, export)
        return
    _take(store, paper)


def _check_export_path(path: Path, force: bool) -> None:
    """Before the exam is drawn: an existing file is kept unless --force, and a symlink is
    never written through (it could point at any file the student owns)."""
    from studycli.errors import StudyError

    target = path.expanduser()
    if target.is_symlink():
        raise StudyError(f"{path} is a symbolic link; --export does not write through links: "
                         "give the path of a regular file")
    if target.exists() and not force:
        raise StudyError(f"{path} already exists; choose another file or add --force to "
                         "replace it")
    if target.exists() and not target.is_file():
        raise StudyError(f"{path} is not a regular file; choose another path")


def _export(paper, path: Path) -> None:
    import os

    from studycli.errors import StudyError
    from studycli.exam.export import to_markdown

    target = path.expanduser()
    text = to_markdown(paper).encode("utf-8")
    # O_NOFOLLOW: a link put in place after the check is refused too.
    flags = os.O_WRONLY | os.O_CREAT | os.O_TRUNC | getattr(os, "O_NOFOLLOW", 0)
    try:
        fd = os.open(target, flags, 0o644)
        with os.fdopen(fd, "wb") as out:
            out.write(text)
    except OSError as exc:
        raise StudyError(f"cannot write {path}: {exc.strerror}") from None
    console.print(f"Wrote {len(paper.questions)} questions with the answer key to {path} "
                  f"(seed {paper.seed}).", markup=False)


def _take(store, paper, keys=None, clock=None) -> None:
    import time
    from datetime import datetime

    from studycli.exam.scoring import score
    from studycli.exam.session import ExamSession
    from studycli.store.exams import save_attempt
    from studycli.ui.exam_loop import run_exam
    from studycli.ui.exam_view import render_results, render_review
    from studycli.ui.keyinput import default_reader

    def now() -> str:
        return datetime.now(UTC).isoformat(timespec="seconds")

    keys = keys or default_reader()
    session = ExamSession.start(paper, clock or time.monotonic)
    started_at = now()
    minutes = f"{paper.minutes} minute" + ("" if paper.minutes == 1 else "s")
    console.print(f"{paper.title or paper.profile}: {len(paper.questions)} questions, "
                  f"{minutes}, seed {paper.seed}.", markup=False, style="bold")
    if getattr(keys, "interactive", False):
        with keys:
            run_exam(session, keys, console)
    else:
        run_exam(session, keys, console)
    answers = session.answers()
    if not any(answers):
        # A blank exam is a mistake or a look at the questions, not a result to keep.
        console.print("No question was answered: the attempt was not saved.", markup=False)
        return
    result = score(paper, answers, timed_out=session.timed_out, seconds=session.elapsed())
    save_attempt(store, result, paper, answers, session.flagged, started_at, now())
    console.print(render_results(result))
    console.print(render_review(result))


def _history(db, json: bool) -> None:
    from studycli.exam.history import trend
    from studycli.store.exams import list_attempts

    attempts = list_attempts(open_store(db))
    summary = trend(attempts)
    if json:
        print_json({"attempts": attempts, "trend": summary})
        return
    from studycli.ui.exam_view import render_history

    console.print(render_history(attempts, summary))


def register(app: typer.Typer) -> None:
    app.command("exam")(exam)
