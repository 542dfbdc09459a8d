"""reference23: an EventBridge rules quota written "per bus" or under no subject, and a
Kinesis record size written as the stream's "message size", meet their entries: the old 100
rules per event bus and the old 1 MB record ceiling are told outdated, today's 300 rules and
a 10 MB record are not flagged."""

from __future__ import annotations

from .helpers import check_findings, stale_flags, two_note_folder


def _flagged(found) -> list:
    return [(x["line"], x["reference"]["id"]) for x in found
            if x["status"] in ("outdated", "wrong")]


def test_old_rules_quota_and_record_size_are_told_outdated(tmp_path):
    stale = ("# Messaging\n\n"
             "## EventBridge\n\n"
             "- default event bus: 100 rules per bus (soft)\n\n"
             "## Streams vs queues\n\n"
             "- message size: KDS 1 MB\n")
    right = ("# Messaging\n\n"
             "## EventBridge\n\n"
             "- default event bus: 300 rules per bus (soft)\n")
    notes = two_note_folder(tmp_path, stale, right)
    flags = stale_flags(notes, tmp_path / "s.db")
    assert ("eventbridge.event-bus.rules.default", "outdated") in flags.get(5, set()), flags
    assert ("kinesis.record-size.max", "outdated") in flags.get(9, set()), flags
    _, found = check_findings(notes / "right.md", db=tmp_path / "r.db")
    assert _flagged(found) == [], found
