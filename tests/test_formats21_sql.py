"""A flashcard app's database dump (.sql: CREATE TABLE and INSERT statements) is read as its
cards, each at its statement's line; a .sql file of a few queries reads as written
(studycli/formats/sql_dump.py)."""

from __future__ import annotations

import json

from studycli.formats import as_markdown
from tests.helpers import run_here

DUMP = """\
PRAGMA foreign_keys=OFF;
BEGIN TRANSACTION;
CREATE TABLE cards(id INTEGER PRIMARY KEY, deck_id INTEGER, front TEXT, back TEXT,
  tags TEXT, due TEXT);
-- ===== SQS =====
INSERT INTO cards VALUES(1,1,'SQS max message size?','256 KB per message','sqs',NULL);
INSERT INTO cards VALUES(2,1,'SQS default retention period','4 days default, max 14 days',\
'sqs','2024-02-20');
-- check the DLQ one
INSERT INTO cards VALUES(3,1,'what''s a DLQ for?','messages that
failed maxReceiveCount times','sqs,dlq','2024-02-21');
INSERT INTO notes(body, created) VALUES('Kinesis shard: 1 MB/s in','2024-03-01');
COMMIT;
"""


def test_a_dumps_rows_are_cards_on_their_statements_lines():
    out = as_markdown(DUMP, ".sql").split("\n")
    assert len(out) == len(DUMP.split("\n"))
    assert out[:4] == ["", "", "", ""]  # the dump's own statements and its schema
    assert out[4] == "## SQS"
    assert out[5] == "- SQS max message size? 256 KB per message"
    assert out[6] == "- SQS default retention period: 4 days default, max 14 days"
    assert out[7] == "- check the DLQ one"
    assert out[8] == "- what's a DLQ for? messages that; failed maxReceiveCount times"
    assert out[9] == ""  # the string's second line, read at its statement's first
    assert out[10] == "- Kinesis shard: 1 MB/s in"  # another table: its text, no date
    assert out[11] == ""


def test_a_cards_answer_is_found_at_its_statements_line(tmp_path):
    notes = tmp_path / "notes"
    notes.mkdir()
    (notes / "cards.sql").write_text(DUMP, encoding="utf-8")
    db = tmp_path / "s.db"
    assert run_here("ingest", str(notes), db=db).returncode == 0
    hit = json.loads(run_here("lookup", "sqs max retention", "--json", db=db).stdout)[0]
    assert (hit["value"], hit["line"]) == ("14 days", 7)


def test_each_row_of_a_many_row_insert_is_read_at_its_own_line():
    quotas = ("CREATE TABLE quotas (id INTEGER, service TEXT, quota TEXT, value TEXT, "
              "unit TEXT, note TEXT);\n"
              "INSERT INTO quotas (service, quota, value, unit, note) VALUES\n"
              " ('Kinesis Data Streams', 'write per shard', '1', 'MB/s', 'or 1000 records/s'),\n"
              " ('IAM', 'users per account', '5000', 'users', NULL),\n"
              " ('KMS', 'aliases per key', '50', 'aliases', NULL);\n"
              "INSERT INTO quotas VALUES (9, 'SQS', 'retention max', '14', 'days', NULL);\n")
    out = as_markdown(quotas, ".sql").split("\n")
    assert out[:2] == ["", ""]
    assert out[2] == "- Kinesis Data Streams write per shard: 1 MB/s; or 1000 records/s"
    assert out[3] == "- IAM users per account: 5000 users"
    assert out[5] == "- SQS retention max: 14 days"  # its id is no value


def test_a_file_of_queries_reads_as_written():
    queries = "-- top services\nSELECT service, SUM(cost) FROM bill GROUP BY 1;\n"
    assert as_markdown(queries, ".sql") == queries
