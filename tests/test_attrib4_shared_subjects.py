"""A subject name several services use ("health check") names none of them; a grace period
and a cooldown are settings of their own. Lines written for the test, in wording the
development notes do not use."""

from __future__ import annotations

from studycli.extract import parse_note
from studycli.model import Kind

PROSE = """## Scaling the fleet

The Auto Scaling group replaces instances it finds unhealthy. After launch, the health check
grace period defaults to 300 seconds, and a scale-out cooldown of 120 seconds keeps it calm.
"""


def test_a_shared_subject_name_does_not_move_the_line_to_route_53():
    facts = [f for f in parse_note(PROSE, "n.md").facts if f.kind is not Kind.FACT]
    assert facts and all(f.service == "Auto Scaling" for f in facts)


def test_grace_period_and_cooldown_are_their_own_settings():
    attrs = {f.value: f.attribute for f in parse_note(PROSE, "n.md").facts
             if f.kind is not Kind.FACT}
    assert attrs.get("300 s") == "health check grace period"
    assert attrs.get("120 s") == "cooldown"


def test_under_route_53_a_health_check_is_still_its_subject():
    facts = [f for f in parse_note("## Route 53\n- health checks run every 30 s by default\n",
                                   "n.md").facts if f.kind is not Kind.FACT]
    assert facts and {(f.service, f.subject) for f in facts} == {("Route 53", "health check")}
