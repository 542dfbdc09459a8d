"""Specific facts the shipped notes must yield: every file, every kind."""

from __future__ import annotations

import pytest

from studycli.conflicts import find_conflicts
from studycli.store.db import connect
from studycli.store.facts import list_facts

from .conftest import copy_of
from .helpers import CONTENT

KB, MB, GB, TB = 1024, 1024**2, 1024**3, 1024**4
MIN, HOUR, DAY = 60, 3600, 86400
F0, F1, F2, F3, F4 = sorted(p.name for p in CONTENT.iterdir())


@pytest.fixture(scope="module")
def facts(tmp_path_factory, shipped_db_file):
    """The shipped notes (ingested once per test session: conftest.shipped_db_file)."""
    db = connect(copy_of(shipped_db_file, tmp_path_factory.mktemp("shipped")))
    return db, list_facts(db)


def find(facts, **want):
    def ok(f):
        for k, v in want.items():
            got = getattr(f, k)
            if isinstance(v, str) and isinstance(got, str):
                if got.lower() != v.lower():
                    return False
            elif got != v:
                return False
        return True
    return [f for f in facts if ok(f)]


LIMITS = [
    # (service, subject, attribute, qualifier, number, unit, source)
    ("Lambda", "", "execution timeout", "max", 900, "s", F1),
    ("Lambda", "", "execution timeout", "default", 3, "s", F1),
    ("Lambda", "", "execution timeout", "max", 15 * MIN, "s", F2),
    ("Lambda", "", "memory", "max", 10240 * MB, "B", F2),
    ("Lambda", "", "memory", "min", 128 * MB, "B", F2),
    ("Lambda", "", "ephemeral storage (/tmp)", "max", 10240 * MB, "B", F2),
    ("Lambda", "", "layers", "max", 5, "count", F1),
    ("Lambda", "", "deployment package size", "max", 50 * MB, "B", F1),
    ("Lambda", "", "concurrent executions", "max", 1000, "count", F3),
    ("Lambda", "provisioned concurrency", "start latency", "max", 0.1, "s", F4),
    ("SQS", "", "message size", "max", 256 * KB, "B", F0),
    ("SQS", "", "message size", "max", 256 * KB, "B", F1),
    ("SQS", "", "visibility timeout", "default", 30, "s", F1),
    ("SQS", "", "visibility timeout", "default", 30, "s", F3),
    ("SQS", "", "retention period", "max", 14 * DAY, "s", F1),
    ("SQS", "delay queue", "delivery delay", "max", 15 * MIN, "s", F0),
    ("SQS", "long polling", "long polling wait time", "max", 20, "s", F1),
    ("SQS", "FIFO queue", "throughput (with batching)", "", 3000, "per_s", F0),
    ("SQS", "FIFO queue", "throughput (without batching)", "max", 300, "per_s", F0),
    ("SQS", "FIFO queue", "deduplication interval", "", 5 * MIN, "s", F1),
    ("SNS", "", "message size", "max", 256 * KB, "B", F0),
    ("API Gateway", "", "integration timeout", "max", 29, "s", F1),
    ("API Gateway", "cache", "cache TTL", "default", 300, "s", F0),
    ("API Gateway", "cache", "cache TTL", "max", 3600, "s", F2),
    ("API Gateway", "cache", "cache size", "max", 237 * GB, "B", F0),
    ("API Gateway", "", "account throttle limit", "max", 10000, "per_s", F1),
    ("Kinesis Data Streams", "", "retention period", "default", 24 * HOUR, "s", F0),
    ("Kinesis Data Streams", "", "retention period", "max", 365 * DAY, "s", F0),
    ("Kinesis Data Streams", "shard", "write throughput", "", 1 * MB, "B/s", F0),
    ("Kinesis Data Streams", "shard", "read throughput", "", 2 * MB, "B/s", F0),
    ("Step Functions", "Express workflow", "execution duration", "max", 5 * MIN, "s", F0),
    ("Step Functions", "Standard workflow", "execution duration", "max", 365 * DAY, "s", F0),
    ("Data Firehose", "", "buffer size", "", 1 * MB, "B", F0),
    ("Data Firehose", "", "buffer interval", "", 60, "s", F0),
    ("S3", "", "object size", "max", 5 * TB, "B", F3),
    ("S3", "S3 Standard-IA", "minimum storage duration", "min", 30 * DAY, "s", F3),
    ("S3", "S3 Standard-IA", "minimum billable object size", "min", 128 * KB, "B", F3),
]


@pytest.mark.parametrize("service,subject,attribute,qualifier,number,unit,source", LIMITS)
def test_limit(facts, service, subject, attribute, qualifier, number, unit, source):
    _, all_facts = facts
    found = find(all_facts, service=service, subject=subject, attribute=attribute,
                 qualifier=qualifier, unit=unit, source=source)
    assert any(f.number == pytest.approx(number) for f in found), found


RANGES = [
    ("Lambda", "", "memory", 128 * MB, 10240 * MB, F1),
    ("Lambda", "", "execution timeout", 3, 900, F1),
    ("API Gateway", "cache", "cache TTL", 0, 3600, F0),
    ("API Gateway", "cache", "cache size", 500 * MB, 237 * GB, F2),
    ("SQS", "delay queue", "delivery delay", 0, 15 * MIN, F1),
]


@pytest.mark.parametrize("service,subject,attribute,low,high,source", RANGES)
def test_range(facts, service, subject, attribute, low, high, source):
    _, all_facts = facts
    found = find(all_facts, service=service, subject=subject, attribute=attribute, kind="range",
                 source=source)
    assert any((f.low, f.high) == (low, high) for f in found), found


def test_api_gateway_status_codes_in_every_note_that_lists_them(facts):
    _, all_facts = facts
    for source in (F0, F2):
        codes = {f.attribute for f in find(all_facts, service="API Gateway", kind="error_code",
                                           source=source)}
        assert {"400", "403", "429", "502", "503", "504"} <= codes
    meaning = find(all_facts, service="API Gateway", attribute="504", source=F1)[0].value
    assert "Integration_Timeout" in meaning


def test_lambda_exceptions(facts):
    _, all_facts = facts
    names = {f.attribute: f.value for f in find(all_facts, service="Lambda", kind="error_code")}
    assert names["InvalidParameterValueException"].startswith("One of the parameters")
    assert "code size" in names["CodeStorageExceededException"]
    assert "already exists" in names["ResourceConflictException"]
    assert "internal error" in names["ServiceException"]
    assert names["ThrottleError"].startswith("429")


@pytest.mark.parametrize("invoker,mode", [
    ("S3", "asynchronous"), ("SNS", "asynchronous"), ("EventBridge", "asynchronous"),
    ("SES", "asynchronous"), ("API Gateway", "synchronous"), ("ELB", "synchronous"),
    ("Cognito", "synchronous"), ("SQS", "event source mapping"),
    ("Kinesis Data Streams", "event source mapping"), ("DynamoDB", "event source mapping"),
])
def test_invocation_modes(facts, invoker, mode):
    _, all_facts = facts
    modes = {f.value for f in find(all_facts, service="Lambda", kind="invocation_mode",
                                   subject=invoker)}
    assert modes == {mode}


def test_defaults_without_numbers(facts):
    _, all_facts = facts
    values = {(f.service, f.attribute, f.value) for f in find(all_facts, kind="default")}
    assert ("API Gateway", "endpoint type", "Edge-Optimized") in values
    assert ("Lambda", "networking mode", "Public Networking") in values
    assert ("SQS", "polling type", "Short polling") in values
    assert ("Lambda", "invocation type", "RequestResponse") in values
    assert ("Step Functions", "workflow type", "Standard Workflow") in values


def test_comparisons(facts):
    db, _ = facts
    pairs = {(r["left"], r["right"]) for r in db.query("SELECT left, right FROM comparisons")}
    assert ("SQS", "Kinesis Data Streams") in pairs
    assert ("standard queue", "FIFO queue") in pairs
    assert ("S3 Standard", "S3 Glacier") in pairs
    assert ("HTTP API", "REST API") in pairs  # a web table pasted without cell breaks
    assert ("Lambda", "Fargate") in pairs  # sibling items under "Computation"


def test_conflicts_between_notes(facts):
    db, _ = facts
    keys = {(g[0].service, g[0].attribute): {f.value for f in g} for g in find_conflicts(db)}
    assert keys[("Lambda", "retries")] >= {"3 times", "2 times"}
    assert keys[("Lambda", "docker support")] == {"supported", "not supported"}
    assert keys[("Lambda", "memory per vCPU")] == {"1792 MB", "1769 MB"}
