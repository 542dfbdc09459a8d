"""The suite's own processes do an ingest's work beside the hooks in process, never in a
forked child (tests/conftest.py _no_child_beside_a_test_process): on a quiet machine every
in-process ingest of a run's first ~40 s forked its test process, some 50 ms of CPU each,
before the 1-minute load average showed the suite's own workers. The tests of the child set
the cores and the load themselves, and still have it."""

from __future__ import annotations

import os

from studycli.extract import fan_out
from studycli.store.facts import list_facts

from . import conftest
from .helpers import note_db


def _no_fork(monkeypatch) -> list[int]:
    forks: list[int] = []

    def fork() -> int:
        forks.append(1)
        raise OSError("no fork here")  # meanwhile then does the work in process, as it can

    monkeypatch.setattr(os, "fork", fork)
    return forks


def test_an_ingest_in_a_test_process_forks_nothing_though_the_machine_is_idle(
        tmp_path, monkeypatch):
    monkeypatch.setattr(fan_out, "usable_cores", lambda: 2)
    monkeypatch.setattr(conftest._Busy, "real", staticmethod(lambda: (0.0, 0.0, 0.0)))
    forks = _no_fork(monkeypatch)
    assert os.getloadavg == conftest._Busy.load  # the suite's, not the kernel's
    assert not fan_out._idle_core()
    from studycli.store.db import connect

    db = connect(note_db(tmp_path, "## SQS\n\n- Max message size is 256 KB\n"))
    assert [f.value for f in list_facts(db)] and forks == []


def test_a_test_that_sets_an_idle_load_still_has_its_child(monkeypatch):
    monkeypatch.setattr(fan_out, "usable_cores", lambda: 2)
    monkeypatch.setattr(os, "getloadavg", lambda: (0.0, 0.0, 0.0))
    assert fan_out._idle_core()
