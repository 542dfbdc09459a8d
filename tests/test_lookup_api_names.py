"""One API name is not a near form of another: "batch" (a part of BatchGetItem) does not
say "batchwriteitem" (words.NEAR_TAIL), and a line that names BatchGetItem under a journal
question about BatchWriteItem is not read as being about BatchWriteItem (answer.
_names_other_subject)."""

from __future__ import annotations

import pytest

from studycli.lookup import lookup
from studycli.lookup.words import near
from tests.helpers import note_conn

NOTE = """# Practice exam journal — DynamoDB

Q9. BatchWriteItem limits?
✓ up to 25 put/delete requests, 16 MB total per call
BatchGetItem = 100 items, 16 MB
"""


@pytest.fixture(scope="module")
def conn(tmp_path_factory):
    yield from note_conn(tmp_path_factory.mktemp("api"), NOTE, "journal.md")


def test_a_word_and_a_longer_name_it_begins_are_not_near():
    assert not near("batchwriteitem", "batch")
    assert near("dedup", "deduplic") and near("concurr", "concurrency")


def test_another_api_s_count_is_not_given_for_the_one_asked(conn):
    hits = lookup(conn, "batchwriteitem max items").hits
    assert not any("100" in h["value"] for h in hits[:1])
