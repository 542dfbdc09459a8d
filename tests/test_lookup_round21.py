"""Lookup on notes nobody tuned on (issue 10, round twenty-one): a note line the parser
made no fact of, with no fact near it, is of the service its section's heading names (a
spreadsheet pasted as CSV in a code block under "## Kinesis Data Streams").
"""

from __future__ import annotations

from studycli.lookup.lexicon import lexicon
from studycli.lookup.query import understand
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
    # (since attrib14 the parser reads the pasted rows as a table itself, under the heading's
    # service: the answers are the same, now from its facts)
    assert "1 MB/s" in first_value(conn, "kinesis shard write throughput")
    assert "2 MB/s" in first_value(conn, "kds read throughput per shard")


def test_a_heading_of_another_service_speaks_for_no_line(tmp_path):
    conn = notes_conn(tmp_path, PASTED_CSV.replace("## Kinesis Data Streams", "## Misc"),
                      "streams.md")
    # (since attrib14 the parser reads the rows, under no service: only their own words, as
    # statements, may answer; no value is filed under a service the heading does not name)
    assert not conn.execute("SELECT 1 FROM facts WHERE line BETWEEN 10 AND 13 "
                            "AND service != ''").fetchone()
    assert all(" | " in value for value in lookup_values(conn, "kinesis shard write throughput"))


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


LOAD_BALANCERS = """\
# SAA cram

## Load balancers: ALB vs NLB vs GWLB

- ALB health check default interval 30 s, healthy threshold 5, unhealthy threshold 2
- X-Forwarded-For header has client IP behind ALB; NLB preserves client IP
- cross-zone on ALB: no inter-AZ charge. NLB: pay for inter-AZ if you enable it

## What showed up on my exam

- ALB = layer 7, path/host routing, Lambda targets. NLB = layer 4, static IP per AZ
"""


def test_a_line_defining_each_side_answers_a_bare_comparison(tmp_path):
    conn = notes_conn(tmp_path, LOAD_BALANCERS, "lb.md")
    assert "layer 4" in first_value(conn, "alb vs nlb")


def test_opposites_said_of_one_side_are_no_contrast_of_the_two(tmp_path):
    """"healthy threshold 5, unhealthy threshold 2" is said of ALB alone: under the notes'
    "ALB vs NLB" heading it states no difference between them (a table's row would)."""
    from studycli.lookup.features import Seen, contrast_pair

    lex = lexicon()
    q = understand("alb vs nlb", lex)
    # the heading "Load balancers: ALB vs NLB vs GWLB" as the parser files it, without names
    fact = {"service": "ELB", "subject": "", "attribute": "load balancers: vs vs",
            "kind": "fact", "qualifier": "", "number": None, "unit": "", "low": None,
            "high": None, "snippet": "", "source": "n.md", "line": 1}
    one_side = {**fact, "value": "ALB health check: healthy threshold 5, unhealthy threshold 2"}
    row = {**fact, "value": "health check | healthy threshold 5 | unhealthy threshold 2"}
    assert contrast_pair(Seen(one_side, q, lex.stopwords, None)) == 0.0
    assert contrast_pair(Seen(row, q, lex.stopwords, None)) == 1.0


FIFO = """\
# SQS

- FIFO queue name must end in .fifo
- FIFO: 300 msg/s without batching, 3,000 msg/s with batching
- standard queue: nearly unlimited TPS
"""


def test_a_rate_per_second_says_throughput(tmp_path):
    """"throughput" names a rate: messages a second are one, as MB/s are."""
    conn = notes_conn(tmp_path, FIFO, "sqs.md")
    assert "300" in first_value(conn, "sqs fifo throughput")


EFS = """\
# Storage slides

## EFS

- NFS v4.1, Linux only (no Windows -> FSx for Windows)
- multi-AZ, pay per GB used
"""


def test_work_with_asks_whether_it_is_supported(tmp_path):
    """"does efs work with windows": "work" asks, as "type" or "way" do; the line says
    Windows."""
    conn = notes_conn(tmp_path, EFS, "storage.md")
    assert "Linux only" in first_value(conn, "does efs work with windows")


IAM = """\
# IAM outline

- Max managed policies attached to a role: 10 (can raise to 20)
- policy evaluation: explicit deny wins
"""


def test_a_label_counts_what_comes_before_where_it_is(tmp_path):
    """"Max managed policies attached to a role: 10" counts policies, not roles."""
    conn = notes_conn(tmp_path, IAM, "iam.md")
    assert lookup_values(conn, "iam max roles per account") == []
    assert "10" in first_value(conn, "iam max managed policies per role")


def test_a_short_plural_before_per_is_what_is_counted():
    q = understand("elastic ips per region default", lexicon())
    assert "ip" in q.counted or "ips" in q.counted, q.counted


VPC = """\
# VPC

| Quota | Value |
|---|---|
| VPCs per region | 5 |
"""


def test_a_count_of_another_noun_per_the_scope_asked_is_no_answer(tmp_path):
    conn = notes_conn(tmp_path, VPC, "vpc.md")
    assert lookup_values(conn, "elastic ips per region default") == []
    assert "5" in first_value(conn, "vpcs per region")


def test_an_adverb_of_a_mode_asks_the_mode():
    """"does eventbridge call lambda synchronously": "synchronously" asks how it is invoked,
    as "sync" and "synchronous" do."""
    q = understand("does eventbridge call lambda synchronously", lexicon())
    assert "invocation_mode" in q.kinds
    assert "invocation_mode" in understand("s3 invokes lambda asynchronously?", lexicon()).kinds


DDB = """\
# DynamoDB practice log

* LSI: same PK diff SK, ONLY at table creation, max 5 per table, strong consistency OK
* item size max 400 KB
"""


def test_a_line_label_names_the_topic_of_each_clause(tmp_path):
    """"LSI: ..., max 5 per table": the clause stating 5 says "LSI" by the line's label."""
    conn = notes_conn(tmp_path, DDB, "ddb.md")
    assert "5 per table" in first_value(conn, "how many LSIs per table")


def test_incl_is_including():
    """A cheat sheet's "incl" is "including": "250 MB unzipped including layers" says it."""
    q = understand("lambda unzipped package limit incl layers", lexicon())
    assert any("includ" in concept for concept in q.topic), q.topic



def test_a_word_and_its_compound_are_no_opposites():
    """A reviewer: 'cross-region replication | async across regions' and 'inline policy: one
    line' were read as stating opposites (cross/across, line/inline), weighing +4."""
    from studycli.lookup.features import _states_opposites

    assert not _states_opposites("Cross-region replication | async across regions")
    assert not _states_opposites("inline policy: one line")
    assert not _states_opposites("everything apart from part numbers")
    assert _states_opposites("replication | sync | async")
    assert _states_opposites("stateful | stateless")
    assert _states_opposites("active | inactive")
