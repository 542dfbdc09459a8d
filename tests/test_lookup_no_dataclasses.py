"""A lookup that reads the notes' lines (no answer: related lines and what the AWS docs say;
a query word the fact base lacks, repaired against the notes' words) imports no
`dataclasses`: it brought `inspect`, `ast` and `dis` with it, ~4 ms of such a lookup's CPU,
through store/fts_bulk.py (a plain class now) and lookup/search.py's result classes (the
repairs the lookup makes live in lookup/word_repair.py)."""

from __future__ import annotations

import pytest

from tests.helpers import lookup_loads


@pytest.mark.parametrize(("query", "repaired"), [
    ("sqs max tags per queue", False),  # not in the shipped notes: related lines, AWS docs
    ("sqs delaysecs max", True),  # a word the fact base lacks, repaired against the notes
])
def test_a_lookup_reading_note_lines_imports_no_dataclasses(shipped_copy, tmp_path, query,
                                                            repaired):
    # (not `inspect`: entry.main puts a stand-in under its name, inspect_on_demand.py)
    modules = ("studycli.store.note_lines", "studycli.lookup.word_repair", "dataclasses", "ast")
    runs = lookup_loads(shipped_copy, tmp_path, modules, query=query)
    said = ["True", str(repaired), "False", "False"]
    assert [run.split()[2:] for run in runs] == [said] * 2, runs
