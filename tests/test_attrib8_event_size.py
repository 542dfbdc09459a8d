"""EventBridge's event size by the notes' own word for it: a word of the clause after the number
("... and each target needs a resource policy") no longer names it (pass 6's "policy size")."""

from __future__ import annotations

import pytest

from studycli.extract import parse_note
from studycli.model import Kind


def _sizes(text: str) -> list[str]:
    return [f.attribute for f in parse_note(text, "n.md").facts if f.kind is Kind.LIMIT]


@pytest.mark.parametrize("line", [
    "Each PutEvents entry (one event) can be at most 256 KB, and a cross-account bus needs a "
    "resource-based policy.",
    "- EB events cap out at 256 KB",
])
def test_eventbridge_event_size(line):
    assert _sizes(f"## Amazon EventBridge\n{line}\n") == ["event size"]


def test_a_policys_own_size_is_still_the_policys():
    assert _sizes("## Amazon EventBridge\n- resource-based policy max 10 KB\n") == ["policy size"]


def test_events_of_other_services_are_not_eventbridge_events():
    assert "event size" not in _sizes("## Lambda\n- async event payload max 256 KB\n")
