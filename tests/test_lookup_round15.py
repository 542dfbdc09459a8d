"""Lookup answers a size only with a size (issue 10, round fifteen): a statement of plain
counts ("up to 5 per source", "1 per AZ") states no size, while a size a note writes without
a byte unit (a CIDR prefix "/16", "10,240 characters") still answers.
"""

from __future__ import annotations

from studycli.ingest import ingest_paths
from studycli.store.db import connect
from tests.helpers import lookup_values, notes_conn

NOTES = """\
# saa scratch

## RDS
- RDS read replicas: up to 5 per source (MySQL/MariaDB/PostgreSQL)

## EFS
| Limit | Value |
|---|---|
| Mount targets | 1 per AZ |

## VPC
- VPC CIDR: between /16 and /28

## IAM
- an inline policy for a role can be at most 10,240 characters
"""


def _db(tmp_path):
    return notes_conn(tmp_path, NOTES, "scratch.md")


def _values(conn, query: str) -> list[str]:
    return lookup_values(conn, query)


def test_plain_counts_do_not_answer_a_size(tmp_path):
    conn = _db(tmp_path)
    assert _values(conn, "rds max storage size mysql") == []
    assert _values(conn, "efs max file size") == []
    # the count the line does state still answers its own question
    assert "5" in _values(conn, "rds max read replicas")[0]


def test_a_size_written_without_a_byte_unit_still_answers(tmp_path):
    conn = _db(tmp_path)
    assert "/16" in _values(conn, "vpc cidr size range")[0]
    assert "10,240" in _values(conn, "inline policy size for a role")[0]


COUNT_NOTES = """\
# networking scratch

## VPC
- A VPC spans all AZs in the region. Subnets are AZ-scoped (one subnet = one AZ).
- AWS reserves 5 IP addresses in every subnet (first 4 + last 1).
- NACL: subnet level, stateless (must allow return traffic on ephemeral ports 1024-65535)

## Lambda
- Number of default pollers ( 5 )
"""


def _count_db(tmp_path):
    return notes_conn(tmp_path, COUNT_NOTES, "net.md", "count_notes", "count.db")


def test_a_statement_that_only_mentions_the_counted_noun_gives_no_count(tmp_path):
    conn = _count_db(tmp_path)
    # "one subnet = one AZ" says what a subnet spans; "in every subnet" is a scope; the
    # ports inside the NACL's aside are labelled by the aside, not by "subnet level"
    assert _values(conn, "max subnets per vpc") == []
    # what the lines do count still answers
    assert "5" in _values(conn, "how many ips reserved per subnet")[0]
    assert "5" in _values(conn, "lambda default pollers")[0]


def test_aws_docs_offer_the_qualifier_asked_first():
    from studycli.lookup.docs import aws_docs_say

    # "how much X can" and "how long can" ask the most; the reference's tie falls by id,
    # which put the 128 MB default (and the 3 s default timeout) first
    assert aws_docs_say("how much memory can a lambda function have")[0]["id"] == \
        "lambda.memory.max"
    assert aws_docs_say("how long can a lambda function run")[0]["id"] == \
        "lambda.execution-timeout.max"
    assert aws_docs_say("smallest lambda memory")[0]["id"] == "lambda.memory.min"
    # a default asked, or no qualifier at all, keeps the default
    assert aws_docs_say("lambda memory default")[0]["id"] == "lambda.memory.default"
    assert aws_docs_say("how much memory does lambda get by default")[0]["id"] == \
        "lambda.memory.default"


def test_a_heading_does_not_say_the_scope_of_the_number_under_it(tmp_path):
    notes = tmp_path / "scope_notes"
    notes.mkdir()
    (notes / "ecs.md").write_text(
        "# ECS\n\n## quotas (pasted from the service quotas console)\n\n"
        "| Quota | Value |\n|---|---|\n| Tasks launched per RunTask call | 10 |\n",
        encoding="utf-8")
    db = connect(tmp_path / "scope.db")
    ingest_paths(db, [notes])
    # 10 tasks per RunTask call is no number of tasks per service, whatever the heading says
    assert _values(db.conn, "ecs max tasks per service") == []
    assert "10" in _values(db.conn, "ecs max tasks per runtask call")[0]


def test_an_osi_layer_is_no_quantity():
    from studycli.lookup.answer import NO_NUMBER, answer_features
    from studycli.lookup.lexicon import lexicon
    from studycli.lookup.query import understand
    from studycli.model import Kind

    lex = lexicon()

    def shape(value: str, query: str) -> float:
        fact = {"service": "ELB", "subject": "", "attribute": "set 3", "kind": Kind.FACT,
                "qualifier": None, "value": value, "number": None, "low": None,
                "unit": None, "snippet": value}
        return answer_features(fact, understand(query, lex), lex)["shape"]

    # "layer 4" is no timeout of the NLB: the statement states no quantity at all
    assert shape("ALB vs NLB: ALB = layer 7, HTTP/HTTPS. NLB = layer 4 TCP/UDP, static IP.",
                 "nlb idle timeout tcp") == NO_NUMBER
    # a number beside it still counts
    assert shape("NLB = layer 4, idle timeout 350 seconds", "nlb idle timeout tcp") == 1.0


def test_a_size_asked_is_no_throughput():
    from studycli.lookup.answer import OTHER_SHAPE, answer_features
    from studycli.lookup.lexicon import lexicon
    from studycli.lookup.query import understand
    from studycli.model import Kind

    lex = lexicon()

    def shape(query: str) -> float:
        fact = {"service": "Kinesis Data Streams", "subject": "", "attribute": "journal",
                "kind": Kind.FACT, "qualifier": None, "number": None, "low": None,
                "unit": None, "value": "note: each shard = 1 MB/s in, 2 MB/s out",
                "snippet": "note: each shard = 1 MB/s in, 2 MB/s out"}
        return answer_features(fact, understand(query, lex), lex)["shape"]

    assert shape("kinesis max record size") <= OTHER_SHAPE  # a record's size, not a rate
    assert shape("kinesis shard capacity") > OTHER_SHAPE  # a capacity may be a throughput
    assert shape("kinesis shard write throughput") == 1.0
