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
    real = fan_out.run_parts

    def counted(parts):
        runs.append(len(parts))
        return real(parts)

    monkeypatch.setattr(fan_out, "run_parts", counted)
    work = _work(copies=1)  # the shipped notes: no pool's worth, a fork's
    assert ingest.FORK_FROM_CHARS <= sum(len(w[0]) for w in work) < ingest.PARALLEL_FROM_BYTES
    parsed = list(ingest._parse_all(work))
    assert pools == [] and runs == [min(cores, len(work))]
    assert [note.source for note in parsed] == [name for _, name, _, _ in work]
    assert _facts(parsed) == _facts(parse_note(text, name) for text, name, _, _ in work)
