"""Lookup on notes nobody tuned on (issue 10, round twenty-one): a note line the parser
made no fact of, with no fact near it, is of the service its section's heading names (a
spreadsheet pasted as CSV in a code block under "## Kinesis Data Streams").
"""

from __future__ import annotations

from tests.helpers import first_value, lookup_values, notes_conn

PASTED_CSV = """\
# Streaming quotas

exported my sheet as CSV and pasted it here

## Kinesis Data Streams

### per shard

```
"Item","Value","Notes"
"Shard write throughput","1 MB/s or 1,000 records/s","per shard, whichever first"
"Shard read throughput","2 MB/s","shared by all classic consumers"
```

## SQS

- visibility timeout default 30 s
"""


def test_a_pasted_row_is_of_the_service_its_heading_names(tmp_path):
    conn = notes_conn(tmp_path, PASTED_CSV, "streams.md")
    assert not conn.execute("SELECT 1 FROM facts WHERE line BETWEEN 10 AND 13").fetchone(), \
        "the premise: the parser makes no fact of the pasted rows"
    assert "1 MB/s" in first_value(conn, "kinesis shard write throughput")
    assert "2 MB/s" in first_value(conn, "kds read throughput per shard")


def test_a_heading_of_another_service_speaks_for_no_line(tmp_path):
    conn = notes_conn(tmp_path, PASTED_CSV.replace("## Kinesis Data Streams", "## Misc"),
                      "streams.md")
    assert lookup_values(conn, "kinesis shard write throughput") == []


DICTATED = """\
dictated on the bus, lambda part two

s3 calls lambda asynchronously
sqs is neither really its an event source mapping lambda polls the queue
and for kinesis streams it is event source mapping polling too
"""


def test_a_mode_asked_of_an_invoker_is_read_from_a_line_naming_it(tmp_path):
    conn = notes_conn(tmp_path, DICTATED, "walk.txt")
    assert not conn.execute("SELECT 1 FROM facts WHERE kind = 'invocation_mode' AND "
                            "subject LIKE 'Kinesis%'").fetchone(), \
        "the premise: the parser makes no mode fact of the Kinesis line"
    assert "polling" in first_value(conn, "kinesis to lambda invocation")
