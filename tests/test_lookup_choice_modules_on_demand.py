"""The push-or-pull choice and the "X vs Y" pair check are read only by the lookups that need
them: delivery_choice where the query says "or", pair_line where an unfiled line under a
heading is among the candidates. Imported on every lookup, they cost about 1.3 ms of a
plain lookup's start-up (python -X importtime) and answered nothing there."""

from __future__ import annotations

from tests.helpers import lookup_loads

MODULES = ("studycli.lookup.delivery_choice", "studycli.lookup.pair_line")


def test_a_plain_lookup_reads_neither_module(shipped_copy, tmp_path):
    runs = lookup_loads(shipped_copy, tmp_path, MODULES)
    assert [run.split() for run in runs] == [
        ["RC", "0", "False", "False"]] * 2, runs


def test_a_push_or_pull_choice_reads_the_choice(shipped_copy, tmp_path):
    runs = lookup_loads(shipped_copy, tmp_path, MODULES, query="sns push or pull")
    assert [run.split()[2] for run in runs] == ["True"] * 2, runs
