"""The garbage collector is off while an everyday command starts (entry.QUIET_GC), back on
when it first waits for a key, and as it was when entry.main returns in-process."""

from __future__ import annotations

import gc
import io

import pytest

from studycli import entry
from studycli.ui.keyinput import LineKeys


@pytest.fixture
def collecting():
    was = gc.isenabled()
    gc.enable()
    yield
    if not was:
        gc.disable()


def test_off_during_a_quiet_command_and_restored_after(monkeypatch, collecting):
    seen = []
    monkeypatch.setitem(entry.FAST_COMMANDS, "stats", "tests.test_startup_gc:_probe")
    monkeypatch.setattr("tests.test_startup_gc._SEEN", seen)
    assert entry.main(["stats"]) == 0
    assert seen == [False] and gc.isenabled()


def test_other_commands_keep_collecting(monkeypatch, collecting):
    seen = []
    monkeypatch.setitem(entry.FAST_COMMANDS, "check", "tests.test_startup_gc:_probe")
    monkeypatch.setattr("tests.test_startup_gc._SEEN", seen)
    assert entry.main(["check"]) == 0
    assert seen == [True]


def test_ingest_starts_quiet_and_its_reading_leaves_it_off(monkeypatch, collecting, tmp_path):
    """Ingest's imports and summary run with the collector off (entry.QUIET_GC); its pause
    around reading notes (extract/collector.collector_paused) leaves it off there too, and
    entry.main turns it back on when the ingest is done."""
    from studycli.extract import collector

    seen = []
    monkeypatch.setitem(entry.FAST_COMMANDS, "ingest", "tests.test_startup_gc:_probe")
    monkeypatch.setattr("tests.test_startup_gc._SEEN", seen)
    assert entry.main(["ingest"]) == 0
    assert seen == [False] and gc.isenabled()
    gc.disable()
    with collector.collector_paused():
        seen.append(gc.isenabled())
    assert seen == [False, False] and not gc.isenabled()
    gc.enable()


def test_waiting_for_a_key_turns_it_back_on(collecting):
    gc.disable()
    assert LineKeys(io.StringIO("q\n")).read() == "q"
    assert gc.isenabled()


_SEEN: list[bool] = []


def _probe(args: list[str]) -> int:
    _SEEN.append(gc.isenabled())
    return 0
