"""Lookup never answers a different question than the one asked (issue 10, round fourteen):
a number filed under another measure is no answer to a measure word ("memory" is not said
by the bytes of the environment variables); a fact of the other side of a qualifier typed
("without" for "with", "read" for "write") is none either; a bound is not the default
asked; "AWS docs say" offers only the quantity asked; and a note's "max" that the AWS docs
call an adjustable default is marked so.
"""

from __future__ import annotations

from typer.testing import CliRunner

from studycli.cli import app
from studycli.ingest import ingest_paths
from studycli.lookup import lookup
from studycli.lookup.docs import aws_docs_say
from studycli.store.db import connect
from tests.helpers import lookup_values, notes_conn

NOTES = """\
# dva scratch

## Lambda
- env variables: 4 KB total, max
- ephemeral storage (/tmp) up to 10 GB
- Lambda scales to max 1000 concurrent executions

## Kinesis
- shard read throughput: 2 MB/s

## SQS
- FIFO queues: 3,000 msgs/s with batching
- Visibility timeout can go up to 12 hours.
"""


def _db(tmp_path):
    return notes_conn(tmp_path, NOTES, "scratch.md")


def _values(conn, query: str) -> list[str]:
    return lookup_values(conn, query)


def test_a_number_of_another_measure_does_not_answer_a_measure_word(tmp_path):
    conn = _db(tmp_path)
    # the notes give no memory: neither the variables' 4 KB nor /tmp's 10 GB is it
    assert _values(conn, "what is the memory limit of a lambda function") == []
    assert _values(conn, "lambda function ram max") == []
    # the measure the notes do name still answers
    assert "10 GB" in _values(conn, "lambda ephemeral storage max")[0]


def test_the_other_side_of_a_qualifier_typed_is_no_answer(tmp_path):
    conn = _db(tmp_path)
    assert not any("3,000" in v or "3000" in v
                   for v in _values(conn, "fifo queue message rate without batching"))
    assert not any("2 MB/s" in v for v in _values(conn, "kinesis shard write throughput"))
    assert "2 MB/s" in _values(conn, "kinesis shard read throughput")[0]


def test_a_bound_is_not_the_default_asked(tmp_path):
    conn = _db(tmp_path)
    assert _values(conn, "default sqs visibility timeout") == []
    assert "12" in _values(conn, "sqs visibility timeout max")[0]


def test_aws_docs_offer_only_the_quantity_asked():
    # the event source mapping's MaximumConcurrency is another setting than the account's
    assert not any("maximum-concurrency" in d["id"]
                   for d in aws_docs_say("max lambda concurrency", limit=3))
    # the reference's own matcher wants the entry's name typed; the answer gate reads
    # "message retention" as the retention period, and a range is not the default
    docs = aws_docs_say("default sqs message retention", limit=3)
    assert [d["id"] for d in docs] == ["sqs.retention-period.default"]
    assert aws_docs_say("default sqs message retention", service="Lambda") == []


def test_a_max_the_docs_call_an_adjustable_default_is_marked(tmp_path):
    conn = _db(tmp_path)
    hits = lookup(conn, "lambda concurrent executions max", limit=3).to_json()
    assert hits and "1000" in hits[0]["value"]
    currency = hits[0]["markers"]["currency"]
    assert currency and currency["status"] == "unknown" and "default" in currency["suspect"]
    out = CliRunner().invoke(app, ["lookup", "lambda concurrent executions max",
                                   "--db", str(tmp_path / "facts.db")])
    assert out.exit_code == 0
    assert "default you can change" in out.output and "adjustable" in out.output


COMPARE_NOTES = """\
# saa notes

## ALB vs NLB
- SNI: one ALB/NLB listener can serve several TLS certificates
- ALB = layer 7 (HTTP, paths, hosts). NLB = layer 4 (TCP/UDP, static IP)
"""


def test_a_comparison_is_not_answered_by_a_line_naming_both_as_one(tmp_path):
    notes = tmp_path / "notes"
    notes.mkdir()
    (notes / "elb.md").write_text(COMPARE_NOTES, encoding="utf-8")
    db = connect(tmp_path / "facts.db")
    ingest_paths(db, [notes])
    hits = lookup(db.conn, "alb vs nlb", limit=3).to_json()
    assert hits and "layer 7" in hits[0]["value"]


MODE_NOTES = """\
# sqs

## SQS
- FIFO queue: 300 TPS per API action
- message size 256 KB
"""


def test_a_mode_asked_by_name_is_not_answered_by_a_figure_that_never_names_it(tmp_path):
    notes = tmp_path / "notes"
    notes.mkdir()
    (notes / "sqs.md").write_text(MODE_NOTES, encoding="utf-8")
    db = connect(tmp_path / "facts.db")
    ingest_paths(db, [notes])
    # the plain FIFO queue's 300 TPS is no figure of the high-throughput mode
    assert _values(db.conn, "fifo queue high throughput mode tps") == []
    assert "300" in _values(db.conn, "sqs fifo tps")[0]
