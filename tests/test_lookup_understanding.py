"""Query understanding from the lexicon's own tables: API and feature names as a service's
subjects ("enhanced fan-out" is Kinesis, not SNS's fan-out), a subject name that holds
another service's name ("lambda authorizer" is API Gateway's), words that ask for a name
rather than a unit ("throughput mode"), and "how often" as a duration. And the answer
score's readings of a few shapes: a count of characters is a length, an exception named in
a line no section files under a service still answers, a setting asked with no qualifier is
its default."""

from __future__ import annotations

import pytest

from studycli.lookup import lookup
from studycli.lookup.lexicon import lexicon
from studycli.lookup.query import understand
from studycli.store.db import connect

from .helpers import note_db

NOTE = """# Kinesis Data Streams
- Enhanced fan-out consumers per stream: 20
- Each enhanced fan-out consumer reads 2 MB/s per shard

# SNS
- Fan-out pattern: SNS topic to many SQS queues
- SNS standard topic throughput: 30,000 messages/s

# EFS
- Throughput modes: Bursting (default), Provisioned, Elastic

# API Gateway
- Lambda authorizer result cache TTL 300 seconds by default

# Lambda
- Async invocations are retried 2 times by default

# DynamoDB
- switching provisioned <-> on-demand: once every 24 hours

# CloudFront
- origin response timeout: 1-60 s
- origin response timeout: 30 s by default

# IAM
- managed policy size: 6,144 characters max

# DynamoDB capacity
- 40,000 WCUs per table
- 1 WCU = one write per second of an item up to 1 KB

# Kinesis Data Streams quotas
- On-demand mode: 4 MB/s write default

# KMS
- key deletion waiting period: 7 to 30 days, default 30 days

# Lambda invoke API
- InvocationType="Event" → asynchronous, returns 202 right away
- InvocationType="RequestResponse" is the default → synchronous

# Errors you'll see
- ResourceNotFoundException → function doesn't exist / wrong ARN
"""


@pytest.fixture(scope="module")
def conn(tmp_path_factory):
    c = connect(note_db(tmp_path_factory.mktemp("understanding"), NOTE), readonly=True).conn
    yield c
    c.close()


def test_a_feature_name_is_read_as_its_service_subject():
    q = understand("enhanced fan out throughput per consumer", lexicon())
    assert q.implied_services == ["Kinesis Data Streams"]
    assert ("SNS", "fan-out") not in q.subjects
    assert understand("sns fan-out", lexicon()).implied_services == ["SNS"]


def test_an_api_name_names_its_service():
    assert "DynamoDB" in understand("BatchWriteItem max items", lexicon()).implied_services
    assert "SQS" in understand("maxReceiveCount range", lexicon()).implied_services


def test_a_subject_holding_another_service_name_is_that_subject():
    q = understand("lambda authorizer cache ttl", lexicon())
    assert q.services == [] and q.implied_services == ["API Gateway"]
    assert understand("lambda timeout", lexicon()).services == ["Lambda"]


def test_a_definition_asked_is_a_concept_question():
    q = understand("1 wcu = ?", lexicon())
    assert q.concept and not q.numbers and not q.dimensions
    assert not understand("what is the max wcu", lexicon()).concept


def test_a_name_asked_is_no_unit():
    assert understand("efs default throughput mode", lexicon()).dimensions == set()
    assert understand("efs default throughput", lexicon()).dimensions == {"B/s"}
    assert understand("how often can dynamodb switch", lexicon()).dimensions == {"s"}


@pytest.mark.parametrize("query,expected", [
    ("enhanced fan out throughput per consumer", "2 MB/s"),
    ("how many efo consumers per stream", "20"),
    ("efs default throughput mode", "Bursting"),
    ("lambda authorizer cache ttl", "300"),
    ("how often switch ondemand provisioned dynamodb", "24"),
    ("cloudfront origin response timeout", "30 s"),       # the default, not the range
    ("cloudfront max origin response timeout", "60 s"),   # unless a qualifier is asked
    ("managed policy max size characters", "6144"),
    ("ResourceNotFoundException lambda", "wrong ARN"),
    ("wcu = ?", "1 KB"),                           # a definition asked: the statement
    ("kinesis on-demand write capacity", "4 MB/s"),  # capacity goes with throughput
    ("kms pending deletion default", "30 days"),     # pending goes with waiting
    ("InvocationType default", "RequestResponse"),   # the statement saying "default"
])
def test_answered(conn, query, expected):
    hits = lookup(conn, query, limit=1).to_json()
    assert hits and expected in hits[0]["value"], (query, hits)


@pytest.mark.parametrize("clause,counted,says", [
    ("up to 10,000 queues per account", "queues", True),
    ("Concurrent executions per Region | 1,000", "executions", True),  # a label before it
    ("each stage has one deployment", "stages", False),    # "one" counts deployments
    ("100 Lambda function invocations", "functions", False),  # counts invocations
    ("Max=15 (Not supported on FIFO queues)", "queues", False),  # counts nothing named
])
def test_the_noun_a_statement_number_counts(clause, counted, says):
    from studycli.lookup.answer import _counted_by_number
    from studycli.lookup.text import stem

    assert _counted_by_number(clause, {stem(counted)}, lexicon()) is says


def test_an_api_name_is_no_plural_counted():
    assert not understand("kinesis GetRecords max data per call", lexicon()).counted
    assert understand("max shards per kinesis stream", lexicon()).counted == {"shard"}


def test_an_abbreviated_phrase_is_one_concept_and_counts_what_its_meaning_counts():
    from studycli.lookup.text import stem

    q = understand("lambda concurrent executions limit per region", lexicon())
    phrase = [c for c in q.topic if stem("executions") in c]
    assert len(phrase) == 1 and stem("concurrency") in phrase[0]
    assert stem("concurrency") in q.counted  # "concurrency 1,000 per region" counts it


@pytest.mark.parametrize("query", ["what should sqs visibility timeout be for a lambda consumer",
                                   "how should i size the lambda timeout"])
def test_advice_asked_is_a_concept_question(query):
    """"What should X be": the statement that advises answers, not X's default."""
    q = understand(query, lexicon())
    assert q.concept and not q.dimensions


def test_min_after_a_number_is_minutes_not_a_minimum():
    q = understand("which support plan has 15 min response", lexicon())
    assert q.qualifier is None and (900.0, "s") in q.numbers
    assert understand("lambda min memory", lexicon()).qualifier == "min"


def test_a_bound_on_the_plural_of_a_service_name_counts_it():
    q = understand("max ebs volumes attached to an instance", lexicon())
    assert "count" in q.dimensions and q.counted == {"volum"}
    q = understand("max step functions duration", lexicon())  # a unit asked: no count
    assert "count" not in q.dimensions


def test_a_count_of_other_things_does_not_answer_a_count_of_volumes(tmp_path):
    note = "# EBS\n\n- io1/io2: support Multi-Attach (up to 16 Nitro instances in same AZ)\n"
    conn = connect(note_db(tmp_path, note, "ebs.md"), readonly=True).conn
    try:
        assert lookup(conn, "max ebs volumes attached per ec2 instance").hits == []
    finally:
        conn.close()
