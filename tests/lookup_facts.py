"""Hand-built facts of every kind, for lookup tests that must not depend on the parser."""

from __future__ import annotations

from pathlib import Path

from studycli.model import Fact, ParsedNote

KB, MB, GB = 1024, 1024**2, 1024**3


def fact(service, attribute, kind, value, line, snippet="", number=None, unit="",
         qualifier="", subject=""):
    """One fact of note n.md; its snippet is its value unless given."""
    return Fact(service=service, subject=subject, attribute=attribute, kind=kind,
                qualifier=qualifier, value=value, number=number, unit=unit, source="n.md",
                line=line, snippet=snippet or value)


def stored(path: Path, facts: list[Fact]):
    """`facts` written as note n.md into a new database at `path`; a read-only connection."""
    from studycli.store.db import connect
    from studycli.store.facts import replace_source

    db = connect(path)
    replace_source(db, ParsedNote(source="n.md", facts=facts), "sha")
    db.conn.close()
    return connect(path, readonly=True).conn


def _f(service, subject, attribute, kind, qualifier, value, number=None, unit="", low=None,
       high=None, line=1, snippet=""):
    return Fact(service, subject, attribute, kind, qualifier, value, number, unit, low, high,
                "", line, snippet or f"- {attribute}: {value}")


NOTE_A = [
    _f("SQS", "", "message size", "limit", "max", "256 KB", 256 * KB, "B", line=10,
       snippet="- Max message size is 256kb"),
    _f("SQS", "", "retention period", "limit", "max", "14 days", 14 * 86400, "s", line=11,
       snippet="- max retention time of 14 days"),
    _f("SQS", "", "retention period", "default", "default", "4 days", 4 * 86400, "s", line=12,
       snippet="- retention default 4 days"),
    _f("SQS", "", "visibility timeout", "default", "default", "30 seconds", 30, "s", line=13,
       snippet="- If the visibility timeout (default: 30s) is over"),
    _f("SQS", "", "visibility timeout", "limit", "max", "12 hours", 43200, "s", line=14,
       snippet="- visibility timeout max 12 hours"),
    _f("SQS", "delay queue", "delay", "range", "range", "0 to 15 minutes", None, "s", 0, 900,
       line=15, snippet="- Delay Queue, from 0s (default) to 15mins"),
    _f("SQS", "long polling", "wait time", "range", "range", "1-20 seconds", None, "s", 1, 20,
       line=16, snippet="- Long polling waits (from 1-20s) for messages"),
    _f("SQS", "FIFO queue", "deduplication interval", "limit", "", "5 minutes", 300, "s",
       line=17, snippet="- FIFO De-duplication interval is 5 minutes"),
    _f("Lambda", "", "timeout", "limit", "max", "15 minutes", 900, "s", line=20,
       snippet="- Functions can run for `900s` ~ 15 minutes"),
    _f("Lambda", "", "timeout", "default", "default", "3 seconds", 3, "s", line=21,
       snippet="- default timeout 3 seconds"),
    _f("Lambda", "", "memory", "range", "range", "128 MB to 10 GB", None, "B", 128 * MB,
       10 * GB, line=22, snippet="- memory from 128MB to 10GB"),
    _f("Lambda", "", "/tmp storage", "limit", "max", "10 GB", 10 * GB, "B", line=23,
       snippet="- /tmp directory, max 10GB"),
    _f("Lambda", "", "ThrottleError", "error_code", "", "429 - too many requests, concurrency "
       "limit reached", line=24, snippet="- Synchronous Invoke: ThrottleError -429"),
    _f("Lambda", "S3", "invocation", "invocation_mode", "", "asynchronous", line=30,
       snippet="- S3, SNS, SES invoke asynchronously"),
    _f("Lambda", "SES", "invocation", "invocation_mode", "", "asynchronous", line=30,
       snippet="- S3, SNS, SES invoke asynchronously"),
    _f("Lambda", "API Gateway", "invocation", "invocation_mode", "", "synchronous", line=31,
       snippet="- API Gateway, ALB, Cognito invoke synchronously"),
    _f("Lambda", "SQS", "invocation", "invocation_mode", "", "event source mapping", line=32,
       snippet="- Lambda polls SQS, Kinesis via event source mapping"),
    _f("API Gateway", "", "504", "error_code", "", "integration failure / timeout", line=40,
       snippet="- 504 - integration failure / Timeout - 29s limit"),
    _f("API Gateway", "", "429", "error_code", "", "throttled: too many requests", line=41,
       snippet="- 429 - API Gateway throttle"),
    _f("API Gateway", "", "502", "error_code", "", "bad gateway: bad output from the "
       "integration", line=42, snippet="- 502 - Bad gateway"),
    _f("API Gateway", "", "integration timeout", "limit", "max", "29 seconds", 29, "s",
       line=43, snippet="- API Gateway requests time out after 29 second maximum"),
    _f("API Gateway", "", "throttle", "limit", "max", "10000 requests per second", 10000,
       "per_s", line=44, snippet="- 10,000 rps account throttle"),
    _f("Kinesis Data Streams", "", "retention period", "default", "default", "24 hours",
       86400, "s", line=50, snippet="- Streams store a 24-hour moving window of data"),
    _f("Kinesis Data Streams", "", "retention period", "limit", "max", "365 days",
       365 * 86400, "s", line=51, snippet="- up to 365 days for extra $"),
    _f("Kinesis Data Streams", "shard", "write throughput", "limit", "max", "1 MB/s", MB,
       "B/s", line=52, snippet="- Each shard provides 1MB ingestion & 2MB of consumption"),
    _f("DynamoDB", "", "item size", "limit", "max", "400 KB", 400 * KB, "B", line=60,
       snippet="- Max item size 400KB"),
    _f("Step Functions", "Express workflow", "duration", "limit", "max", "5 minutes", 300,
       "s", line=70, snippet="- Express Workflow - max 5 minute execution"),
    _f("Cognito", "identity pool", "purpose", "fact", "", "Exchange an external identity for "
       "temporary AWS credentials", line=80,
       snippet="- Exchange a external identity for a set of temporary AWS credentials"),
    _f("SNS", "", "message size", "limit", "max", "256 KB", 256 * KB, "B", line=90,
       snippet="- Messages are `<=256KB` payloads"),
    _f("S3", "", "object size", "limit", "max", "5 TB", 5 * 1024 * GB, "B", line=95,
       snippet="- objects from 0B to 5TB"),
    _f("S3", "", "[bold]markup[/] check", "fact", "", "[bold]not markup[/]", line=96,
       snippet="- [bold]not markup[/] \x1b[31m"),
]

# A second note that disagrees with the first about SQS visibility timeout's default.
NOTE_B = [
    _f("SQS", "", "visibility timeout", "default", "default", "60 seconds", 60, "s", line=5,
       snippet="- default visibility timeout 60 s (wrong!)"),
    _f("SQS", "", "message size", "limit", "max", "256 KB", 256 * KB, "B", line=6,
       snippet="- Messages up to 256 KB"),
]


def notes() -> list[ParsedNote]:
    def with_source(facts, source):
        return [Fact(**{**f.__dict__, "source": source}) for f in facts]

    return [ParsedNote("a.md", with_source(NOTE_A, "a.md")),
            ParsedNote("b.md", with_source(NOTE_B, "b.md"))]


def build(path) -> None:
    """A database at `path` holding the facts above."""
    from studycli.store.db import connect
    from studycli.store.facts import replace_source

    db = connect(path)
    for note in notes():
        replace_source(db, note, "sha-" + note.source)
    db.conn.close()
