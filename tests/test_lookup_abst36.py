"""Lookups the notes cannot answer (session 36, abst36): one of the thing a maximum counts,
written as one side of a relation, is no bound on how many there may be.

A Kinesis data stream's shard quota is per account and Region (the default is 500 or 200
shards depending on the Region), and one shard is processed by at most one KCL worker
(https://docs.aws.amazon.com/streams/latest/dev/service-sizes-and-limits.html,
https://docs.aws.amazon.com/streams/latest/dev/kcl-concepts.html). A subnet is associated
with exactly one route table, and an internet gateway is attached to one VPC at a time
(https://docs.aws.amazon.com/vpc/latest/userguide/VPC_Route_Tables.html).
"""

from __future__ import annotations

import pytest

from .helpers import lookup_values, notes_conn

RELATIONS = [
    "- KCL: 1 shard ↔ 1 worker",
    "- KCL: 1 shard can be read by only 1 KCL worker at a time",
    "- KCL: one shard is read by max one KCL worker; checkpoints in DynamoDB",
]


@pytest.mark.parametrize("line", RELATIONS)
def test_one_of_the_thing_in_a_relation_is_no_maximum(tmp_path, line):
    # "kinesis max shards per stream" on notes that give only what one shard is read by
    # (unseen sets of sessions 29 to 34): "1 shard" is one side of a relation, not a quota
    conn = notes_conn(tmp_path, f"# Kinesis Data Streams\n\n{line}\n")
    assert lookup_values(conn, "kinesis max shards per stream") == []


@pytest.mark.parametrize("line, query", [
    ("- a subnet has exactly 1 route table", "max route tables per subnet"),
    ("- each subnet: 1 route table per subnet", "max route tables per subnet"),
    ("- KCL: 1 shard ↔ 1 worker", "how many shards can one kcl worker read"),
])
def test_a_bounded_or_scoped_one_still_answers(tmp_path, line, query):
    # a 1 a bound word comes before ("only", "exactly"), a scope after ("per subnet"), or a
    # count asked by "how many" rather than a maximum: one is the number asked
    conn = notes_conn(tmp_path, f"# VPC\n\n{line}\n" if "KCL" not in line
                      else f"# Kinesis Data Streams\n\n{line}\n")
    found = lookup_values(conn, query)
    assert found and "1" in found[0], found
