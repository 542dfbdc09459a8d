"""A check finding is shown under the service its "AWS now" is about (the entry's), with the
service the note's line was filed under after it when the two differ: "SQS / lambda poller
scaling rate" above Lambda's scaling statement read as a fact of SQS."""

from __future__ import annotations

from types import SimpleNamespace

from studycli.checking import _services_of


def _finding(fact_service: str, entry_service: str | None):
    entry = SimpleNamespace(service=entry_service) if entry_service else None
    return SimpleNamespace(service=fact_service), SimpleNamespace(entry=entry)


def test_the_entrys_service_first_and_the_lines_when_they_differ():
    assert _services_of(*_finding("SQS", "Lambda")) == "Lambda, SQS"
    assert _services_of(*_finding("SQS", "SQS")) == "SQS"
    assert _services_of(*_finding("sqs", "SQS")) == "SQS"
    assert _services_of(*_finding("SQS", None)) == "SQS"

