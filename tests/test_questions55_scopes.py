"""What a stem says a value is per (session 55): a note's own word after the value is said
in plain words ("per msg" -> "per message"), and never as a second scope beside the one the
measure's name says ("parts per multipart upload for Amazon S3 (per box)", from a note's
metaphor, read as garbled)."""

from __future__ import annotations

import pytest

from tests.helpers import exam_stems, note_db


def test_a_measure_named_per_something_takes_no_second_scope(tmp_path):
    db = note_db(tmp_path, "# S3\n- multipart: dock workers say use parts over 100 MB, "
                           "up to 10,000 parts per box\n")
    stems = [s for s in exam_stems(db, "saa-c03") if "parts" in s]
    assert stems, "no question on the parts"
    assert all("box" not in s for s in stems), stems


@pytest.mark.parametrize(("line", "short"), [
    ("# SQS\n- up to 10 message attributes per msg\n", "msg"),
    ("# DynamoDB\n- TransactWriteItems: up to 100 actions per txn\n", "txn"),
])
def test_a_scope_is_said_in_plain_words(tmp_path, line, short):
    db = note_db(tmp_path, line)
    stems = exam_stems(db, "dva-c02")
    assert stems, "no question"
    assert all(f"per {short}" not in s for s in stems), stems
