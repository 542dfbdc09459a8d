"""The first command on a new database builds it from the shipped notes, which takes seconds:
a terminal is told so on stderr (a new user sat before a blank screen); a pipe is not."""

from __future__ import annotations

import io

from studycli.database import ensure_database


class _Terminal(io.StringIO):
    def isatty(self) -> bool:
        return True


def test_a_terminal_is_told_the_first_database_is_being_built(tmp_path, monkeypatch,
                                                             few_samples):
    err = _Terminal()
    monkeypatch.setattr("sys.stderr", err)
    db = ensure_database(tmp_path / "new.db")
    db.close()
    assert "shipped sample notes" in err.getvalue()
    again = _Terminal()
    monkeypatch.setattr("sys.stderr", again)
    ensure_database(tmp_path / "new.db", readonly=True).close()
    assert again.getvalue() == ""  # built once: said once


def test_a_pipe_is_not_told(tmp_path, monkeypatch, few_samples):
    err = io.StringIO()
    monkeypatch.setattr("sys.stderr", err)
    ensure_database(tmp_path / "new.db").close()
    assert err.getvalue() == ""
