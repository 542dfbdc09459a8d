"""A count of what one request carries, then a size after "/" or "or" ("BatchWriteItem 25 items /
16 MB"): the size caps the whole request, whichever is reached first; it is no size of the
count's own words ("batchwriteitem items" was the attribute). Pass 6's "left undone" list."""

from __future__ import annotations

import pytest

from studycli.extract import parse_note
from studycli.model import Kind


def _sizes(text: str) -> list[str]:
    return [f.attribute for f in parse_note(text, "n.md").facts
            if f.kind is Kind.LIMIT and f.unit == "B"]


@pytest.mark.parametrize("line", [
    "- BatchWriteItem 25 items / 16 MB",
    "- a batch write takes 25 items or up to 16 MB",
])
def test_a_size_after_a_count_of_what_a_request_carries_is_the_requests(line):
    assert _sizes(f"## DynamoDB\n{line}\n") == ["request payload size"]


def test_sqs_batches_too():
    assert _sizes("## Amazon SQS\n- SendMessageBatch: 10 msgs or 256 KB\n") == [
        "request payload size"]


@pytest.mark.parametrize("line", [
    "- functions get 5 layers, 250 MB unzipped",  # layers are no request's load
    "- 2 shards / 4 MB",  # shards neither
])
def test_other_counts_leave_the_size_alone(line):
    assert "request payload size" not in _sizes(f"## Lambda\n{line}\n")


def test_an_operation_after_the_services_name_is_the_subject_of_its_caps():
    note = parse_note("DDB TransactWrite 100 items / 4MB\nDDB BatchWrite 25 items / 16MB\n",
                      "cram.txt")
    caps = {(f.subject, f.value) for f in note.facts
            if f.kind is Kind.LIMIT and f.attribute == "request payload size"}
    # two operations, two caps: neither is dropped as a case lost between two lines
    assert caps == {("TransactWrite", "4 MB"), ("BatchWrite", "16 MB")}


def test_a_service_name_alone_is_no_operation():
    note = parse_note("DynamoDB GetItem reads 1 item\nDynamoDB tables: 2,500 per region\n", "x.txt")
    assert {f.subject for f in note.facts if f.kind is Kind.LIMIT} <= {"GetItem", ""}


def test_each_number_belongs_to_the_operation_named_last_before_it():
    note = parse_note("## DynamoDB\n- TransactGetItems 100 items / 4 MB; BatchWriteItem 25 items "
                      "/ 16 MB\n", "n.md")
    counts = {(f.subject, f.value) for f in note.facts
              if f.kind is Kind.LIMIT and f.unit == "count"}
    assert counts == {("TransactGetItems", "100 items"), ("BatchWriteItem", "25 items")}
