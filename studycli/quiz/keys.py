"""Key readers, injected into the quiz loop: single keys from a terminal, lines otherwise.

Both return tokens: "1".."4", "a".."d", "u", "f", "s", "q", "enter", "space", or for a line
reader the whole line ("13" picks options 1 and 3 of a multi-answer question). End of input
reads as "q", so a script that runs out of lines ends the session with its answers saved.
"""

from __future__ import annotations

import os
import sys
from typing import IO, Protocol


class KeyReader(Protocol):
    def read(self) -> str: ...


class LineKeys:
    """One token per line: for tests, scripts and pipes."""

    single = False

    def __init__(self, stream: IO[str] | None = None) -> None:
        self.stream = stream if stream is not None else sys.stdin

    def read(self) -> str:
        line = self.stream.readline()
        if line == "":
            return "q"
        token = line.strip().lower()
        return token if token else "enter"


class TtyKeys:
    """Single key presses from a terminal, without waiting for Enter.

    The terminal is put in cbreak mode only while a key is awaited and always restored, so
    Ctrl-C (SIGINT) still interrupts and a crash cannot leave the terminal unusable.
    """

    single = True

    def __init__(self, fd: int | None = None) -> None:
        self.fd = sys.stdin.fileno() if fd is None else fd

    def read(self) -> str:
        import termios
        import tty

        old = termios.tcgetattr(self.fd)
        try:
            tty.setcbreak(self.fd)
            data = os.read(self.fd, 1)
            if data == b"\x1b":  # an escape sequence (arrow keys...): read and ignore the rest
                os.set_blocking(self.fd, False)
                try:
                    os.read(self.fd, 16)
                except (BlockingIOError, OSError):
                    pass
                finally:
                    os.set_blocking(self.fd, True)
                return "esc"
            while data and data[0] >= 0xC0 and len(data) < 4:  # rest of a UTF-8 character
                try:
                    return data.decode("utf-8").lower()
                except UnicodeDecodeError:
                    data += os.read(self.fd, 1)
        finally:
            termios.tcsetattr(self.fd, termios.TCSADRAIN, old)
        if data in (b"", b"\x04"):
            return "q"  # end of input / Ctrl-D
        if data in (b"\r", b"\n"):
            return "enter"
        if data == b" ":
            return "space"
        return data.decode("utf-8", errors="replace").lower()


def default_reader() -> KeyReader:
    """Single keys on a terminal, lines otherwise."""
    try:
        if sys.stdin.isatty():
            return TtyKeys()
    except (AttributeError, ValueError):
        pass
    return LineKeys()
