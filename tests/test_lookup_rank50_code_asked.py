"""Session 50 (rank50): an error code asked of what failed ("integration timeout error
code") is answered by the code, not by the figure of the timeout (lookup/code_asked.py)."""

from __future__ import annotations

import pytest

from studycli.lookup import lookup
from studycli.lookup.core import answer_value
from tests.helpers import first_value, notes_fixture

CODES = """\
# API Gateway

- integration timeout 29 s
- 504 Gateway Timeout: integration timed out
"""

codes = notes_fixture(CODES)


@pytest.mark.parametrize("query", [
    "api gateway integration timeout error code",
    "apigw integration timed out status code",
])
def test_a_code_asked_of_a_timeout_is_the_code_not_the_timeout(codes, query):
    # Test fails without code_asked.only_a_code_asked (29 s first: "timeout" asks seconds)
    first = lookup(codes, query, limit=3).hits[0]
    assert "504" in answer_value(first)


@pytest.mark.parametrize("query", [
    "api gateway integration timeout",
    "how long before api gateway integration times out",
    "api gateway max integration timeout",
])
def test_the_timeout_asked_is_still_the_figure(codes, query):
    assert first_value(codes, query) == "29 s"
