"""Key input for every interactive loop (quiz, exam, compare drill): the one KeyReader.

Loops never read stdin themselves; they are handed a reader. `read(timeout)` returns a key
name ("1", "a", "enter", "space", "left", "right", "up", "down", "esc", "backspace", or a
whole typed line in line mode), None when `timeout` seconds pass without a key, and raises
EOFError when the input is exhausted (Ctrl-D, or a script out of lines): the one end-of-input
rule; each loop decides what it means (the quiz quits with every answer saved).
`interactive` is true for single key presses, false for lines.
"""

from __future__ import annotations

import gc
import os
import select
import sys
from typing import Protocol, TextIO


class KeyReader(Protocol):
    def read(self, timeout: float | None = None) -> str | None: ...


class LineKeys:
    """One key per line (for pipes, scripts and tests). Blocking: a timeout is not honoured."""

    interactive = False

    def __init__(self, stream: TextIO | None = None):
        self.stream = stream if stream is not None else sys.stdin

    def read(self, timeout: float | None = None) -> str | None:
        gc.enable()  # start-up is over (entry.QUIET_GC)
        line = self.stream.readline()
        if line == "":
            raise EOFError
        text = line.strip()
        return text.lower() if text else "enter"


class ScriptedKeys:
    """Keys from a list; None entries stand for "the timeout passed". For tests."""

    interactive = False

    def __init__(self, keys, on_read=None):
        self.keys = list(keys)
        self.on_read = on_read  # e.g. advance a fake clock per key

    def read(self, timeout: float | None = None) -> str | None:
        if not self.keys:
            raise EOFError
        key = self.keys.pop(0)
        if self.on_read:
            self.on_read(key)
        return key


_ESCAPES = {"[A": "up", "[B": "down", "[C": "right", "[D": "left", "OA": "up", "OB": "down",
            "OC": "right", "OD": "left"}


class TtyKeys:
    """Single keys from a terminal in cbreak mode: for a whole session as a context manager,
    or, outside one, only while each key is awaited (always restored, so Ctrl-C still
    interrupts and a crash cannot leave the terminal unusable)."""

    interactive = True

    def __init__(self, fd: int | None = None):
        self.fd = sys.stdin.fileno() if fd is None else fd
        self._saved: list | None = None

    def __enter__(self) -> TtyKeys:
        import termios
        import tty

        self._saved = termios.tcgetattr(self.fd)
        tty.setcbreak(self.fd)
        return self

    def __exit__(self, *exc) -> None:
        import termios

        if self._saved is not None:
            termios.tcsetattr(self.fd, termios.TCSADRAIN, self._saved)
            self._saved = None

    def _ready(self, timeout: float | None) -> bool:
        ready, _, _ = select.select([self.fd], [], [], timeout)
        return bool(ready)

    def read(self, timeout: float | None = None) -> str | None:
        gc.enable()  # start-up is over (entry.QUIET_GC)
        if self._saved is not None:
            return self._read(timeout)
        with self:
            return self._read(timeout)

    def _read(self, timeout: float | None) -> str | None:
        if not self._ready(timeout):
            return None
        data = os.read(self.fd, 1)
        if not data:
            raise EOFError
        while data[0] >= 0xC0 and len(data) < 4:  # the rest of a UTF-8 character
            try:
                data.decode("utf-8")
                break
            except UnicodeDecodeError:
                data += os.read(self.fd, 1)
        ch = data.decode("utf-8", errors="replace")
        if ch == "\x1b":
            seq = ""
            while len(seq) < 2 and self._ready(0.03):
                seq += os.read(self.fd, 1).decode("utf-8", errors="replace")
            return _ESCAPES.get(seq, "esc")
        if ch in ("\r", "\n"):
            return "enter"
        if ch == " ":
            return "space"
        if ch in ("\x7f", "\x08"):
            return "backspace"
        if ch == "\x03":
            raise KeyboardInterrupt
        if ch == "\x04":
            raise EOFError
        return ch.lower()


def default_reader(stdin: TextIO | None = None):
    """A terminal gets single keys; anything else (a pipe, a test) gets lines."""
    stdin = stdin or sys.stdin
    try:
        if stdin.isatty():
            return TtyKeys(stdin.fileno())
    except (AttributeError, ValueError, OSError):
        pass
    return LineKeys(stdin)
