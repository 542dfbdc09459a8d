"""Where `studycli exam` prints (app.exam_command's ExamOutput). Rich is imported only for
what people read: `exam --json` and the notes on stderr are plain writes, so the JSON path
starts fast. Every piece of note text is cleaned of escape bytes (studycli.sanitize)."""

from __future__ import annotations

import sys
from pathlib import Path


class ConsoleExamOutput:
    def drawing(self, profile, seed: int) -> None:
        """The first line of an exam to take, before it is drawn (a full exam takes a moment
        to draw): plain, so it shows before Rich is even imported. "Up to": notes that make
        fewer questions give a shorter exam, which the draw's first note then says."""
        sys.stdout.write(f"Drawing up to {profile.questions} questions from your notes "
                         f"(seed {seed})...\n")
        sys.stdout.flush()

    def note(self, line: str) -> None:
        from studycli.sanitize import safe_text

        text = safe_text(f"note: {line}")
        if sys.stderr.isatty():  # wrapped at words, not cut mid-word by the terminal
            import shutil
            import textwrap

            width = shutil.get_terminal_size().columns - 1
            # never inside a word: a web address cut at a hyphen cannot be opened
            text = textwrap.fill(text, width=max(40, width), subsequent_indent="      ",
                                 break_long_words=False, break_on_hyphens=False)
        sys.stderr.write(text + "\n")
        sys.stderr.flush()

    def json(self, data) -> None:
        from studycli.sanitize import safe_json

        sys.stdout.write(safe_json(data, indent=2) + "\n")

    def exported(self, paper, path: Path) -> None:
        from studycli.ui.console import console

        count = len(paper.questions)
        console().print(f"Wrote {count} question{'' if count == 1 else 's'} with the answer key "
                        f"to {path} (seed {paper.seed}).", markup=False)

    def history(self, attempts: list[dict], trend: dict, as_json: bool) -> None:
        if as_json:
            self.json({"attempts": attempts, "trend": trend})
            return
        from studycli.ui.console import console
        from studycli.ui.exam_view import render_history

        console().print(render_history(attempts, trend))

    def discarded(self, attempt: dict) -> None:
        from studycli.sanitize import safe_text
        from studycli.ui.exam_view import history_verdict

        kind = history_verdict(attempt)
        sys.stdout.write(safe_text(
            f"Discarded the {attempt['profile']} attempt of "
            f"{attempt['finished_at'][:16].replace('T', ' ')} ({attempt['raw']}/"
            f"{attempt['questions']}, {kind}): gone from --history, the trend and readiness.")
            + "\n")

    def keys(self):
        from studycli.ui.keyinput import default_reader

        return default_reader()

    def screen(self):
        from studycli.ui.console import console
        from studycli.ui.exam_loop import ExamScreen

        return ExamScreen(console())
