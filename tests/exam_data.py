"""A small fact base written as real note files, for the exam and compare tests.

Each fact's note line is written to a file in a tmp dir, so a question can be traced back to
a line that states the fact.
"""

from __future__ import annotations

import hashlib

from studycli.model import Comparison, Fact, ParsedNote
from studycli.reference.currency import refresh_currency
from studycli.store.db import connect
from studycli.store.facts import replace_source

KB = 1024
# (service, subject, attribute, kind, qualifier, value, number, unit)
ROWS = {
    "queues.md": [
        ("SQS", "", "message size", "limit", "max", "256 KB", 256 * KB, "B"),
        ("SQS", "", "visibility timeout", "default", "default", "30 seconds", 30, "s"),
        ("SQS", "", "visibility timeout", "limit", "max", "12 hours", 43200, "s"),
        ("SQS", "", "message retention", "default", "default", "4 days", 345600, "s"),
        ("SQS", "", "message retention", "limit", "max", "14 days", 1209600, "s"),
        ("SQS", "", "long polling wait time", "limit", "max", "20 seconds", 20, "s"),
        ("SQS", "", "batch size", "limit", "max", "10 messages", 10, "count"),
        ("SQS", "delay queue", "delay", "limit", "max", "15 minutes", 900, "s"),
        ("SQS", "FIFO queue", "throughput", "limit", "max", "300 messages per second", 300,
         "per_s"),
        ("SQS", "FIFO queue", "batched throughput", "limit", "max", "3000 messages per second",
         3000, "per_s"),
        ("SQS", "standard queue", "throughput", "limit", "max", "nearly unlimited", None, ""),
        ("SNS", "", "message size", "limit", "max", "256 KB", 256 * KB, "B"),
        ("SNS", "", "subscriptions per topic", "limit", "max", "12,500,000", 12500000, "count"),
        ("SNS", "", "topics per account", "limit", "max", "100,000", 100000, "count"),
        ("Kinesis Data Streams", "", "retention", "default", "default", "24 hours", 86400, "s"),
        ("Kinesis Data Streams", "", "retention", "limit", "max", "365 days", 31536000, "s"),
        ("Kinesis Data Streams", "", "record size", "limit", "max", "1 MB", KB * KB, "B"),
        ("Kinesis Data Streams", "shard", "write throughput", "limit", "max", "1 MB/s", KB * KB,
         "B/s"),
        ("Kinesis Data Streams", "shard", "read throughput", "limit", "max", "2 MB/s", 2 * KB * KB,
         "B/s"),
        ("Data Firehose", "", "buffer interval", "default", "default", "60 seconds", 60, "s"),
    ],
    "serverless.md": [
        ("Lambda", "", "timeout", "limit", "max", "900 seconds", 900, "s"),
        ("Lambda", "", "timeout", "default", "default", "3 seconds", 3, "s"),
        ("Lambda", "", "memory", "limit", "max", "10,240 MB", 10240 * KB * KB, "B"),
        ("Lambda", "", "memory", "limit", "min", "128 MB", 128 * KB * KB, "B"),
        ("Lambda", "", "concurrency", "limit", "max", "1,000", 1000, "count"),
        ("Lambda", "", "deployment package size", "limit", "max", "50 MB", 50 * KB * KB, "B"),
        ("Lambda", "", "ephemeral storage", "limit", "max", "10 GB", 10 * KB ** 3, "B"),
        ("Lambda", "", "environment variables size", "limit", "max", "4 KB", 4 * KB, "B"),
        ("Lambda", "", "layers", "limit", "max", "5", 5, "count"),
        ("Lambda", "S3", "invocation", "invocation_mode", "", "asynchronous", None, ""),
        ("Lambda", "SNS", "invocation", "invocation_mode", "", "asynchronous", None, ""),
        ("Lambda", "EventBridge", "invocation", "invocation_mode", "", "asynchronous", None, ""),
        ("Lambda", "API Gateway", "invocation", "invocation_mode", "", "synchronous", None, ""),
        ("Lambda", "ELB", "invocation", "invocation_mode", "", "synchronous", None, ""),
        ("Lambda", "Cognito", "invocation", "invocation_mode", "", "synchronous", None, ""),
        ("Lambda", "SQS", "invocation", "invocation_mode", "", "event source mapping", None, ""),
        ("Lambda", "Kinesis Data Streams", "invocation", "invocation_mode", "",
         "event source mapping", None, ""),
        ("Lambda", "DynamoDB", "invocation", "invocation_mode", "", "event source mapping", None,
         ""),
        ("API Gateway", "", "integration timeout", "limit", "max", "29 seconds", 29, "s"),
        ("API Gateway", "", "payload size", "limit", "max", "10 MB", 10 * KB * KB, "B"),
        ("API Gateway", "", "504", "error_code", "", "integration timeout", None, ""),
        ("API Gateway", "", "429", "error_code", "", "too many requests (throttled)", None, ""),
        ("API Gateway", "", "502", "error_code", "",
         "bad gateway: invalid response from the integration", None, ""),
        ("API Gateway", "", "403", "error_code", "", "access denied", None, ""),
        ("API Gateway", "cache", "TTL", "default", "default", "300 seconds", 300, "s"),
        ("API Gateway", "cache", "TTL", "limit", "max", "3600 seconds", 3600, "s"),
        ("API Gateway", "", "throttle rate", "default", "default", "10,000 requests per second",
         10000, "per_s"),
        ("Step Functions", "Standard workflow", "duration", "limit", "max", "1 year", 31536000,
         "s"),
        ("Step Functions", "Express workflow", "duration", "limit", "max", "5 minutes", 300, "s"),
        ("Step Functions", "", "state payload", "limit", "max", "256 KB", 256 * KB, "B"),
        ("DynamoDB", "", "item size", "limit", "max", "400 KB", 400 * KB, "B"),
        ("DynamoDB", "", "partition key length", "limit", "max", "2048 bytes", 2048, "B"),
        ("DynamoDB", "DynamoDB Streams", "retention", "limit", "max", "24 hours", 86400, "s"),
        ("EventBridge", "", "event size", "limit", "max", "256 KB", 256 * KB, "B"),
        ("EventBridge", "", "targets per rule", "limit", "max", "5", 5, "count"),
        ("S3", "", "object size", "limit", "max", "5 TB", 5 * KB ** 4, "B"),
        ("S3", "", "single PUT size", "limit", "max", "5 GB", 5 * KB ** 3, "B"),
        ("S3", "", "buckets per account", "default", "default", "100", 100, "count"),
        ("Cognito", "user pool", "purpose", "fact", "", "user pools handle sign-up and sign-in",
         None, ""),
        ("Cognito", "identity pool", "purpose", "fact", "",
         "identity pools hand out temporary AWS credentials", None, ""),
        ("CloudFront", "", "origin response timeout", "default", "default", "30 seconds", 30, "s"),
        ("X-Ray", "", "trace retention", "limit", "max", "30 days", 2592000, "s"),
        ("CloudWatch Logs", "", "event size", "limit", "max", "256 KB", 256 * KB, "B"),
    ],
}

COMPARISONS = [
    # (left, right, aspect, left_value, right_value)
    # "X vs Y" sections give trait rows: one side's statement, the other side empty.
    ("SQS", "Kinesis Data Streams", "trait", "1 production group, 1 consumption group", ""),
    ("SQS", "Kinesis Data Streams", "trait", "", "Support multiple consumers & a rolling window"),
    ("Standard", "FIFO", "delivery", "at-least-once", "exactly-once"),
    ("Standard", "FIFO", "ordering", "best-effort ordering", "first-in-first-out"),
    ("REST", "HTTP", "cost", "higher", "lower"),
    ("Standard workflow", "Express workflow", "execution", "exactly-once", "at-least-once"),
    ("User pool", "Identity pool", "gives you", "a JWT after sign-in", "temporary AWS credentials"),
]


def _qual_word(q: str) -> str:
    return {"max": "max", "min": "min", "default": "default"}.get(q, "")


def note_line(r) -> str:
    service, subject, attribute, kind, qual, value = r[:6]
    if kind == "invocation_mode":
        return f"- {subject} invokes Lambda: {value}"
    if kind == "error_code":
        return f"- {service} returns {attribute} for {value}"
    who = f"{service} {subject}".strip()
    return f"- {who} {_qual_word(qual)} {attribute}: {value}".replace("  ", " ")


def write_notes(folder) -> dict[str, list[Fact]]:
    """Write the notes and return the facts each states, with the real line numbers."""
    folder.mkdir(parents=True, exist_ok=True)
    out = {}
    for name, rows in ROWS.items():
        lines = [f"# {name}", ""]
        facts = []
        for r in rows:
            lines.append(note_line(r))
            service, subject, attribute, kind, qual, value, number, unit = r
            facts.append(Fact(service, subject, attribute, kind, qual, value, number, unit,
                              source=name, line=len(lines), snippet=lines[-1]))
        if name == "queues.md":
            lines += ["", "## Comparisons", ""]
        (folder / name).write_text("\n".join(lines) + "\n", encoding="utf-8")
        out[name] = facts
    return out


def build_db(path, folder, extra_facts=(), comparisons=True):
    """A migrated database holding the notes' facts (and comparisons), as the parser would."""
    db = connect(path)
    notes = write_notes(folder)
    for name, facts in notes.items():
        cmps = []
        if comparisons and name == "queues.md":
            cmps = [Comparison(*c, source=name, line=100 + i) for i, c in enumerate(COMPARISONS)]
        if name == "serverless.md":
            facts = facts + list(extra_facts)
        replace_source(db, ParsedNote(source=name, facts=facts, comparisons=cmps),
                       hashlib.sha256(name.encode()).hexdigest())
    # As an ingest does: the facts' statuses against the AWS reference, which decide what a
    # question may key (studycli.questions.currency.vouched).
    refresh_currency(db)
    return db


# A bigger base for full-length exams: several services with many numeric facts each.
BIG_SERVICES = ("SQS", "SNS", "Lambda", "DynamoDB", "S3", "API Gateway", "Kinesis Data Streams",
                "Step Functions", "EventBridge", "CloudFront", "ECS", "RDS")
UNITS = (("s", "seconds", 1), ("B", "KB", 1024), ("count", "", 1), ("per_s", "per second", 1))


def big_rows(per_service: int = 14):
    """Numeric facts with made-up attributes, sizes spread across services unevenly."""
    rows = []
    for si, service in enumerate(BIG_SERVICES):
        for i in range(per_service - si):  # uneven: earlier services hold more facts
            unit, word, scale = UNITS[i % len(UNITS)]
            n = (i + 2) * (si + 3) * 5
            value = f"{n} {word}".strip()
            kind, qual = ("default", "default") if i % 5 == 4 else ("limit", "max")
            rows.append((service, "", f"setting {chr(97 + i)}{si} size", kind, qual, value,
                         n * scale, unit))
    return rows


def build_big_db(path, folder):
    ROWS["big.md"] = big_rows()
    try:
        return build_db(path, folder)
    finally:
        del ROWS["big.md"]


# Three services' limits, defaults and codes in one small note: exams drawn from it are quick.
SMALL_NOTE = """## SQS
- max message size 256 KB
- visibility timeout default 30 seconds, max 12 hours
- message retention default 4 days, max 14 days
- long polling wait time max 20 seconds
- batch size max 10 messages
## Lambda
- timeout max 900 seconds, default 3 seconds
- memory 128 MB to 10240 MB
- ephemeral storage max 10240 MB
- concurrent executions default 1000 per region
- environment variables max 4 KB
- 429 TooManyRequestsException: throttled
## DynamoDB
- item size max 400 KB
- partition key value max 2048 bytes
- transaction max 100 items
- BatchWriteItem max 25 items
- 400 ProvisionedThroughputExceededException: request rate too high
"""
