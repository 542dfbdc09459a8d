"""A quantity that says none of the words naming the measure asked is no answer, however many
of its subject's words the query shares: a new user asked "s3 glacier deep archive retrieval
time" and was told "180 days" (Deep Archive's minimum storage duration)."""

from __future__ import annotations

import json

from tests.helpers import note_db, run_here

NOTES = """# S3 storage classes

- S3 One Zone-IA: minimum storage duration 30 days, 99.5% availability
- S3 Glacier Flexible Retrieval: minimum storage duration 90 days
- presigned URLs are valid 3600 seconds by default; pass --expires-in up to 604800 seconds
"""


def _answers(db, query: str) -> list[dict]:
    result = run_here("lookup", query, "--json", db=db)
    assert result.returncode in (0, 1), result.stderr  # 1: not in your notes, "[]"
    return json.loads(result.stdout)


def test_a_measure_the_fact_never_names_is_not_answered(tmp_path):
    db = note_db(tmp_path, NOTES)
    for query in ("s3 one zone-ia retrieval time", "s3 glacier restore time",
                  "one zone ia replication lag"):
        quantities = [h for h in _answers(db, query) if h["kind"] in ("limit", "default",
                                                                       "range")
                      and "storage duration" in h["attribute"]]
        # (the note line itself may still come up as a statement: it is shown whole)
        assert quantities == [], (query, quantities)


def test_the_measure_named_is_still_answered(tmp_path):
    db = note_db(tmp_path, NOTES)
    top = _answers(db, "s3 one zone-ia minimum storage duration")[0]
    assert "30 days" in top["value"], top
    # the parser's name for the measure is vague, but the value's clause says the word asked
    top = _answers(db, "presigned url max expiration")[0]
    assert "604" in top["value"] or "7 days" in top["value"], top
