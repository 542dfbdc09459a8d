"""Session 36 (rank36): ranking among retrieved candidates.

A special case whose subject the query does not say ("S3 Intelligent-Tiering", "extended
client") no longer comes first on its bound alone when the notes state the general measure
with no qualifier: "objects < 128 KB are never moved" is read as a max, the general "5 TB
per object" is not, and the student asked of S3 objects, not of Intelligent-Tiering. A
special case whose line says a word asked that the general line does not ("error caching
TTL" of the origin's 10 s) still comes first.
"""

from __future__ import annotations

from studycli.lookup import lookup
from tests.helpers import notes_fixture

SIZES = """\
# S3

- Intelligent-Tiering: small monitoring charge per object, objects < 128 KB are never moved
- a single object: 5 TB per object, one PUT up to 5 GB

# SQS

"""

TTLS = """\
# CloudFront

- cache TTL default 86,400 s, max 31,536,000 s
- origin: error responses cached with a TTL default 10 s
"""

sizes = notes_fixture(SIZES)
ttls = notes_fixture(TTLS)


def _first(conn, query: str) -> str:
    hits = lookup(conn, query, limit=3).hits
    assert hits, query
    return hits[0]["value"]


def test_special_case_unasked_gives_way_to_the_general_measure(sizes):
    # Test fails without (main ranked 128 KB and 2 GB first)
    assert _first(sizes, "s3 max object size") == "5 TB"


def test_special_case_saying_a_word_asked_keeps_its_place(ttls):
    assert _first(ttls, "cloudfront error caching ttl") == "10 s"
    assert _first(ttls, "cloudfront default ttl") == "86,400 s"


# A bound a special case's line states ("up to 12 hours") is no cut-off: a bare figure of the
# same measure is as often the default ("visibility timeout 30 s", "TTL 24 hours") and does
# not outrank it when a max is asked (the review's cases).
BOUNDS_STATED = """\
# SQS

- visibility timeout 30 s
- ChangeMessageVisibility: timeout up to 12 hours

# CloudFront

- TTL 24 hours
- Origin Shield: cache TTL up to 1 year
"""

bounds_stated = notes_fixture(BOUNDS_STATED)


def test_a_bound_stated_by_a_special_case_answers_a_max_above_a_bare_figure(bounds_stated):
    # Test fails without (e15f809f ranked 30 s and 24 h first)
    assert _first(bounds_stated, "sqs max visibility timeout") == "12 h"


def test_a_bound_stated_by_an_origin_shield_answers_a_max_ttl(bounds_stated):
    assert _first(bounds_stated, "cloudfront max ttl") == "1 year"


# The fix review's cases: a special case's line that repeats the bare figure ("past 30 s",
# "defaults to 60 seconds (configurable 1-4000 s)", "0 bytes up to 5 TB") keeps main's order.
REPEATS = """# SQS

- visibility timeout 30 s
- ChangeMessageVisibility: can extend past 30 s, up to 12 hours

# ALB

- Timeouts: ALB idle timeout defaults to 60 seconds (configurable 1-4000 s)
"""

repeats = notes_fixture(REPEATS)


def test_a_line_going_on_from_a_bare_figure_keeps_its_bound_first(repeats):
    # Test fails with 981534bc's _says_value (30 s first)
    assert _first(repeats, "sqs max visibility timeout") == "12 h"
    assert _first(repeats, "alb max idle timeout") == "4000 s"
