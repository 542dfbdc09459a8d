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


TTLS = """\
# CloudFront

- cache TTL default 86,400 s
- origin: error responses cached with a TTL default 10 s
- 502 Bad Gateway: CloudFront cannot connect to the origin
"""

ttls = notes_fixture(TTLS)


def test_an_error_that_names_what_is_measured_asks_the_figure(ttls):
    assert first_value(ttls, "cloudfront error caching ttl") == "10 s"


@pytest.mark.parametrize("query, code", [
    ("lambda payload too big error", True),
    ("kinesis error when writing too fast", True),
    ("api gateway integration timeout status code", True),
    ("cloudfront error caching ttl", False),
    ("how long before api gateway returns 504 error", False),
    ("max payload size before 413 error", False),
])
def test_which_queries_ask_only_a_code(ttls, query, code):
    from studycli.lookup.code_asked import only_a_code_asked

    assert only_a_code_asked(lookup(ttls, query, limit=1).understood) is code
