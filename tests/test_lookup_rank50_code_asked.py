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
    # Review (rank50): "error" before the failure it is the code of ("integration timed
    # out") names the code as "error when ..." does; read as a measure's modifier, the 29 s
    # answered before the 504
    ("apigw error integration timed out", True),
    ("s3 error request rate exceeded", True),
    ("lambda error retries when the function fails", False),
])
def test_which_queries_ask_only_a_code(ttls, query, code):
    from studycli.lookup.code_asked import only_a_code_asked

    assert only_a_code_asked(lookup(ttls, query, limit=1).understood) is code


PAYLOAD = """\
# Lambda

- sync invocation payload max 6 MB
- 413 RequestEntityTooLargeException: payload too big
"""

payload = notes_fixture(PAYLOAD)


@pytest.mark.parametrize("query", [
    "lambda payload size before error",
    "lambda payload size before exception",
])
def test_how_far_before_the_error_asks_the_figure(payload, query):
    # Review (rank50): "before" asks how far one goes before the failure; read as a
    # code asked, the 6 MB fell out of the first three behind the 413 line's three readings
    from studycli.lookup.code_asked import only_a_code_asked

    result = lookup(payload, query, limit=3)
    assert only_a_code_asked(result.understood) is False
    assert "6 MB" in [h["value"] for h in result.hits]


def test_a_timed_out_integration_after_error_is_the_code(codes):
    first = lookup(codes, "apigw error integration timed out", limit=3).hits[0]
    assert "504" in answer_value(first)
