"""One large note's work on several cores: each part but the first runs in a forked child,
which starts with the note already read into blocks (no copy sent, no parser to import) and
sends back only its result. The first part runs here meanwhile. (And meanwhile: work after
the parse done in a child while this process goes on, studycli/ingest_beside.py.)

Safe to stop at any moment: a child ends when this process ends, even by SIGKILL (the
kernel kills it: PR_SET_PDEATHSIG), never writes anything but its result to its pipe (and a
streamed child's to a file with no name, in memory), and
leaves by os._exit (no atexit handler, no buffered output, no database connection of the
parent's touched). A child that fails, for whatever reason, costs only time: its part is
done again here. Results are the same as running every part here.
"""

from __future__ import annotations

import os
import signal
import sys
import types
from collections.abc import Callable, Iterable, Iterator, Sequence
from contextlib import contextmanager
from typing import TypeVar

T = TypeVar("T")


def can_fork() -> bool:
    # Linux only: macOS's system libraries are not safe to use in a forked child (why
    # multiprocessing spawns there), and Windows has no fork; elsewhere parts run here.
    return sys.platform.startswith("linux") and hasattr(os, "fork")


def run_parts(parts: Sequence[Callable[[], T]]) -> list[T]:
    """[part() for part in parts], the parts after the first each in a forked child."""
    if len(parts) < 2 or not can_fork():
        return [part() for part in parts]
    children: list[tuple[int, int]] = []  # (pid, read end of its pipe)
    try:
        for part in parts[1:]:
            children.append(_start(part))
        results = [parts[0]()]
        for part in parts[1:]:
            pid, fd = children.pop(0)  # reaped by _collect: not one to stop any more
            result = _collect(pid, fd)
            results.append(part() if result is _FAILED else result)  # type: ignore[arg-type]
        return results
    finally:
        for pid, fd in children:  # stopped early (Ctrl-C, an error here): end them now
            _stop(pid, fd)


def stream_parts(first: Callable[[], Iterable[T]],
                 rest: Sequence[Callable[[], list[T]]]) -> Iterator[T]:
    """The items `first()` yields, as it yields them, then each of `rest`'s in order, `rest`
    run in forked children meanwhile: the caller can keep the first run's items (store each
    note as it is parsed) before the children are done, so a Ctrl-C keeps them."""
    if not rest or not can_fork():
        yield from first()
        for part in rest:
            yield from part()
        return
    children: list[tuple[int, int]] = []
    try:
        for part in rest:
            children.append(_start(part))
        yield from first()
        for part in rest:
            pid, fd = children.pop(0)
            result = _collect(pid, fd)
            yield from (part() if result is _FAILED else result)  # type: ignore[misc]
    finally:
        for pid, fd in children:  # stopped early (Ctrl-C, an error, the caller closed it)
            _stop(pid, fd)


@contextmanager
def meanwhile(parts: Sequence[Callable[[], object]]) -> Iterator[list[Callable[[], object]]]:
    """`parts` begun now, one after the other, in one forked child, while the block goes on
    here: the block is given one callable for each, which waits for its result (the child
    sends each as it is done; a later part can use what an earlier one worked out). A part
    the child did not send (it failed, or sent nothing for PATIENCE seconds) is worked out
    here, and so is every part when this system cannot fork or has no idle core (a child
    would only take turns with this process, or with the machine's other work). A child
    still at work when the block ends is stopped."""
    try:
        child = [_start_each(parts)] if parts and can_fork() and _idle_core() else []
    except OSError:  # no process to be had (a limit on them, no memory): done here
        child = []
    results: dict[int, object] = {}
    received = [0]  # how many results the child sent: the next one is part `received`'s
    failed = [not child]

    def waiting(i: int) -> Callable[[], object]:
        def result() -> object:
            while i not in results and not failed[0]:
                value = _next_result(child[0])
                if value is _FAILED:
                    failed[0] = True
                    _stop(*child.pop())
                else:
                    results[received[0]] = value
                    received[0] += 1
            if i not in results:
                results[i] = parts[i]()
            return results[i]

        return result

    try:
        yield [waiting(i) for i in range(len(parts))]
    finally:
        for streamed in child:  # done with (every result read) or stopped early: end it
            _stop(*streamed)


# Seconds to wait for a streamed child's next result before its parts are done here
# instead: far more than any part takes (the shipped notes' statuses, ~0.2 s), so only a
# child that is stuck (a lock some other thread held at the fork) gets there.
PATIENCE = 60.0


def _start_each(parts: Sequence[Callable[[], object]]) -> tuple[int, int, int]:
    """(pid, read end of its pipe, results file) of a child that works out `parts` in turn.
    Each result goes to an anonymous file (in memory: no name, nothing left behind however
    the child ends), only its size to the pipe: a result larger than the pipe's buffer
    would stall the child until this process read it, at the end of the card sync."""
    pickle = _pickle()  # (here, before the fork: see _start)
    results = _anonymous_file()

    def run() -> None:
        for part in parts:
            data = pickle.dumps(part(), protocol=pickle.HIGHEST_PROTOCOL)
            _write_all(results, data)
            _write_all(_write_end[0], len(data).to_bytes(8, "little"))

    try:
        pid, fd = _start(run, streamed=True)
    except OSError:
        os.close(results)
        raise
    return pid, fd, results


def _anonymous_file() -> int:
    if hasattr(os, "memfd_create"):
        try:
            return os.memfd_create("studycli-results", os.MFD_CLOEXEC)
        except OSError:
            pass
    import tempfile

    with tempfile.TemporaryFile() as f:  # (unlinked at once)
        return os.dup(f.fileno())


def _write_all(fd: int, data: bytes) -> None:
    view = memoryview(data)
    while view:
        view = view[os.write(fd, view):]


# in a child started with streamed=True: the write end of its pipe, for the part to write to
_write_end = [-1]


def _next_result(child: tuple[int, int, int]) -> object:
    """The next result a streamed child sent, or _FAILED (it ended before sending it whole,
    or sent nothing for PATIENCE seconds); said on stderr when STUDYCLI_DEBUG is set."""
    pickle = _pickle()  # (imported by _start_each already: a look-up)
    pid, fd, results = child
    try:
        size = int.from_bytes(_read_exactly(fd, 8), "little")
        offset = _read_so_far.get(results, 0)
        data = _pread_exactly(results, size, offset)
        _read_so_far[results] = offset + size
        return pickle.loads(data)
    except Exception as error:  # EOF: the child failed; a result that cannot be read; late
        _say(f"the child {pid}'s work is done here instead: {error!r}")
        return _FAILED


_read_so_far: dict[int, int] = {}  # results file -> bytes of it read


def _read_exactly(fd: int, size: int) -> bytes:
    import select

    waiting = select.poll()  # (not select.select: it refuses a descriptor numbered 1024 up)
    waiting.register(fd, select.POLLIN)
    chunks, left = [], size
    while left:
        if not waiting.poll(PATIENCE * 1000):
            raise TimeoutError(f"nothing sent for {PATIENCE:g} s")
        chunk = os.read(fd, min(left, 1 << 20))
        if not chunk:
            raise EOFError
        chunks.append(chunk)
        left -= len(chunk)
    return b"".join(chunks)


def _pread_exactly(fd: int, size: int, offset: int) -> bytes:
    chunks, left = [], size
    while left:
        chunk = os.pread(fd, min(left, 1 << 24), offset + size - left)
        if not chunk:
            raise EOFError
        chunks.append(chunk)
        left -= len(chunk)
    return b"".join(chunks)


def _say(what: str) -> None:
    # a child failing costs only time, so it is silent unless asked (and tests ask)
    if os.environ.get("STUDYCLI_DEBUG"):
        print(f"studycli: {what}", file=sys.stderr)


def _idle_core() -> bool:
    """Whether a child would have a core to itself: this process may use more than one,
    and the machine's load leaves one idle beside this process (on a busy machine a child
    only takes turns with other work, and the fork and the hand-back are pure cost)."""
    cores = usable_cores()
    if cores < 2:
        return False
    try:
        load = os.getloadavg()[0]
    except (AttributeError, OSError):  # no load average here: the cores are all we know
        return True
    return load < cores - 1


def usable_cores() -> int:
    """The cores this process may run on (its affinity), at least 1."""
    return (len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity")
            else os.cpu_count()) or 1


_FAILED = object()


def _pickle() -> types.ModuleType:
    """The pickle module, imported only where a child is started or collected: an ingest
    with no idle core forks nothing, and pickle was ~1.5 ms of every such process."""
    import pickle

    return pickle


def _start(part: Callable[[], object], streamed: bool = False) -> tuple[int, int]:
    """(pid, read end of its pipe) of a child that sends `part()`'s result, pickled; or,
    `streamed`, runs `part` to write its own results to _write_end."""
    pickle = _pickle()  # (before the fork: the child then finds it imported)
    parent = os.getpid()
    read_end, write_end = os.pipe()
    try:
        pid = os.fork()
    except OSError:
        os.close(read_end)
        os.close(write_end)
        raise
    if pid == 0:  # the child: never returns into the caller's code
        code = 1
        try:
            os.close(read_end)
            _die_with(parent)
            if streamed:
                _write_end[0] = write_end
                part()
            else:
                data = pickle.dumps(part(), protocol=pickle.HIGHEST_PROTOCOL)
                with os.fdopen(write_end, "wb") as out:
                    out.write(data)
            code = 0
        finally:
            os._exit(code)
    os.close(write_end)
    return pid, read_end


def _die_with(parent: int) -> None:
    """End this child when `parent` ends, even by SIGKILL (the kernel sends it)."""
    try:
        import ctypes

        ctypes.CDLL(None, use_errno=True).prctl(1, signal.SIGKILL)  # PR_SET_PDEATHSIG
    except (OSError, AttributeError):
        pass
    if os.getppid() != parent:  # the parent died before the line above took effect
        os._exit(1)


def _collect(pid: int, fd: int) -> object:
    pickle = _pickle()  # (imported by _start already: a look-up)
    try:
        with os.fdopen(fd, "rb") as pipe:  # closes fd, whatever happens
            data = pipe.read()
        _, status = os.waitpid(pid, 0)
    except BaseException:  # interrupted while waiting: the child goes too
        _stop(pid, None)
        raise
    if status != 0 or not data:
        return _FAILED
    try:
        return pickle.loads(data)
    except Exception:  # a child cut off mid-write: do its part here
        return _FAILED


def _stop(pid: int, fd: int | None, *more: int) -> int | None:
    """Stop and reap the child `pid`, closing its file descriptors; its exit status (None:
    already reaped). A child that ended on its own with a failure is said under
    STUDYCLI_DEBUG (it was killed here: SIGKILL, that is expected)."""
    try:
        os.kill(pid, signal.SIGKILL)  # not reaped yet: the pid is still this child's
    except OSError:
        pass
    for each in (fd, *more):
        if each is not None:
            _read_so_far.pop(each, None)
            try:
                os.close(each)
            except OSError:
                pass
    try:
        status = os.waitpid(pid, 0)[1]
    except OSError:
        return None
    if os.WIFEXITED(status) and os.WEXITSTATUS(status):
        _say(f"the child {pid} failed (exit status {os.WEXITSTATUS(status)})")
    return status
