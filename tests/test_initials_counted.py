"""A thing's initials in capitals as a clause's label, a bound and a bare number per a scope
count such things, as a plural noun does ("GSIs: up to 20 per table"), and the line's other
labels of initials with a bare number count theirs: a new user's "GSI: up to 20 per table
(default), LSI: 5" gave no number fact, and "dynamodb max gsi" answered with the whole line."""

from __future__ import annotations

import pytest

from studycli.extract import parse_note
from studycli.extract.bare_counts import bare_counts
from studycli.model import Kind
from tests.helpers import first_value, notes_conn

LINE = "GSI: up to 20 per table (default), LSI: 5"


def _counts(line: str) -> list[tuple[str, str]]:
    note = parse_note(f"# DynamoDB\n- {line}\n", "n.md")
    return [(f.subject, f.value) for f in note.facts if f.kind is Kind.LIMIT]


def test_initials_as_labels_count_their_things():
    assert _counts(LINE) == [("GSI", "20 GSIs"), ("LSI", "5 LSIs")]


@pytest.mark.parametrize("line", [
    "TTL: up to 48",  # no scope: a unit left unsaid, no count
    "LSI: 5",  # a bare number with no counted sibling
])
def test_initials_with_no_scope_count_nothing(line):
    assert _counts(line) == []


@pytest.mark.parametrize("line, counts", [
    # a unit or a setting beside them leaves its unit unsaid: no 48 TTLs, no 3000 RCUs
    ("GSI: up to 20 per table (default), TTL: 48", [("GSI", "20 GSIs")]),
    ("GSI: up to 20 per table, RCU: 3000", [("GSI", "20 GSIs")]),
])
def test_only_initials_naming_a_thing_count_beside_them(line, counts):
    assert _counts(line) == counts


def test_a_plural_in_capitals_is_no_label_of_initials():
    # "EIPs per region: 5" counts EIPs as any plural does, and makes "LSI: 7" no count
    assert [q.noun for q in bare_counts("EIPs per region: 5 (soft); LSI: 7", "EC2", [])] \
        == ["EIPs"]


def test_lookup_answers_each_index_with_its_number(tmp_path):
    conn = notes_conn(tmp_path, f"# DynamoDB\n- {LINE}\n")
    assert first_value(conn, "dynamodb max gsi") == "20 GSIs"
    assert first_value(conn, "dynamodb max lsi") == "5 LSIs"
