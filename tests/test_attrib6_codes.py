"""Error codes, pass 5 (extract/codes.py): a number a quota label counts ("hosted zones per
account: 500") is a count, not an HTTP status; a label that speaks of errors keeps its codes.
Lines written for the test, in wording the development notes do not use."""

from __future__ import annotations

from studycli.extract import parse_note
from studycli.model import Kind


def _codes(text: str) -> dict[str, str]:
    return {f.attribute: f.value for f in parse_note(text, "n.md").facts
            if f.kind is Kind.ERROR_CODE}


_HEADING = "# Elastic Load Balancing quotas and HTTP status codes\n\n"


def test_a_count_after_a_per_label_is_no_status_code():
    assert _codes(_HEADING + "- listeners per load balancer: 500 Listeners\n") == {}


def test_a_count_after_a_plural_label_is_no_status_code():
    assert _codes(_HEADING + "- target groups :: 500 Max per region\n") == {}


def test_a_second_count_of_the_label_is_no_status_code_either():
    assert _codes(_HEADING + "- rules: 100, 500 when raised\n") == {}


def test_a_label_that_speaks_of_errors_keeps_its_codes():
    codes = _codes(_HEADING + "- server errors: 503 Service Unavailable\n"
                   "- failed health checks: 502 Bad Gateway\n")
    assert codes == {"503": "Service Unavailable", "502": "Bad Gateway"}
