"""Attribution, pass 6 (data/attributes.json): the warning EC2 gives before it takes a Spot
Instance back is its interruption notice ("interrupted w/ 2 minute warning" was filed as an
attribute "interrupted w/"); a Spot block's hours are its defined duration, not the notice
of the item above it. Lines written for the test, in wording the development notes do not use."""

from __future__ import annotations

from tests.helpers import attribute_names


def _durations(text: str) -> dict[str, set[str]]:
    return attribute_names(text, "s")


def test_a_spot_reclaim_warning_is_the_interruption_notice():
    found = _durations("## EC2 pricing\n- Spot: cheapest, can be reclaimed with a 120 second "
                       "heads-up\n")
    assert found.get("120 s") == {"interruption notice"}


def test_an_interrupted_instance_gets_an_interruption_notice():
    found = _durations("EC2 Spot capacity may be interrupted w/ a two-minute (2 min) warning.\n")
    assert found.get("2 min") == {"interruption notice"}


def test_a_spot_block_under_the_notice_keeps_its_defined_duration():
    found = _durations("## EC2\n- Spot: 2 min interruption notice\n"
                       "  - spot blocks ran 1 to 6 hours without interruption\n")
    assert found.get("2 min") == {"interruption notice"}
    assert found.get("6 h") == {"defined duration"}


def test_other_services_do_not_take_the_notice():
    found = _durations("## ECS\n- a task interrupted by a deployment drains for 30 seconds\n")
    assert "interruption notice" not in found.get("30 s", set())
