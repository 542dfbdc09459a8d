"""Much text is parsed on every core, a little on one: either way each note's facts are what
parsing it alone gives, in the order the notes were given."""

from __future__ import annotations

import concurrent.futures
import os

import pytest

from studycli import ingest
from studycli.extract import parse_note

from .helpers import CONTENT

cores = len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count()


@pytest.fixture
def pools(monkeypatch) -> list[int]:
    """How many process pools _parse_all starts."""
    started: list[int] = []

    class CountedPool(concurrent.futures.ProcessPoolExecutor):
        def __init__(self, *args, **kwargs):
            started.append(1)
            super().__init__(*args, **kwargs)

    monkeypatch.setattr(concurrent.futures, "ProcessPoolExecutor", CountedPool)
    return started


def _work(copies: int) -> list[tuple[str, str, str, list]]:
    notes = sorted(CONTENT.iterdir())
    return [((notes[n % len(notes)].read_text(encoding="utf-8") + "\n") * copies,
             f"{n}-{notes[n % len(notes)].name}", "", []) for n in range(len(notes))]


def _facts(notes) -> list[list[dict]]:
    return [[f.to_dict() for f in note.facts] for note in notes]


@pytest.mark.skipif((cores or 1) < 2, reason="needs two cores")
def test_much_text_is_parsed_in_a_pool_with_the_same_facts(pools):
    work = _work(copies=4)  # five notes, about 300 KB
    assert sum(len(w[0]) for w in work) >= ingest.PARALLEL_FROM_BYTES
    parsed = list(ingest._parse_all(work))
    assert pools == [1]
    assert _facts(parsed) == _facts(parse_note(text, name) for text, name, _, _ in work)


def test_a_little_text_is_parsed_here(pools, monkeypatch):
    monkeypatch.setattr(ingest, "FORK_FROM_CHARS", 10**9)
    work = _work(copies=1)  # the shipped notes: about 80 KB
    parsed = list(ingest._parse_all(work))
    assert pools == []
    assert [note.source for note in parsed] == [name for _, name, _, _ in work]


@pytest.mark.skipif((cores or 1) < 2, reason="needs two cores")
def test_a_few_notes_are_parsed_in_forked_runs_with_the_same_facts(pools, monkeypatch):
    from studycli.extract import fan_out

    runs: list[int] = []
    collected: list[int] = []
    real, real_collect = fan_out.stream_parts, fan_out._collect

    def counted(first, rest):
        runs.append(1 + len(rest))
        return real(first, rest)

    def collect(pid, fd):
        collected.append(pid)
        return real_collect(pid, fd)

    monkeypatch.setattr(fan_out, "stream_parts", counted)
    monkeypatch.setattr(fan_out, "_collect", collect)
    work = _work(copies=1)  # the shipped notes: no pool's worth, a fork's
    assert ingest.FORK_FROM_CHARS <= sum(len(w[0]) for w in work) < ingest.PARALLEL_FROM_BYTES
    notes = ingest._parse_all(work)
    first = next(notes)
    # the first note is handed over (and stored) before any child's run is waited for: a
    # Ctrl-C while the children parse keeps it (it kept nothing until every run was back)
    assert collected == [] and first.source == work[0][1]
    parsed = [first, *notes]
    expected_runs = max(1, min(cores, len(work),
                               sum(len(w[0]) for w in work) // ingest.FORK_RUN_CHARS))
    assert pools == [] and runs == [expected_runs] and len(collected) == expected_runs - 1
    assert [note.source for note in parsed] == [name for _, name, _, _ in work]
    assert _facts(parsed) == _facts(parse_note(text, name) for text, name, _, _ in work)
