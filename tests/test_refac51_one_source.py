"""One source each: a bare number read as a count is made by one constructor
(extract/quantities.bare_count) wherever the parser reads one, and the spellings of the
without-batching case are written once (extract/batch_cases.NO_BATCH), for the reader of a
case after a figure and the reader of the clause before it alike."""

from __future__ import annotations

import re

import pytest

from studycli.extract.bare_counts import bare_counts
from studycli.extract.batch_cases import NO_BATCH, batch_case_before
from studycli.extract.named_bare_figures import named_bare_figures
from studycli.extract.quantities import Quantity, bare_count, find_quantities


def test_a_bare_count_is_a_count_of_its_noun():
    q = bare_count(4, 9, "1,000", "shards")
    assert (q.number, q.unit, q.dimension, q.value, q.noun) == (
        1000.0, "count", "count", "1,000 shards", "shards")
    assert (q.low, q.high, q.is_range, q.qualifier, q.default_low) == (
        None, None, False, "", False)
    # a noun shown and a scope counted ("16000 connections", counted per node)
    assert bare_count(0, 5, "16000", "connections", "connections per node").noun == \
        "connections per node"


@pytest.mark.parametrize(("line", "service"), [
    ("GSI: up to 20 per table", "DynamoDB"),  # counted by its label's initials
    ("replicas up to 15", "Aurora"),  # the plural noun before its bound
    ("max shards 4", "Kinesis"),
])
def test_every_bare_count_the_parser_reads_is_made_by_the_one_constructor(line, service):
    found = bare_counts(line, service, find_quantities(line))
    assert found, line
    for q in found:
        assert isinstance(q, Quantity)
        assert q == bare_count(q.start, q.end, q.text, q.value.split(" ", 1)[1], q.noun)


@pytest.mark.parametrize(("line", "service", "read"), [
    ("GSI: up to 20 per table", "DynamoDB", [(11, 13, "20 GSIs", 20.0, "GSIs")]),
    ("replicas up to 15", "Aurora", [(15, 17, "15 replicas", 15.0, "replicas")]),
    ("max shards 4", "Kinesis", [(11, 12, "4 shards", 4.0, "shards")]),
])
def test_the_bare_counts_read_are_as_before(line, service, read):
    # pinned from the start code (main): the test above rebuilds each count from its own
    # fields, and would pass whatever number or noun the parser read
    found = bare_counts(line, service, find_quantities(line))
    assert [(q.start, q.end, q.value, q.number, q.noun) for q in found] == read
    assert all((q.unit, q.dimension) == ("count", "count") for q in found)


def test_a_named_bare_figure_is_made_by_the_one_constructor():
    line = "max shards 4"
    assert [(q.value, q.noun) for q in named_bare_figures(line, "Kinesis", [])] == [
        ("4 shards", "shards")]  # as the start code read it
    for q in named_bare_figures(line, "Kinesis", []):
        assert q == bare_count(q.start, q.end, q.text, q.value.split(" ", 1)[1], q.noun)


@pytest.mark.parametrize("spelling", ["no batching", "with no batching", "non-batched",
                                      "non batched", "unbatched"])
def test_each_no_batch_spelling_is_the_without_case_for_both_readers(spelling):
    assert re.fullmatch(NO_BATCH, spelling, re.IGNORECASE)
    line = f"FIFO {spelling} 300 msg/s"
    assert batch_case_before(line, line.index("300")) == "without batching"
