"""The body of `studycli exam`, shared by the typer command (cli/exam.py) and its typer-free
fast path (fastpath/exam.py), so the two cannot drift apart. Output goes through an
ExamOutput (ui/exam_output.py), which imports Rich only for what people read: `--json`
never loads it."""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

from studycli.app.clock import SYSTEM_CLOCK, Clock
from studycli.errors import StudyError, UsageProblem
from studycli.paths import expand_home

TYPE_CHECKING = False
if TYPE_CHECKING:  # for the type checker only: `typing` costs every exam run ~2 ms to import
    from typing import Protocol

    class ExamOutput(Protocol):
        def drawing(self, profile, seed: int) -> None: ...
        def note(self, line: str) -> None: ...
        def json(self, data) -> None: ...
        def exported(self, paper, path: Path) -> None: ...
        def history(self, attempts: list[dict], trend: dict, as_json: bool) -> None: ...
        def discarded(self, attempt: dict) -> None: ...
        def keys(self): ...
        def screen(self): ...


@dataclass
class ExamRequest:
    """The options of `studycli exam`, as the typer command and the fast path take them."""

    profile: str | None = None
    questions: int | None = None
    minutes: int | None = None
    service: str | None = None
    seed: int | None = None
    export: Path | None = None
    force: bool = False
    history: bool = False
    discard: str | None = None
    as_written: bool = False
    db: Path | None = None
    json: bool = False


def exam_command(request: ExamRequest, out: ExamOutput, clock: Clock | None = None) -> None:
    """Print past attempts, an exam as JSON, write it as Markdown, or take it. Raises
    StudyError for anything the student must change."""
    from studycli.app.exam_paper import draw_exam, new_seed, plan_exam
    from studycli.database import ensure_database

    if request.export is not None and (request.json or request.history):
        other = "--json" if request.json else "--history"
        raise UsageProblem(f"--export writes a Markdown exam and cannot be combined with {other}; "
                           "drop one of them", "exam")
    if request.export is not None:
        check_export_path(request.export, request.force)
    if request.discard is not None:
        _discard(request, out)
        if not request.history:
            return
    if request.history:
        from studycli.app.exam import exam_history

        out.history(*exam_history(ensure_database(request.db)), request.json)
        return
    profile, service = plan_exam(request.profile, request.questions, request.minutes,
                                 request.service)
    seed = request.seed if request.seed is not None else new_seed()
    store = ensure_database(request.db)
    taking = not (request.json or request.export)
    if taking:  # drawing a full exam takes a moment: say what is coming at once
        out.drawing(profile, seed)
    later: list = []  # keeping the drawn exam for next time waits until it is shown
    paper, notes = draw_exam(store, profile, service, seed, request.as_written, later)
    for line in notes:
        out.note(line)
    if request.json:
        out.json(paper.to_json())
    elif request.export:
        write_export(paper, request.export)
        out.exported(paper, request.export)
    if not taking:
        for work in later:
            work()
        return
    _take(store, paper, out, later, notes, clock or SYSTEM_CLOCK)


def _take(store, paper, out: ExamOutput, later: list, notes: list[str], clock: Clock) -> None:
    """Take the drawn exam; its draw's notes are said again above a live exam's last score."""
    from studycli.app.exam import take_exam

    keys = out.keys()
    screen = out.screen()
    if getattr(keys, "interactive", False):
        # the live exam cleared its notes at the first key (exam_loop._cleared): they say
        # why this exam is shorter than the profile's, which the results should not hide,
        # nor push the score off the screen (so the screen says them above its last line)
        screen.notes_again = list(notes)
    # the drawn exam is kept for next time once its first question is on screen
    take_exam(store, paper, KeysAfterWork(keys, later), clock, screen)


class KeysAfterWork:
    """A key reader that first does `work` (callables) when the exam first waits for a key:
    keeping a drawn exam (writing its JSON, some ms) waits until the student sees its
    first question, as `exam --json` keeps it after printing. Otherwise the reader it wraps
    (its single-key mode for the whole exam, `interactive`)."""

    def __init__(self, keys, work: list) -> None:
        self._keys = keys
        self._work = work

    def read(self, timeout: float | None = None):
        while self._work:
            self._work.pop(0)()
        return self._keys.read(timeout)

    def __getattr__(self, name: str):
        return getattr(self._keys, name)

    def __enter__(self):
        self._keys.__enter__()
        return self

    def __exit__(self, *exc):
        return self._keys.__exit__(*exc)


def _discard(request: ExamRequest, out: ExamOutput) -> None:
    """`exam --discard ID|last`: remove one past attempt and say which."""
    from studycli.app.exam import discard_attempt
    from studycli.database import ensure_database

    if request.export is not None or request.json:
        raise UsageProblem("--discard removes a past attempt and cannot be combined with "
                           "--export or --json; drop one of them", "exam")
    ident = (request.discard or "").strip()
    if not ident:  # an empty $ID in a script must not discard the last attempt
        raise UsageProblem("--discard needs an attempt's id (shown by `exam --history`) or "
                           "'last'", "exam")
    out.discarded(discard_attempt(ensure_database(request.db),
                                  "last" if ident.lower() == "last" else ident))


def check_export_path(path: Path, force: bool) -> None:
    """Before the exam is drawn: an existing file is kept unless --force, and a symlink is
    never written through (it could point at any file the student owns)."""
    target = expand_home(path)
    if target.is_symlink():
        raise StudyError(f"{path} is a symbolic link; --export does not write through links: "
                         "give the path of a regular file")
    if target.is_dir():  # never replaced, --force or not: said first, as `export` says it
        raise StudyError(f"{path} is a directory; give a file name")
    if target.exists() and not force:
        raise StudyError(f"{path} already exists; choose another file or add --force to "
                         "replace it")
    if target.exists() and not target.is_file():
        raise StudyError(f"{path} is not a regular file; choose another path")
    if not target.parent.is_dir():  # said before the exam is drawn, in `export`'s words
        raise StudyError(f"no such folder: {target.parent}; check the path, or create it "
                         f"first (mkdir -p '{target.parent}')")
    if not os.access(target.parent, os.W_OK):  # a read-only disk or folder: said first too
        raise StudyError(f"cannot write {path}: its folder {target.parent} cannot be written "
                         "(a read-only disk or folder); choose another path")


def write_export(paper, path: Path) -> None:
    """The printable Markdown exam with its answer key."""
    import os

    from studycli.exam.export import to_markdown

    target = expand_home(path)
    text = to_markdown(paper).encode("utf-8")
    # O_NOFOLLOW: a link put in place after the check is refused too.
    flags = os.O_WRONLY | os.O_CREAT | os.O_TRUNC | getattr(os, "O_NOFOLLOW", 0)
    try:
        fd = os.open(target, flags, 0o644)
        with os.fdopen(fd, "wb") as out:
            out.write(text)
    except OSError as exc:
        raise StudyError(f"cannot write {path}: {exc.strerror}") from None
