"""Ctrl-C during a write: the interrupt survives, never replaced by a failed ROLLBACK (nuB31)."""

from __future__ import annotations

import io
import sqlite3
from types import SimpleNamespace
from typing import Any

import pytest

from studycli.cli import common  # imported before a test swaps sys.stderr
from studycli.model import ParsedNote
from studycli.store import cards, facts, gone_notes, note_lines, source_files
from studycli.store.db import connect


class _CtrlCAfterCommit:
    """A connection on which Ctrl-C lands just after COMMIT ran, before the `try` ends:
    the moment an ingest of a 400-note folder met at random."""

    def __init__(self, conn: sqlite3.Connection) -> None:
        self._conn = conn

    def __getattr__(self, name):
        return getattr(self._conn, name)

    def execute(self, sql, *args):
        cursor = self._conn.execute(sql, *args)
        if sql == "COMMIT":
            raise KeyboardInterrupt
        return cursor


def _note_stored(conn) -> None:
    conn.execute("INSERT INTO sources (path, sha256, ingested_at, facts, comparisons) "
                 "VALUES ('n.md', 'x', '2026-12-05', 0, 0)")


def _store(conn) -> Any:
    """A Store as far as the writers use one: its connection."""
    return SimpleNamespace(conn=conn)


WRITES = {
    "facts.replace_source": lambda c: facts.replace_source(
        _store(c), ParsedNote(source="n.md", facts=[], comparisons=[]), "x"),
    "note_lines.replace_lines": lambda c: note_lines.replace_lines(c, "n.md", ["a line"]),
    "gone_notes.forget": lambda c: gone_notes.forget(c, "n.md"),
    "source_files.record": lambda c: source_files.record(c, "file", {"n.md": "other.md"}),
    "cards.write": lambda c: cards.write(SimpleNamespace(conn=c), lambda conn: None),
}


@pytest.mark.parametrize("write", WRITES.values(), ids=list(WRITES))
def test_ctrl_c_after_commit_is_still_an_interrupt(write, tmp_path):
    db = connect(tmp_path / "s.db")
    _note_stored(db.conn)
    with pytest.raises(KeyboardInterrupt):  # was sqlite3.OperationalError: cannot rollback
        write(_CtrlCAfterCommit(db.conn))
    assert not db.conn.in_transaction


class _Terminal(io.StringIO):
    """stderr on a terminal of its own: file descriptor 99."""

    def isatty(self) -> bool:
        return True

    def fileno(self) -> int:
        return 99


LONG = ("interrupted; notes stored before Ctrl-C are kept: run the same ingest again to finish "
        "(it skips notes already stored)")


def _terminal(monkeypatch, columns: int = 80, stdout_columns: int = 200) -> _Terminal:
    """stderr swapped for a terminal `columns` wide, inside the test (pytest's capture,
    resumed after a fixture's setup, would put its own stream back); stdout's (shutil's
    answer) is 200 wide unless said, so a width read from stdout shows."""
    import os
    import shutil
    import sys

    stream = _Terminal()
    monkeypatch.setattr(sys, "stderr", stream)
    monkeypatch.setattr(shutil, "get_terminal_size",
                        lambda *a, **k: os.terminal_size((stdout_columns, 24)))

    def size(fd: int = 1) -> os.terminal_size:
        return os.terminal_size((columns if fd == 99 else stdout_columns, 24))

    monkeypatch.setattr(os, "get_terminal_size", size)
    return stream


def _lines_fit_at_words(text: str) -> None:
    lines = text.removeprefix("\r\x1b[K").rstrip("\n").split("\n")
    assert len(lines) > 1 and all(len(line) < 80 for line in lines)
    words = " ".join(line.strip() for line in lines).split()
    assert words == f"studycli: {LONG}".split()  # no word cut in two


def test_a_failure_line_on_a_terminal_wraps_at_words_after_the_echoed_ctrl_c(monkeypatch):
    """The terminal cut the line at column 80 after its "^C": 'run the same inges' / 't'.
    The line starts at column 0 of the cursor's line, cleared, not after a newline: the quiz
    echoes no "^C", and a newline left a blank line before the message."""
    from studycli.fastpath.guard import fail

    terminal = _terminal(monkeypatch)
    assert fail(LONG, after_ctrl_c=True) == 1
    assert terminal.getvalue().startswith("\r\x1b[Kstudycli: interrupted;")
    _lines_fit_at_words(terminal.getvalue())


def test_the_typer_paths_failure_line_wraps_the_same(monkeypatch):
    from studycli.ui.console import make_console

    terminal = _terminal(monkeypatch)
    monkeypatch.setattr(common, "err_console", make_console(stderr=True, soft_wrap=True),
                        raising=False)
    common.fail(LONG, after_ctrl_c=True)
    assert terminal.getvalue().startswith("\r\x1b[Kstudycli: interrupted;")
    _lines_fit_at_words(terminal.getvalue())


def test_a_failure_line_in_a_pipe_stays_one_line(capsys):
    from studycli.fastpath.guard import fail

    fail(LONG, after_ctrl_c=True)
    assert capsys.readouterr().err == f"studycli: {LONG}\n"


def test_a_failure_line_is_wrapped_at_stderrs_width_not_stdouts(monkeypatch):
    """With stdout sent to a file, the width came from stdout's default (80): on a 60-column
    terminal the line was wrapped at 79 and cut again by the terminal."""
    from studycli.stderr_line import failure_text

    _terminal(monkeypatch, columns=60)
    lines = failure_text(LONG).split("\n")
    assert len(lines) > 2 and all(len(line) < 60 for line in lines), lines


def test_a_terminal_of_unknown_width_gets_the_one_line(monkeypatch):
    import sys

    from studycli.stderr_line import failure_text

    class NoSize(_Terminal):
        def fileno(self) -> int:
            raise io.UnsupportedOperation("fileno")

    monkeypatch.setattr(sys, "stderr", NoSize())
    assert failure_text(LONG) == f"studycli: {LONG}"


def test_a_wrapped_line_never_breaks_inside_a_command_or_a_path(monkeypatch):
    """A newline and ten spaces inside "`studycli exam --discard last`" or a path holding
    spaces left neither copyable."""
    from studycli.stderr_line import failure_text

    _terminal(monkeypatch, columns=60, stdout_columns=60)
    command = "`studycli exam --discard last`"
    said = failure_text("interrupted; the questions answered so far are saved as this "
                        f"attempt, marked interrupted ({command} removes it)")
    assert any(command in line for line in said.split("\n")), said
    path = "/tmp/my study notes/week 1/storage and databases.md"
    said = failure_text(f"cannot read the notes you named, {path}: permission denied")
    assert any(path in line for line in said.split("\n")), said
    assert said.split("\n")[0].startswith("studycli: cannot read")


def test_every_ctrl_c_line_starts_the_same_way(monkeypatch, tmp_path):
    """The exam's Ctrl-C (Interrupted, a StudyError) and lookup's were said as a plain
    failure, past an echoed "^C" (finding 8 of the nuB31 review)."""
    from studycli.errors import Interrupted
    from studycli.fastpath import lookup as fast_lookup
    from studycli.fastpath.guard import guarded

    terminal = _terminal(monkeypatch)

    def exam() -> int:
        raise Interrupted("interrupted; the questions answered so far are saved")

    assert guarded(exam) == 1
    assert terminal.getvalue().startswith("\r\x1b[Kstudycli: interrupted;"), terminal.getvalue()

    def ctrl_c(*_a, **_k):
        raise KeyboardInterrupt

    terminal = _terminal(monkeypatch)
    monkeypatch.setattr(fast_lookup, "open_for_lookup", ctrl_c)
    assert fast_lookup.main(["sqs", "--db", str(tmp_path / "s.db")]) == 1
    assert terminal.getvalue() == "\r\x1b[Kstudycli: interrupted\n", terminal.getvalue()


def test_the_typer_path_says_an_exams_ctrl_c_the_same_way(monkeypatch):
    import studycli.cli as cli
    from studycli.errors import Interrupted
    from studycli.ui.console import make_console

    def exam(**_kw):
        raise Interrupted("interrupted; the questions answered so far are saved")

    terminal = _terminal(monkeypatch)
    monkeypatch.setattr(common, "err_console", make_console(stderr=True, soft_wrap=True),
                        raising=False)
    monkeypatch.setattr(cli, "app", exam)
    assert cli.run(["exam"]) == 1
    assert terminal.getvalue().startswith("\r\x1b[Kstudycli: interrupted;"), terminal.getvalue()
