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
    assert less == f"-Ps{pager.PROMPT}$-Pm{pager.PROMPT}$"


def test_the_students_own_less_options_are_kept_and_their_prompt_wins(tmp_path, monkeypatch):
    # ours first, so an option of theirs that takes the rest of the word cannot take ours
    assert _paged_env(tmp_path, monkeypatch, "less", "-R") == \
        f"-Ps{pager.PROMPT}$-Pm{pager.PROMPT}$ -R"
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


def _real_less(tmp_path, less: str | None) -> tuple[str, int | None]:
    """What the real less shows on a 24-row terminal when paging 100 lines piped to it (as
    `stats` pipes them), started with prompt_env's environment for $LESS `less`; and its
    exit status after q."""
    import fcntl
    import os
    import pty
    import select
    import struct
    import subprocess
    import termios
    import time

    env = pager.prompt_env("less", {"PATH": os.environ.get("PATH", ""), "TERM": "xterm",
                                    **({} if less is None else {"LESS": less})})
    assert env is not None
    master, slave = pty.openpty()
    fcntl.ioctl(slave, termios.TIOCSWINSZ, struct.pack("HHHH", 24, 80, 0, 0))

    def own_terminal() -> None:  # less reads its keys from /dev/tty: the pty
        os.setsid()
        fcntl.ioctl(slave, termios.TIOCSCTTY, 0)

    proc = subprocess.Popen("less", shell=True, stdin=subprocess.PIPE, stdout=slave,
                            stderr=slave, env=env, cwd=tmp_path, preexec_fn=own_terminal)
    os.close(slave)
    assert proc.stdin is not None
    proc.stdin.write("".join(f"row {i}\n" for i in range(100)).encode())
    proc.stdin.close()
    out = b""
    end = time.monotonic() + 60
    ready = select.poll()  # not select(): the whole suite's worker holds fds over 1024
    ready.register(master, select.POLLIN)
    while time.monotonic() < end and b"quit" not in out and proc.poll() is None:
        if ready.poll(500):
            try:
                out += os.read(master, 65536)
            except OSError:
                break
    os.write(master, b"q")
    try:
        status: int | None = proc.wait(60)
    except subprocess.TimeoutExpired:
        proc.kill()
        status = None
    os.close(master)
    return out.decode(errors="replace"), status


@pytest.mark.skipif(sys.platform != "linux", reason="a pty")
@pytest.mark.parametrize("less", [None, "-R", "--use-color -Dd+r", "-o{log}"])
def test_the_real_less_shows_the_keys_with_the_students_options(tmp_path, less):
    import shutil

    if shutil.which("less") is None:
        pytest.skip("no less")
    log = tmp_path / "logs" / "log"
    log.parent.mkdir()
    shown, status = _real_less(tmp_path, None if less is None else less.format(log=log))
    assert status == 0, shown
    assert "space: next page, b: back, q: quit" in shown, shown
    if less == "-o{log}":  # their log file, named as they named it, nothing of our prompt
        assert [p.name for p in log.parent.iterdir()] == ["log"]
        assert log.read_text().startswith("row 0\n")
