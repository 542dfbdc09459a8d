"""Words that name what a duration measures, and a rough count that is no duration. Lines
written for the test, in wording the development notes do not use."""

from __future__ import annotations

from studycli.extract import parse_note
from studycli.model import Kind


def _attrs(text: str) -> dict[str, str]:
    return {f.value: f.attribute for f in parse_note(text, "n.md").facts
            if f.kind is not Kind.FACT}


def test_failover_and_backtrack_name_their_durations():
    assert _attrs("## Aurora\n- a replica takes over in ~25 s on fail-over\n") \
        .get("25 s") == "failover time"
    assert _attrs("## Aurora\n- backtracking can go 48 hours back at most\n") \
        .get("48 h") == "backtrack window"


def test_a_rough_count_is_not_a_duration():
    assert _attrs("## Amazon EFS\n- mounted by 100s of EC2 instances at once\n") == {}


def test_storage_for_deployed_code_is_code_storage_not_tmp():
    assert _attrs("## Lambda quotas\n- storage for deployed functions: 75 GB\n") \
        .get("75 GB") == "code storage"
    assert _attrs("## Lambda\n- /tmp storage up to 10 GB\n").get("10 GB") \
        == "ephemeral storage (/tmp)"


def test_days_min_is_a_minimum_storage_duration():
    attrs = _attrs("## S3\n- Glacier Instant Retrieval: ms access, 90 day min\n")
    assert attrs.get("90 days") == "minimum storage duration"


def test_deregistration_delay_and_an_alb_idle_timeout_are_named_across_a_wrapped_sentence():
    attrs = _attrs("## Load balancing\nDeregistration delay, known as connection draining on the "
                   "classic load balancer, defaults to 200 seconds.\n")
    assert attrs.get("200 s") == "deregistration delay"
    attrs = _attrs("## ELB\n- an ALB closes a quiet connection after the idle timeout, which is "
                   "90 seconds here\n")
    assert attrs.get("90 s") == "idle timeout"
