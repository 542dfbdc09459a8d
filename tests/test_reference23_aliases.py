"""reference23: an EventBridge rules quota written "per bus" or under no subject meets its
entry: the old 100 rules per event bus is told outdated, today's 300 rules is not flagged."""

from __future__ import annotations

from .helpers import check_findings, stale_flags, two_note_folder


def _flagged(found) -> list:
    return [(x["line"], x["reference"]["id"]) for x in found
            if x["status"] in ("outdated", "wrong")]


def test_old_rules_quota_per_bus_is_told_outdated(tmp_path):
    stale = ("# Messaging\n\n"
             "## EventBridge\n\n"
             "- default event bus: 100 rules per bus (soft)\n"
             "- EventBridge default quota: 100 rules per event bus\n")
    right = ("# Messaging\n\n"
             "## EventBridge\n\n"
             "- default event bus: 300 rules per bus (soft)\n")
    notes = two_note_folder(tmp_path, stale, right)
    flags = stale_flags(notes, tmp_path / "s.db")
    assert ("eventbridge.event-bus.rules.default", "outdated") in flags.get(5, set()), flags
    assert ("eventbridge.event-bus.rules.default", "outdated") in flags.get(6, set()), flags
    _, found = check_findings(notes / "right.md", db=tmp_path / "r.db")
    assert _flagged(found) == [], found
