"""Hand-built facts of every kind (and one conflict), for quiz and question tests."""

from __future__ import annotations

from datetime import UTC, datetime

from studycli.model import Fact, ParsedNote

# The moment sample cards are made and quizzed from, in the quiz tests.
T0 = datetime(2026, 3, 2, 9, 0, tzinfo=UTC)

KIB = 1024


def sample_facts(source: str = "sample.md") -> list[Fact]:
    def f(line, service, subject, attribute, kind, qualifier, value, number=None, unit="",
          low=None, high=None, snippet=None, src=source):
        return Fact(service, subject, attribute, kind, qualifier, value, number, unit, low, high,
                    src, line, snippet or f"- {attribute}: {value} [bold]not markup[/]")

    return [
        f(1, "SQS", "", "message size", "limit", "max", "256 KB", 256 * KIB, "B"),
        f(2, "SQS", "FIFO queue", "throughput", "limit", "max", "300 per second", 300, "per_s"),
        f(3, "SQS", "", "visibility timeout", "default", "default", "30 seconds", 30, "s"),
        f(4, "SQS", "", "visibility timeout", "range", "range", "0 to 12 hours",
          low=0, high=43200, unit="s"),
        f(5, "SQS", "", "message retention", "range", "range", "60 seconds to 14 days",
          low=60, high=1209600, unit="s"),
        f(6, "Lambda", "", "timeout", "limit", "max", "15 minutes", 900, "s"),
        f(7, "Lambda", "", "memory", "limit", "max", "10 GB", 10 * KIB**3, "B"),
        f(8, "Lambda", "", "deployment package size", "limit", "max", "50 MB", 50 * KIB**2, "B"),
        f(9, "Lambda", "", "concurrent executions", "default", "default", "1000", 1000, "count"),
        f(10, "Lambda", "S3", "invocation", "invocation_mode", "", "asynchronous"),
        f(11, "Lambda", "SQS", "invocation", "invocation_mode", "", "event source mapping"),
        f(12, "Lambda", "API Gateway", "invocation", "invocation_mode", "", "synchronous"),
        f(13, "API Gateway", "", "504", "error_code", "", "Integration timeout"),
        f(14, "API Gateway", "", "429", "error_code", "", "Too many requests (throttled)"),
        f(15, "API Gateway", "", "502", "error_code", "", "Bad gateway: the integration "
          "returned a malformed response"),
        f(16, "Lambda", "", "ThrottleError", "error_code", "", "Concurrency limit reached"),
        f(17, "API Gateway", "", "integration timeout", "limit", "max", "29 seconds", 29, "s"),
        f(18, "Lambda", "public Lambda", "networking", "fact", "",
          "By default Lambda functions are given public networking."),
        f(19, "Kinesis", "", "retention", "default", "default", "24 hours", 86400, "s"),
        f(20, "SQS", "", "long polling wait time", "limit", "max", "20 seconds", 20, "s"),
        f(21, "API Gateway", "", "payload size", "limit", "max", "10 MB", 10 * KIB**2, "B"),
        # A conflict: a second note gives another value for the Lambda timeout.
        f(3, "Lambda", "", "timeout", "limit", "max", "5 minutes", 300, "s", src="old.md"),
    ]


def sample_notes() -> list[ParsedNote]:
    facts = sample_facts()
    by_source: dict[str, list[Fact]] = {}
    for fact in facts:
        by_source.setdefault(fact.source, []).append(fact)
    return [ParsedNote(source=s, facts=fs) for s, fs in by_source.items()]


def store_samples(db) -> None:
    from studycli.store.facts import replace_source

    for note in sample_notes():
        replace_source(db, note, "sha-" + note.source)
    refresh_currency(db)  # as every ingest does: facts checked against the AWS reference


def refresh_currency(db) -> None:
    from studycli.reference.currency import refresh_currency as refresh

    refresh(db)


def sample_db(path, now=None):
    """A real database on disk holding the sample facts and their quiz cards."""
    from datetime import datetime

    from studycli.cards import sync_cards
    from studycli.store.db import connect

    db = connect(path)
    store_samples(db)
    sync_cards(db, now or datetime(2026, 3, 2, 9, 0, tzinfo=UTC))
    return db
