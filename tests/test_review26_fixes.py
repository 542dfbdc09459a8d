"""Session 26's review: a typo repair to the first part of a compound the notes never write,
a denial's longer phrase read whole, a bound's word read whole, the SDK's DynamoDB Streams."""

from __future__ import annotations

import sqlite3

from tests.helpers import run_here


def _db(tmp_path, text: str):
    notes = tmp_path / "notes"
    notes.mkdir(parents=True)
    (notes / "n.md").write_text(text, encoding="utf-8")
    db = tmp_path / "s.db"
    assert run_here("ingest", str(notes), db=db).returncode == 0
    return db


def test_a_word_is_repaired_to_a_compound_only_where_the_notes_write_it(tmp_path):
    from studycli.lookup.word_repair import written_fix

    only_az = _db(tmp_path / "a", "## ElastiCache\n- Redis: Multi-AZ with auto failover\n")
    with sqlite3.connect(only_az) as conn:
        assert written_fix(conn, "multithreaded") is None  # "multi" of Multi-AZ is no fix
    compound = _db(tmp_path / "b", "## ElastiCache\n- Memcached is multi-threaded\n")
    with sqlite3.connect(compound) as conn:
        assert written_fix(conn, "multithreaded") == "multi"


def test_a_denials_longer_phrase_is_read_whole():
    from studycli.lookup.negated import _DENIED

    # "not the same as memory" denies memory, not "same"
    assert _DENIED.search("/tmp 512 MB, not the same as memory")[1] == "memory"
    assert _DENIED.search("ephemeral disk, not memory")[1] == "memory"


def test_a_bound_word_is_not_read_inside_another_word():
    from studycli.extract.context import _item_closed

    # "min" of "minutes" before the aside is no earlier bound: both read alike
    for text in ("expiry 15 minutes (900 s), min 1 s", "expiry 15 hours (54000 s), min 1 s"):
        assert _item_closed(text, 0, len(text)) is False, text


def test_a_dynamodb_streams_client_files_its_comments_under_dynamodb_streams(tmp_path):
    db = _db(tmp_path, "## Streams\n\n```python\nc = boto3.client(\"dynamodbstreams\")\n"
                       "# records kept 24 hours\nr = c.get_records(ShardIterator=it)\n```\n")
    with sqlite3.connect(db) as conn:
        rows = conn.execute("SELECT service, subject FROM facts WHERE value LIKE '%24 h%'"
                            ).fetchall()
    assert rows and set(rows) == {("DynamoDB", "DynamoDB Streams")}, rows
