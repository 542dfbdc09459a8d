"""A line nested under a list item is about that item, not about the service the prose before
the list was about. Lines written for the test, in wording the development notes do not use."""

from __future__ import annotations

from studycli.extract import parse_note
from studycli.model import Kind

EXPORT = """Solutions Architect — Week 5
Monday, March 3, 2025    9:12 AM

Compute prices
\t• EC2 on-demand billed per second, no commitment
\t\to spot can be reclaimed with a 2 min warning

Support tiers
\t• Business — from $100/mo
\t\to urgent case answered < 4 hrs
\t• Enterprise — from $15,000/mo
\t\to critical case answered < 15 min
"""


def test_a_nested_line_does_not_take_the_service_of_the_prose_above_its_list():
    facts = [f for f in parse_note(EXPORT, "week5.txt").facts if f.kind is not Kind.FACT]
    assert not [f for f in facts if f.value in ("4 h", "15 min") and f.service == "EC2"]
    # the prose's own lines keep their service
    assert any(f.service == "EC2" for f in parse_note(EXPORT, "week5.txt").facts)
