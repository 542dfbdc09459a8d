""""X vs Y" answered as a comparison (session 51, vs51; lookup/compared_answers.py): the row of
the notes' own comparison table on the aspect asked comes first (lookup/compared_rows.py;
the row names neither side itself, the table's header does, so a line naming one side or
the table's title "Multi-AZ vs Read Replica (classic exam q!)" came first); else a line
saying the aspect asked (lookup/aspect_first.py); a line only naming the comparison is no
answer (lookup/pair_heading.py).

The notes below are written as students write them; what they state agrees with the AWS
documentation: Multi-AZ's standby is replicated synchronously, read replicas
asynchronously (docs.aws.amazon.com/AmazonRDS/latest/UserGuide/Concepts.MultiAZSingleStandby.html,
docs.aws.amazon.com/AmazonRDS/latest/UserGuide/USER_ReadRepl.html), up to 15 of them per source
instance for MySQL, MariaDB and PostgreSQL (5 for Oracle and SQL Server, 3 for Db2: the
CreateDBInstanceReadReplica API's SourceDBInstanceIdentifier,
docs.aws.amazon.com/AmazonRDS/latest/APIReference/API_CreateDBInstanceReadReplica.html);
standard queues deliver at least once, a FIFO queue's name ends in .fifo
(docs.aws.amazon.com/AWSSimpleQueueService/latest/SQSDeveloperGuide/standard-queues.html,
docs.aws.amazon.com/AWSSimpleQueueService/latest/SQSDeveloperGuide/FIFO-queues.html); Memcached
runs multithreaded on nodes of several cores, Redis OSS backs up and restores
(docs.aws.amazon.com/AmazonElastiCache/latest/dg/SelectEngine.html)."""

from __future__ import annotations

import json

from .helpers import lookup_values, notes_conn, run_here

NOTES = """# Databases

**Multi-AZ vs Read Replica** (classic exam q!)

| | Multi-AZ | Read Replica |
|---|---|---|
| purpose | HA / failover | read scaling |
| replication | **synchronous** | **asynchronous** |
| failover | automatic, 60-120 s, DNS CNAME flips | manual promote |

- Multi-AZ failover usually 60-120 seconds
- Read replicas: up to 15 per source DB instance (MySQL, MariaDB, PostgreSQL)

## ElastiCache

| | Redis | Memcached |
|---|---|---|
| persistence / backups | yes (AOF, snapshots) | no |
| multi-threaded | no (mostly) | yes |

- default port Redis 6379, Memcached 11211
"""


def test_the_row_on_the_aspect_asked_answers_first_naming_each_side(tmp_path):
    conn = notes_conn(tmp_path, NOTES)
    first = lookup_values(conn, "multi az vs read replica replication")[0]
    assert first == "Multi-AZ: synchronous; read replica: asynchronous" \
        or first == "Multi-AZ: synchronous; Read Replica: asynchronous", first
    # asked the other way round, the sides come in the order asked
    first = lookup_values(conn, "memcached vs redis persistence")[0]
    assert first.startswith("Memcached: no; Redis: yes"), first
    # an aspect typed in two words, said by the row's label in one hyphened ("multi-threaded")
    assert lookup_values(conn, "redis vs memcached multi threaded")[0].startswith(
        "Redis: no (mostly); Memcached: yes")
    conn.close()


def test_no_row_answers_when_no_aspect_is_asked_or_none_is_said(tmp_path):
    from studycli.lookup.compared_rows import compared_rows
    from studycli.lookup.lexicon import lexicon
    from studycli.lookup.query import understand

    conn = notes_conn(tmp_path, NOTES)
    lex = lexicon()
    # no aspect: every row compares them, none is the one asked
    assert compared_rows(conn, understand("redis vs memcached", lex), lex, 3) == []
    # an aspect no row says
    assert compared_rows(conn, understand("redis vs memcached max nodes", lex), lex, 3) == []
    # one side not the table's: Redis against Multi-AZ is compared by no row
    assert compared_rows(conn, understand("redis vs multi az replication", lex), lex, 3) == []
    conn.close()


def test_the_cli_prints_the_row_with_its_note_line(tmp_path):
    notes = tmp_path / "notes"
    notes.mkdir()
    (notes / "db.md").write_text(NOTES, encoding="utf-8")
    db = tmp_path / "s.db"
    assert run_here("ingest", str(notes), db=db).returncode == 0
    result = run_here("lookup", "multi-az vs read replica replication", "--json", db=db)
    assert result.returncode == 0, result.stderr
    hit = json.loads(result.stdout)[0]
    assert hit["value"].lower() == "multi-az: synchronous; read replica: asynchronous"
    assert hit["source"] == "db.md" and hit["line"] == 8
    assert hit["snippet"] == "| replication | **synchronous** | **asynchronous** |"
    assert hit["attribute"] == "replication" and hit["service"] == "RDS"


HEADED = """# Security

Secrets Manager vs Parameter Store  (exam fav)

- Secrets Manager: built-in rotation via Lambda
- Parameter Store: no built-in rotation

## KMS

- KMS vs CloudHSM
"""


def test_a_heading_naming_the_comparison_is_no_answer(tmp_path):
    conn = notes_conn(tmp_path, HEADED)
    values = lookup_values(conn, "param store vs secrets manager rotation")
    assert values and "rotation" in values[0], values
    assert not any(v.startswith("Secrets Manager vs Parameter Store") for v in values), values
    # a line naming the comparison and nothing of it answers nothing: the lookup abstains
    assert lookup_values(conn, "kms vs cloudhsm") == []
    conn.close()


def test_a_line_that_goes_on_after_the_pair_compares():
    from studycli.lookup.lexicon import lexicon
    from studycli.lookup.pair_heading import names_comparison_only
    from studycli.lookup.query import understand

    lex = lexicon()
    q = understand("sqs vs sns", lex)
    assert names_comparison_only("SQS vs SNS (exam fav)", q, lex)
    assert names_comparison_only("SNS vs SQS:", q, lex)
    assert not names_comparison_only("SNS vs SQS: SNS = push, SQS = pull", q, lex)
    assert not names_comparison_only("SQS vs SNS - SNS pushes to subscribers", q, lex)
    assert not names_comparison_only("SQS vs SNS is the classic decoupling question here", q,
                                     lex)  # more words than a heading's
    assert not names_comparison_only("SQS vs Kinesis", q, lex)  # another comparison


QUEUES = """SQS thread 1/9: basics
- fully managed queue, consumers poll
- retention default = 4 days

SQS thread 5/9: Standard vs FIFO
Standard: unlimited TPS, at-least-once delivery, best-effort ordering
FIFO: strict order, 300 msg/s without batching
FIFO queue name MUST end in .fifo
hot take: FIFO is for exams, Standard is for real life

SQS thread 7/9: myth vs fact
FACT: standard queue in-flight limit = 120,000 msgs, FIFO = 20,000
"""


def test_of_the_lines_answering_a_comparison_the_one_saying_the_aspect_comes_first(tmp_path):
    conn = notes_conn(tmp_path, QUEUES)
    # lines naming both queue types say nothing of delivery; the side's line says it
    assert "at-least-once delivery" in lookup_values(conn, "sqs standard vs fifo delivery")[0]
    # no aspect asked: the ranking decides, as before (a line naming both sides first)
    assert "at-least-once" not in lookup_values(conn, "sqs standard vs fifo")[0]
    conn.close()


BALANCERS = """# ELB

| | ALB | NLB |
|---|---|---|
| layer | 7 | 4 |
| static IP | no (use Global Accelerator) | yes, 1 per AZ / EIP |

- ALB puts the client IP in the X-Forwarded-For header
"""


def test_a_line_saying_all_the_aspect_keeps_first_place_one_saying_part_does_not(tmp_path):
    conn = notes_conn(tmp_path, BALANCERS)
    # "client IP in X-Forwarded-For" says "ip", not "static": the row comes first
    assert lookup_values(conn, "alb vs nlb static ip")[0].startswith(
        "ALB: no (use Global Accelerator); NLB: yes, 1 per AZ / EIP")
    conn.close()


VOLUMES = """# EBS

| trait | gp3 | gp2 |
|---|---|---|
| IOPS | gp3 IOPS not tied to size | gp2 IOPS = 3 per GiB |

- io2 Block Express: max ratio 1000 IOPS per GiB
"""


def test_the_first_answer_from_the_rows_own_line_gives_its_place_to_the_row(tmp_path):
    conn = notes_conn(tmp_path, VOLUMES)
    # the row's line, read as a fact, answered first; the row written with its sides
    # takes that place, not the next line that says "iops"
    assert lookup_values(conn, "gp3 vs gp2 iops")[0].startswith(
        "gp3: gp3 IOPS not tied to size; gp2: gp2 IOPS = 3 per GiB")
    conn.close()


COMPUTE = """# Compute

| | Lambda | Fargate |
|---|---|---|
| max duration | 15 min | no limit |
| pricing | per request + GB-s | per vCPU and GB of memory per second |

- Lambda memory 128 MB to 10,240 MB
"""


def test_a_row_saying_only_the_bound_asked_is_no_answer(tmp_path):
    conn = notes_conn(tmp_path, COMPUTE)
    # "max" is said by the row on "max duration"; "memory" is not: the row answers nothing
    # of memory, the line that says it comes first
    values = lookup_values(conn, "lambda vs fargate max memory")
    assert values and not values[0].startswith("Lambda: 15 min"), values
    assert values[0].startswith("Lambda memory 128 MB"), values
    # the row on the measure asked still comes first
    assert lookup_values(conn, "lambda vs fargate max duration")[0] == \
        "Lambda: 15 min; Fargate: no limit"
    conn.close()


SIZED = """# EBS

gp2 vs gp3 (gp3 20% cheaper)

- gp2: 3 IOPS per GiB
- gp3: 3000 IOPS baseline
"""


def test_a_line_naming_a_side_again_or_giving_a_figure_is_no_heading(tmp_path):
    from studycli.lookup.lexicon import lexicon
    from studycli.lookup.pair_heading import names_comparison_only
    from studycli.lookup.query import understand

    lex = lexicon()
    q = understand("sqs vs sns", lex)
    assert not names_comparison_only("SQS vs SNS (SNS pushes)", q, lex)
    assert not names_comparison_only("SQS vs SNS (~20% cheaper)", q, lex)
    assert names_comparison_only("SQS vs SNS (exam fav)", q, lex)
    conn = notes_conn(tmp_path, SIZED)
    # the only line of the notes saying anything of cost is kept as an answer
    assert any("cheaper" in v for v in lookup_values(conn, "gp2 vs gp3 cost")), \
        lookup_values(conn, "gp2 vs gp3 cost")
    conn.close()


ENGINES = """SESSION 6: Databases

Aurora vs RDS MySQL: Aurora ~5x MySQL throughput, 3x Postgres; faster failover; costs ~20% more
"""


def test_a_line_comparing_the_two_itself_is_written_once(tmp_path):
    from studycli.lookup.compared_rows import compared_rows
    from studycli.lookup.lexicon import lexicon
    from studycli.lookup.query import understand

    conn = notes_conn(tmp_path, ENGINES)
    lex = lexicon()
    rows = compared_rows(conn, understand("aurora vs rds mysql throughput", lex), lex, 3)
    # kept by the parser as a row whose two cells are the line: the line, not twice over
    assert [r["value"] for r in rows] == [
        "Aurora vs RDS MySQL: Aurora ~5x MySQL throughput, 3x Postgres; faster failover; "
        "costs ~20% more"], rows
    assert compared_rows(conn, understand("aurora vs rds max memory", lex), lex, 3) == []
    conn.close()
