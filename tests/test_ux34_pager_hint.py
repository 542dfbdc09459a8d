"""`stats` taller than the terminal goes through less, whose prompt was a bare ":": a new user
saw no way out. less is started with a prompt naming the keys that page and quit, unless the
student's $LESS sets a prompt of their own; another pager is left as it is."""

from __future__ import annotations

import io
import shlex
import stat
import sys

import pytest

from studycli.commands import show_stats
from studycli.ui import console as console_module
from studycli.ui import pager
from studycli.ui.console import make_console

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="pipes a shell command")


def _paged_env(tmp_path, monkeypatch, name: str, less: str | None) -> str:
    """$LESS as the pager `name` (a script standing in for it) was started with, for `stats`
    on a 24-row terminal."""
    from tests.helpers import note_db

    db = note_db(tmp_path, "# SQS\n\n- max message size 256 KB\n- retention max 14 days\n")
    seen = tmp_path / "env.txt"
    script = tmp_path / "bin" / name
    script.parent.mkdir()
    script.write_text(f'#!/bin/sh\nprintf "%s" "${{LESS-unset}}" > {shlex.quote(str(seen))}\n'
                      "cat > /dev/null\n")
    script.chmod(script.stat().st_mode | stat.S_IEXEC)
    if less is None:
        monkeypatch.delenv("LESS", raising=False)
    else:
        monkeypatch.setenv("LESS", less)
    printed = io.StringIO()
    out = make_console(file=printed, force_terminal=True, width=80, height=24)
    monkeypatch.setattr(console_module, "_STDOUT", out)
    monkeypatch.setattr(pager, "pipe_command", lambda: shlex.quote(str(script)))
    show_stats(db, as_json=False)
    assert printed.getvalue() == ""  # it went to the pager
    return seen.read_text()


def test_stats_in_less_says_how_to_page_and_quit(tmp_path, monkeypatch):
    less = _paged_env(tmp_path, monkeypatch, "less", None)
    assert f"-Ps{pager.PROMPT}$" in less and "q\\: quit" in pager.PROMPT


def test_the_students_own_less_options_are_kept_and_their_prompt_wins(tmp_path, monkeypatch):
    assert _paged_env(tmp_path, monkeypatch, "less", "-R").startswith("-R -Ps")
    (tmp_path / "bin" / "less").unlink()
    (tmp_path / "bin").rmdir()
    assert _paged_env(tmp_path, monkeypatch, "less", "-RPsmine$") == "-RPsmine$"


def test_another_pager_is_left_as_it_is(tmp_path, monkeypatch):
    assert _paged_env(tmp_path, monkeypatch, "most", None) == "unset"


def test_less_named_with_options_or_a_path_is_less():
    for command in ("less -R", "/usr/bin/less", "'less'"):
        env = pager.prompt_env(command, {"TERM": "xterm"})
        assert env is not None and env["LESS"] == f"-Ps{pager.PROMPT}$-Pm{pager.PROMPT}$"
    assert pager.prompt_env("less", {"LESS": "--prompt=x"}) is None
    assert pager.prompt_env("lesspipe", {}) is None
