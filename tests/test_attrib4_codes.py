"""A status code "from" another service than the heading's is that service's. Lines written for
the test, in wording the development notes do not use."""

from __future__ import annotations

from studycli.extract import parse_note
from studycli.model import Kind


def _codes(text: str) -> dict[str, tuple[str, str]]:
    return {f.attribute: (f.service, f.value) for f in parse_note(text, "n.md").facts
            if f.kind is Kind.ERROR_CODE}


def test_a_code_from_another_service_is_that_service_s_with_the_meaning_after_the_sign():
    codes = _codes("## Lambda errors\n- 503 from the ALB in front of the function -> no "
                   "healthy target registered\n")
    assert codes == {"503": ("ELB", "No healthy target registered")}


def test_a_code_without_from_keeps_the_heading_s_service():
    codes = _codes("## Lambda errors\n- 429: function throttled, reserved concurrency hit\n")
    assert codes == {"429": ("Lambda", "Function throttled, reserved concurrency hit")}


def test_a_segment_whose_meaning_opens_with_another_code_is_not_that_code_s():
    codes = [(f.attribute, f.value) for f in parse_note(
        "## API Gateway\n- 502 vs 504 :: 502 = bad proxy response, 504 = integration timed out\n",
        "n.md").facts if f.kind is Kind.ERROR_CODE]
    assert ("504", "Integration timed out") in codes
    assert not [c for c, meaning in codes if meaning.startswith(("502", "504"))]
