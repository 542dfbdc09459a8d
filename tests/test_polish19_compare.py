"""compare on a pair the notes say little about: a unit's size named by each service's own noun
makes one row, and a table of a row or two says the notes hold little else."""

from __future__ import annotations

from studycli import compare as lib
from tests.helpers import run_here

NOTES = ("# SQS\n\n- Max message size is 256 KB\n- Message retention: up to 14 days\n\n"
         "# Kinesis Data Streams\n\n- Max record size is 1 MB\n- Retention up to 365 days\n\n"
         "# SNS\n\n- Max message size is 256 KB\n")


def _db(tmp_path):
    from studycli.ingest import ingest_paths
    from studycli.store.db import connect

    (tmp_path / "n").mkdir()
    (tmp_path / "n" / "m.md").write_text(NOTES, encoding="utf-8")
    db = connect(tmp_path / "s.db")
    ingest_paths(db, [tmp_path / "n"])
    return db


def test_a_message_and_a_record_size_are_one_row(tmp_path):
    db = _db(tmp_path)
    facts = {(s, a, q) for s, a, q in db.conn.execute(
        "SELECT service, attribute, qualifier FROM facts WHERE kind = 'limit'")}
    assert ("SQS", "message size", "max") in facts
    assert ("Kinesis Data Streams", "record size", "max") in facts
    rows = {r.aspect: (r.left.value, r.right.value)
            for r in lib.compare(db, "sqs", "kinesis").rows if r.origin == "fact"}
    assert rows["max message size / max record size"] == ("256 KB", "1 MB")
    # the pair's own word, when both sides use it, stays as it was
    same = [r.aspect for r in lib.compare(db, "sqs", "sns").rows if r.origin == "fact"]
    assert same == ["max message size"]


def test_a_one_row_table_says_the_notes_hold_little_else(tmp_path):
    _db(tmp_path).conn.close()
    shown = run_here("compare", "sqs", "sns", "--db", str(tmp_path / "s.db"),
                     env={"COLUMNS": "100"})
    said = " ".join(shown.stdout.split())
    assert "Your notes hold little else to compare on SQS and SNS" in said
    assert "only this aspect has a value for both" in said
    # no line names both: a search would fall back to lines naming either (polish19b)
    assert "studycli search" not in said
