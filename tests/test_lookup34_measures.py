"""A value that does not measure what the query asks is no answer (session 25, lookup34):
a unit the query names that counts things of its own ("max ACU", "vcpu limit") is not
answered by a size or a duration; a number whose attribute names another measure is not
made the one asked by the subject it shares with the query ("global tables replication
latency" is not Global Tables' 35-day retention); a dimension word inside a longer cue of
another dimension asks nothing of its own ("batch size" asks a count, "minimum storage
duration" a duration)."""

from __future__ import annotations

import json

from .helpers import ingest_text, run_here, shipped_reference

REF = shipped_reference(200)

NOTES = (
    "# Databases\n\n## Aurora\n\n- Aurora storage grows automatically up to 128 TB\n"
    "- Backtrack window up to 72 hours\n\n"
    "## DynamoDB\n\n- Global Tables: Streams + PITR retention 35 days\n"
    "- item size max 400 KB\n\n"
    "## EC2\n\n- EC2 On-Demand: pay per second (Linux), min 60 sec\n\n"
    "## Lambda\n\n- Lambda free tier: 400,000 GB-seconds per month\n"
    "- SQS trigger batch size: up to 10,000 messages\n")


def _lookup(db, query: str) -> tuple[int, list[dict]]:
    result = run_here("lookup", query, "--json", "--limit", "3", db=db, env=REF)
    return result.returncode, json.loads(result.stdout)


def test_a_unit_named_is_not_answered_by_a_size_or_a_duration(tmp_path):
    _, db, _ = ingest_text(tmp_path, NOTES, columns="200")
    # "128 TB" and "72 h" are Aurora's maxima, but of storage and of a window: no ACUs
    assert _lookup(db, "aurora serverless v2 max acu") == (1, [])
    # "min 60 sec" is On-Demand billing's, no number of vCPUs
    assert _lookup(db, "ec2 on-demand vcpu limit default") == (1, [])
    # what they do measure is still answered
    code, hits = _lookup(db, "aurora max storage")
    assert code == 0 and hits[0]["value"] == "128 TB", hits
    code, hits = _lookup(db, "aurora backtrack window max")
    assert code == 0 and hits[0]["value"] == "72 h", hits


def test_a_unit_named_is_answered_by_a_number_of_it(tmp_path):
    _, db, _ = ingest_text(tmp_path, NOTES + "- Aurora Serverless v2 scales up to 256 ACU\n",
                           columns="200")
    code, hits = _lookup(db, "aurora serverless v2 max acu")
    assert code == 0 and "256" in hits[0]["value"], hits


def test_a_shared_subject_does_not_make_another_measure_the_one_asked(tmp_path):
    _, db, _ = ingest_text(tmp_path, NOTES, columns="200")
    assert _lookup(db, "dynamodb global tables replication latency") == (1, [])
    code, hits = _lookup(db, "dynamodb global tables pitr retention")
    assert code == 0 and "35 days" in hits[0]["value"], hits


def test_a_cue_inside_a_longer_cue_of_another_dimension_asks_nothing(tmp_path):
    from studycli.lookup.lexicon import lexicon
    from studycli.lookup.query import understand

    lex = lexicon()
    assert understand("lambda sqs batch size max", lex).dimensions == {"count"}
    assert understand("standard ia minimum storage duration", lex).dimensions == {"s"}
    # sizes and throughputs are read together, as before
    assert understand("dynamodb write capacity", lex).dimensions >= {"B/s"}
    assert "B" in understand("s3 max object size", lex).dimensions
    _, db, _ = ingest_text(tmp_path, NOTES, columns="200")
    code, hits = _lookup(db, "lambda sqs batch size max")
    assert code == 0 and hits[0]["value"] == "10,000 messages", hits
    assert all("400,000 GB" not in h["value"] for h in hits), hits


STREAMS = (
    "# Streaming\n\n## Kinesis\n\n"
    "- on-demand mode default capacity 4 MB/s in / 8 MB/s out\n"
    "- shard: 1 MB/s in, 2 MB/s out\n\n"
    "## SQS\n\n- FIFO throughput: 300 msg/s without batching, 3,000 msg/s with batching\n\n"
    "## Transit Gateway\n\n- up to 50 Gbps burst per VPC attachment\n"
    "- Default is 5,000 attachments per transit gateway.\n")


def test_a_throughput_counts_no_things_and_things_are_no_throughput(tmp_path):
    _, db, _ = ingest_text(tmp_path, STREAMS, columns="200")
    # megabytes a second are no number of shards, nor of attachments
    assert _lookup(db, "kinesis default shard quota per account") == (1, [])
    code, hits = _lookup(db, "transit gateway max attachments")
    assert code == 0 and "5,000" in hits[0]["value"], hits
    # what they do measure is still answered, writes a second too
    code, hits = _lookup(db, "transit gateway bandwidth per vpc attachment")
    assert code == 0 and hits[0]["value"] == "50 Gbps", hits
    code, hits = _lookup(db, "kinesis shard max writes")
    assert code == 0 and "1 MB/s" in hits[0]["value"], hits


def test_a_bare_count_beside_a_throughput_is_still_a_count(tmp_path):
    notes = STREAMS + "\n## VPN\n\n- Site-to-Site VPN: 2 tunnels per connection, 1.25 Gbps each\n"
    _, db, _ = ingest_text(tmp_path, notes, columns="200")
    code, hits = _lookup(db, "site to site vpn tunnels per connection")
    assert code == 0 and "2 tunnels" in hits[0]["value"], hits


def test_a_count_of_things_is_no_bandwidth(tmp_path):
    notes = STREAMS.replace("- up to 50 Gbps burst per VPC attachment\n", "")
    _, db, _ = ingest_text(tmp_path, notes, columns="200")
    assert _lookup(db, "transit gateway bandwidth per vpc attachment") == (1, [])


def test_a_rate_in_time_is_no_batch_size(tmp_path):
    _, db, _ = ingest_text(tmp_path, STREAMS, columns="200")
    assert _lookup(db, "lambda sqs fifo max batch size") == (1, [])
    code, hits = _lookup(db, "sqs fifo throughput with batching")
    assert code == 0 and "3000" in hits[0]["value"].replace(",", ""), hits


def _limit(service: str, subject: str, attribute: str, value: str, number: float) -> dict:
    return {"service": service, "subject": subject, "attribute": attribute, "kind": "limit",
            "qualifier": "max", "value": value, "number": number, "unit": "s", "low": None,
            "high": None, "snippet": f"- {subject}: {attribute} {value}", "source": "n.md",
            "line": 1}


def test_an_attribute_of_another_measure_is_not_made_the_one_asked_by_its_subject():
    from studycli.lookup.answer import THRESHOLD, _other_measure, answer_features, confidence
    from studycli.lookup.lexicon import lexicon
    from studycli.lookup.query import understand

    lex = lexicon()
    # "streams pitr" names a measure the query does not ask; "Global Tables" is only whose
    pitr = _limit("DynamoDB", "Global Tables", "streams pitr", "2 h", 7200.0)
    q = understand("dynamodb global tables replication timeout", lex)
    assert _other_measure(pitr, q, lex)
    assert confidence(answer_features(pitr, q, lex)) < THRESHOLD
    # the measure asked is still the one asked
    q = understand("dynamodb global tables pitr window", lex)
    assert not _other_measure(pitr, q, lex)
    # an attribute that is a measure of the dimension asked ("TTL", a heading's name) of the
    # subject asked may be the one asked under another name
    ttl = _limit("DynamoDB", "DynamoDB Streams", "TTL", "24 h", 86400.0)
    assert not _other_measure(ttl, understand("ddb streams retention", lex), lex)
