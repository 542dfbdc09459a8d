"""Long output on a terminal, handed to the pager part by part as it is laid out.

Rich's pager (`Console.pager`, which calls pydoc's) collects the whole output before it starts
the pager: `studycli facts` laid out all its thousand-odd rows (several seconds of CPU on a
loaded machine, 55x a bare Python start-up) before a student saw its first screen. Here the
pager is the one pydoc would pick, started first, and each part's text is written to it as
soon as that part is laid out, so less shows the first screen while the rest is still being
laid out; when the student quits early, the rest is never laid out. The text is Rich's
pager's, byte for byte: each part is rendered into the console's buffer and its styles are
stripped, as Console.pager(styles=False) does for the whole.

Only the common case is streamed: Python before 3.13 (whose pydoc pipes to $MANPAGER,
$PAGER or less as it is) with a terminal on stdin and stdout. Elsewhere (a dumb terminal, no
less, Windows, pydoc's newer pager that sets its own $LESS prompt) Rich's pager is used as
before, so what the student sees never depends on this module.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Callable, Iterable
from contextlib import nullcontext


def pipe_command() -> str | None:
    """The command pydoc.pager (Python 3.11/3.12) would pipe the text to, or None when it
    would not pipe it (it would write it plainly, or use a temporary file or its own)."""
    if sys.version_info >= (3, 13) or sys.platform in ("win32", "emscripten"):
        return None
    if not _rich_buffer_ok():
        return None  # a Rich release without the buffer this module lays parts out in
    for stream in (sys.stdin, sys.stdout):
        if not hasattr(stream, "isatty") or not stream.isatty():
            return None
    if os.environ.get("TERM") in ("dumb", "emacs"):
        return None  # pydoc strips the text's overstrikes there; left to it
    chosen = os.environ.get("MANPAGER") or os.environ.get("PAGER")
    if chosen:
        return chosen
    # pydoc's own test of whether less runs
    return "less" if os.system("(less) 2>/dev/null") == 0 else None


# less's prompt, short and medium: at the foot of each page less shows a bare ":", and a new
# user paged into `studycli stats` saw no way out of it. Said as pydoc's own pager says it
# from Python 3.13 ("press h for help or q to quit"), in less's prompt syntax: "?e...:...."
# is "at the end ... else ...", and a literal ":" is escaped.
PROMPT = r"?e(END) q quits:space\: next page, b\: back, q\: quit."


def prompt_env(command: str, environ: dict[str, str] | None = None) -> dict[str, str] | None:
    """The environment for `command` with less's prompt naming the keys that page and quit,
    when the pager is less and $LESS sets no prompt of the student's own (kept as it is);
    None (the environment as it is) for any other pager."""
    import shlex

    environ = dict(os.environ if environ is None else environ)
    try:
        program = os.path.basename(shlex.split(command)[0]) if command.strip() else ""
    except ValueError:  # an unbalanced quote: pydoc would pass it to the shell as it is
        return None
    own = environ.get("LESS", "")
    if program != "less" or "--prompt" in own or any(
            word.startswith("-") and not word.startswith("--") and "P" in word
            for word in own.split()):
        return None
    # ours first: an option of the student's that takes the rest of its word ("-o/tmp/log",
    # "-Dd+r") would take our prompt as its argument after it; theirs, read later, still win
    environ["LESS"] = f"-Ps{PROMPT}$-Pm{PROMPT}$ {own}".strip()
    return environ


def stream(command: str, texts: Iterable[str]) -> None:
    """Write each text to `command` (a shell command line, as pydoc runs it) as it comes.
    The pager quitting (a broken pipe) ends the writing; Ctrl-C while writing abandons the
    rest, and is ignored while the pager runs (it owns the terminal), as in pydoc."""
    import subprocess

    proc = subprocess.Popen(command, shell=True, stdin=subprocess.PIPE,
                            errors="backslashreplace", env=prompt_env(command))
    assert proc.stdin is not None  # piped
    pipe = proc.stdin
    try:
        for text in texts:
            # Only the pipe's errors mean the student quit the pager: an error laying out
            # the text is not swallowed as one (the listing would end early without a word).
            try:
                pipe.write(text)
                pipe.flush()
            except OSError:  # the student quit the pager: nothing more to lay out
                break
    except KeyboardInterrupt:
        pass
    finally:
        try:
            pipe.close()
        except OSError:
            pass
        while True:  # the pager owns the terminal until it ends, error or not
            try:
                proc.wait()
                break
            except KeyboardInterrupt:
                pass


def _rich_buffer_ok() -> bool:
    """plain_parts lays each part out in Rich's own console buffer (private names, the way
    Rich's pager does): when a Rich release renames them, Rich's pager is used instead."""
    from rich.console import Console

    return all(hasattr(Console, name) for name in (
        "_enter_buffer", "_exit_buffer", "_render_buffer", "_buffer"))


def plain_parts(out, parts: Iterable, emit: Callable) -> Iterable[str]:
    """Each part as the text Rich's pager (styles=False) gives it: printed by `emit` into the
    console's buffer, its styles stripped, rendered as the console renders its buffer."""
    from rich.segment import Segment

    for part in parts:
        lock = getattr(out, "_lock", None) or nullcontext()
        out._enter_buffer()
        try:
            emit(out, part)
            with lock:
                buffer = out._buffer[:]
        finally:
            # emptied even when the part was cut short (an error, Ctrl-C): what is left in
            # the buffer would be printed by _exit_buffer onto the terminal under the pager
            with lock:
                del out._buffer[:]
            out._exit_buffer()
        yield out._render_buffer(Segment.strip_styles(buffer))
