"""Under "Not in your notes", related lines are lines about the service asked: a line of
another service sharing only an attribute word ("max read replicas" and a Kinesis shard line)
is no relation, and read under the question it reads as its answer. When the notes file
nothing under the service asked, the lookup says so instead of naming other things."""

from __future__ import annotations

from pathlib import Path

import pytest

from studycli.fastpath import lookup as fast
from studycli.lookup import lookup
from studycli.store.db import connect
from tests.helpers import note_db

NOTE = """# Kinesis
- Kinesis uses shards; each shard supports 5 read transactions per second
# SQS
- max message size: 256 KB
- message retention: 4 days by default
"""


@pytest.fixture(scope="module")
def db(tmp_path_factory) -> Path:
    return note_db(tmp_path_factory.mktemp("related"), NOTE, "notes.md")


def test_no_related_line_of_another_service(db):
    conn = connect(db, readonly=True).conn
    try:
        rds = lookup(conn, "rds max read replicas")
        kms = lookup(conn, "kms max plaintext size")
        sqs = lookup(conn, "sqs max receives per second")
        sqs_tps = lookup(conn, "sqs transactions per second")
        vague = lookup(conn, "what is the meaning of life")
    finally:
        conn.close()
    assert rds.hits == [] and rds.related == [] and rds.absent == ["RDS"]
    assert rds.suggestions == []
    assert kms.hits == [] and kms.related == [] and kms.absent == ["KMS"]
    assert sqs.related and all(f["service"] == "SQS" for f in sqs.related)
    # the Kinesis line shares "transactions per second" only: no related line of SQS
    assert sqs_tps.hits == [] and all(f["service"] == "SQS" for f in sqs_tps.related)
    assert not any("shard" in (f.get("value") or "") for f in sqs_tps.related)
    # "life" is no typo of anything in the notes: nothing offered as closest
    assert vague.hits == [] and vague.suggestions == []


def test_the_text_says_the_notes_file_nothing_under_it(capsys, db):
    code = fast.main(["--db", str(db), "rds max read replicas"])
    out, _ = capsys.readouterr()
    assert code == 1 and "Your notes have nothing filed under RDS." in out
    assert "Related lines" not in out and "Kinesis" not in out


def test_a_typo_still_finds_its_word(db):
    conn = connect(db, readonly=True).conn
    try:
        typo = lookup(conn, "kinesys shardz xyzzy")
    finally:
        conn.close()
    assert typo.hits == []
    assert typo.related or any("kinesis" in s.lower() for s in typo.suggestions)
