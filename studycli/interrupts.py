"""What Ctrl-C kept, said in the one line every command ends with when interrupted.

One generic "everything answered so far is saved" was said after Ctrl-C in an export (which
asks nothing) and an import (which keeps nothing): a student looks for answers that were
never asked, or, not told that an ingest keeps its finished notes, runs it from scratch."""

from __future__ import annotations

INTERRUPTED = "interrupted"
_ANSWERS_KEPT = "interrupted; every answer given so far is saved"
_WRITTEN_WHOLE = "interrupted; an export is written whole or not at all: run it again"

KEPT_ON_INTERRUPT = {
    # answers are committed as they are given (quiz.session, app.drill); the exam says its
    # own (app.exam: the attempt saved as interrupted, or nothing when nothing was answered)
    "quiz": _ANSWERS_KEPT,
    # `compare` shows a table, or drills (`--drill`): said so that it is true of both
    "compare": "interrupted; a drill's answers given so far are saved",
    # one transaction per note (ingest.py)
    "ingest": "interrupted; notes stored before Ctrl-C are kept: run the same ingest again "
              "to finish (it skips notes already stored)",
    # a temporary file, then a rename (cli/export.py, progress.export_progress)
    "export": _WRITTEN_WHOLE,
    "progress export": _WRITTEN_WHOLE,
    # one transaction (store.progress.merge)
    "progress import": "interrupted; an import is all or nothing: nothing was changed, run "
                       "it again",
}


def interrupted_message(args: list[str]) -> str:
    """What Ctrl-C kept for the command `args` names (a group's subcommand first)."""
    words = [a for a in args if a and not a.startswith("-")][:2]
    said = KEPT_ON_INTERRUPT.get(" ".join(words))
    return said or KEPT_ON_INTERRUPT.get(words[0] if words else "", INTERRUPTED)
