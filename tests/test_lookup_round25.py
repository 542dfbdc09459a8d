"""Lookup on notes nobody tuned on (issue 10, round twenty-five): the misses of unseen41-43.

A line the parser made no fact of keeps the number it opens with ("100 buckets per account"),
and a statement that names what it counts beside its number ("200 resources per template",
"Aurora replicas up to 15") holds the count asked in full, as "5 MB" holds a size.
"""

from __future__ import annotations

from studycli.lookup.answer import _names_its_count
from studycli.lookup.lexicon import lexicon
from studycli.lookup.lines import _as_fact
from studycli.lookup.query import understand
from tests.helpers import first_value, lookup_values, notes_conn


def test_a_line_keeps_the_number_it_opens_with():
    fact = _as_fact({"text": "# 100 buckets per account default", "source": "s.sh", "line": 1,
                     "bm25": 0.0})
    assert fact["value"] == "100 buckets per account default"
    for text, value in (("3. Aurora replicas up to 15", "Aurora replicas up to 15"),
                        ("2) 200 resources per template", "200 resources per template"),
                        ("- 5 GSIs per table", "5 GSIs per table")):
        assert _as_fact({"text": text, "source": "n.md", "line": 1, "bm25": 0.0})["value"] \
            == value


def test_a_statement_naming_what_its_number_counts_holds_the_count():
    lex = lexicon()
    holds = [("how many s3 buckets per account", "100 buckets per account default"),
             ("aurora max replicas", "Aurora replicas up to 15, failover < 30 s"),
             ("how many gsi per table dynamo", "GSI: max 20 per table (default quota)"),
             ("ebs multi attach how many instances", "io1/io2 only, up to 16 Nitro instances")]
    for query, value in holds:
        assert _names_its_count(value, understand(query, lex), lex), (query, value)
    misses = [("max shards per kinesis stream", "1 shard = 1MB/s or 1000 rec/s IN"),
              ("max subnets per vpc", "1.2 Subnets"),
              ("max subnets per vpc", "e.g. /24 subnet = 256 - 5 = 251 usable"),
              ("elastic ips per region default", "AWS reserves 5 IPs in each subnet"),
              ("elastic ips per region default", "IPs | dynamic | 2 static anycast IPs"),
              ("memcached max nodes per cluster",
               "Memcached. Redis cluster mode enabled: up to 500 nodes."),
              ("sqs max queues per account", "SQS delay queue 0 default, max 15 min")]
    for query, value in misses:
        assert not _names_its_count(value, understand(query, lex), lex), (query, value)


SCRIPT = """\
#!/usr/bin/env bash
# S3 practice
BUCKET=my-study-bucket
aws s3 mb s3://$BUCKET
# 100 buckets per account default (soft limit, can raise to 1000)
aws s3api put-bucket-versioning --bucket $BUCKET --versioning-configuration Status=Enabled
"""


def test_a_comment_line_that_opens_with_its_count_answers(tmp_path):
    conn = notes_conn(tmp_path, SCRIPT, "s3.sh")
    assert "100 buckets" in first_value(conn, "how many s3 buckets per account")
    assert lookup_values(conn, "how many s3 objects per bucket") == []


TIMELINE = """\
# AWS changes I should know

- 2014-11 Lambda launched, max timeout 60 s
- 2018-10 Lambda timeout 5 -> 15 min
- 2020-12 S3 strong read-after-write consistency
- Lambda max timeout: 15 min (900 s)
- S3 consistency: strong read-after-write
"""


def test_a_question_asking_when_reads_a_date_as_its_answer(tmp_path):
    lex = lexicon()
    for query in ("when did lambda timeout become 15 min", "lambda tmp 10gb since when",
                  "when was lambda function url launched",
                  "when is the python 3.9 runtime deprecated"):
        assert understand(query, lex).dimensions == {"date"}, query
    for query in ("when is multipart upload required", "when should i use kinesis over sqs",
                  "ec2 launch template max versions", "lambda max timeout"):
        assert understand(query, lex).dimensions != {"date"}, query
    conn = notes_conn(tmp_path, TIMELINE, "timeline.md")
    assert first_value(conn, "when did lambda timeout become 15 min").startswith("2018-10")
    assert first_value(conn, "when did s3 get strong consistency").startswith("2020-12")
    assert "15 min" in first_value(conn, "lambda max timeout")


def test_units_and_bounds_a_student_writes_in_their_own_language_are_read():
    from studycli.lookup.answer import _units, in_english_units

    assert in_english_units("GSI: até 5 por tabela") == "GSI: up to 5 per tabela"
    assert in_english_units("BatchWriteItem até 25 itens") == "BatchWriteItem up to 25 items"
    assert _units({"value": "streams: retenção de 24 horas", "unit": ""}) == {"s"}
    assert _units({"value": "event history 90 din tak", "unit": ""}) == {"s"}
    assert _units({"value": "rétention 35 jours", "unit": ""}) == {"s"}
    assert in_english_units("plain English, 5 days") == "plain English, 5 days"


RESUMO = """\
# Resumo bancos de dados AWS

## DynamoDB
- Streams: retenção de 24 horas; StreamViewType KEYS_ONLY, NEW_IMAGE
- BatchWriteItem até 25 itens, BatchGetItem até 100 itens

## RDS
- Read replicas: até 5 por instância (MySQL, MariaDB, PostgreSQL)
"""


def test_a_portuguese_note_answers_with_its_own_units(tmp_path):
    conn = notes_conn(tmp_path, RESUMO, "resumo.md")
    # "24 h" once the parser reads "horas" (attrib18), the note's own words before; the line
    # itself, "retention de 24 horas", once its "retenção" is read too (lang46: as the same
    # line in English, "Streams: retention of 24 hours; ...", is answered)
    first = first_value(conn, "dynamodb streams retention")
    assert first.startswith(("24 h", "24 horas")) or "retention de 24 horas" in first
    assert "25 itens" in first_value(conn, "batchwriteitem max items")
    replicas = first_value(conn, "rds how many read replicas mysql")
    assert "até 5" in replicas or replicas == "5 replicas"  # (its count read: lang46)


def test_sizes_spelled_out_are_sizes_and_a_prefix_length_counts_nothing():
    from studycli.lookup.answer import _units, _without_non_counts

    assert _units({"value": "the /tmp directory is fixed at 512 megabytes", "unit": ""}) == {"B"}
    assert _units({"value": "may not exceed 4 kilobytes", "unit": ""}) == {"B"}
    assert "16" not in _without_non_counts("subnet CIDR between /16 and /28")
    assert "10" in _without_non_counts("dedicated 1/10/100 Gbps")


def test_max_subnets_is_not_answered_by_a_cidr_range(tmp_path):
    conn = notes_conn(tmp_path, "# VPC\n\n- 5 VPCs per region default, subnet CIDR between "
                      "/16 and /28, AWS reserves 5 IPs in every subnet\n", "vpc.md")
    assert lookup_values(conn, "max subnets per vpc") == []


def test_a_side_compared_may_be_a_service_of_several_words_and_its_initials():
    lex = lexicon()
    q = understand("kinesis data streams vs firehose difference", lex)
    assert len(q.compared) == 2
    kds, firehose = q.compared
    assert {"kinesis", "stream", "kds"} <= set(kds) and "data" not in kds
    assert "firehos" in firehose and "data" not in firehose  # "data" tells neither side
    assert "ga" in understand("cloudfront vs global accelerator", lex).compared[1]


COMPARE = """\
# Streaming

- Firehose vs KDS: Firehose = load data somewhere, no code. KDS = custom real-time consumers
- Kinesis Data Streams retention 24 h default, up to 365 days
"""


def test_a_comparison_written_with_initials_answers(tmp_path):
    conn = notes_conn(tmp_path, COMPARE, "streaming.md")
    assert "Firehose vs KDS" in first_value(conn, "kinesis data streams vs firehose difference")
