"""A large note read on several cores (extract/fan_out): the same facts as on one, in the same
order; a worker that fails costs only time; workers never outlive the parse or the ingest."""

from __future__ import annotations

import functools
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from studycli import ingest
from studycli.extract import parse_note
from studycli.extract.fan_out import can_fork, run_parts

from .helpers import CONTENT, REPO, child_pids, proc_stat

pytestmark = pytest.mark.skipif(not can_fork(), reason="needs os.fork")


def _dump(note) -> tuple:
    return ([f.to_dict() for f in note.facts], [c.to_dict() for c in note.comparisons],
            [str(w) for w in note.warnings])


@functools.cache
def _one_core(path: Path) -> tuple:
    """The note's parse on one core, the answer every number of workers must give (worked out
    once for both cases)."""
    return _dump(parse_note(path.read_text(encoding="utf-8"), path.name))


@pytest.mark.parametrize("workers", [2, 3])
def test_every_shipped_note_gives_the_same_facts_on_several_cores(workers):
    for path in sorted(CONTENT.iterdir()):
        text = path.read_text(encoding="utf-8")
        assert _dump(parse_note(text, path.name, workers)) == _one_core(path)


def test_a_large_note_is_shared_among_the_cores_with_the_same_facts(monkeypatch):
    text = "\n".join(p.read_text(encoding="utf-8") for p in sorted(CONTENT.iterdir())) * 2
    assert len(text) >= ingest.SPLIT_FROM_CHARS
    forks: list[int] = []
    real_fork = os.fork

    def counted_fork() -> int:
        pid = real_fork()
        if pid:
            forks.append(pid)
        return pid

    monkeypatch.setattr(os, "fork", counted_fork)
    monkeypatch.setattr(os, "sched_getaffinity", lambda _pid: {0, 1}, raising=False)
    (note,) = ingest._parse_all([(text, "all.md", "", [])])
    assert len(forks) == 1
    monkeypatch.setattr(os, "fork", real_fork)
    assert _dump(note) == _dump(parse_note(text, "all.md"))


def test_a_part_that_fails_in_its_worker_is_done_here():
    parent = os.getpid()

    def fails_elsewhere() -> list[int]:
        if os.getpid() != parent:
            raise RuntimeError("worker broke")
        return [2, 3]

    assert run_parts([lambda: [1], fails_elsewhere, lambda: [4]]) == [[1], [2, 3], [4]]


@pytest.mark.skipif(not os.path.isdir("/proc"), reason="needs /proc")
def test_stopped_mid_parse_no_worker_is_left():
    def slow() -> int:
        time.sleep(30)
        return 1

    def interrupted() -> int:
        raise KeyboardInterrupt

    with pytest.raises(KeyboardInterrupt):
        run_parts([interrupted, slow, slow])
    assert child_pids(os.getpid()) == []  # stopped and reaped: not even a zombie


# `studycli ingest` as its console script runs it (studycli.entry.main), each note part after
# the first held in its forked worker for a minute before it is read: the worker is then
# plainly alive when its ingest is killed, and only dying with it ends it within the second
# checked below. (A note large enough to keep a worker busy that long unaided took the
# ingest some 10 s to reach its fork.)
_HELD_WORKERS = """
import sys, time
from studycli.extract import pipeline
real_parts = pipeline._parts
def held(*args):
    parts = real_parts(*args)
    return parts[:1] + [lambda part=p: (time.sleep(60), part())[1] for p in parts[1:]]
pipeline._parts = held
from studycli.entry import main
sys.exit(main(sys.argv[1:]))
"""


@pytest.mark.skipif(not os.path.isdir("/proc"), reason="needs /proc")
def test_a_killed_ingest_takes_its_note_workers_with_it(tmp_path):
    note = tmp_path / "big.md"
    note.write_text("\n".join(p.read_text(encoding="utf-8")
                              for p in sorted(CONTENT.iterdir())) * 2)
    assert len(note.read_text(encoding="utf-8")) >= ingest.SPLIT_FROM_CHARS  # shared out
    proc = subprocess.Popen([sys.executable, "-c", _HELD_WORKERS, "ingest", str(note), "--db",
                             str(tmp_path / "k.db")], cwd=REPO, stdout=subprocess.DEVNULL,
                            stderr=subprocess.DEVNULL,
                            env={**os.environ, "PYTHONPATH": str(REPO)})
    try:
        deadline = time.monotonic() + 60
        workers: list[int] = []
        while time.monotonic() < deadline and not workers and proc.poll() is None:
            workers = child_pids(proc.pid)
            time.sleep(0.02)
        if not workers:
            pytest.skip("one core here, or the ingest ended before a worker was seen")
        os.kill(proc.pid, signal.SIGKILL)
        proc.wait()
        deadline = time.monotonic() + 1  # killed with it, not when its part is done
        alive = workers
        while alive and time.monotonic() < deadline:
            alive = [w for w in alive if (proc_stat(w) or ["Z"])[0] != "Z"]
            time.sleep(0.05)
        assert not alive
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.wait()
