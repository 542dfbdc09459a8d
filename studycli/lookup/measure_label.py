"""A labelled figure whose label ends in the name of a measure counts nothing it names
before: "health check failure threshold: 3" is a threshold, no count of health checks, and
"invalidation paths free: 1000" under a query that types "free" ("cloudfront invalidation
price after free tier") states no price: the query's own "free" is the scope of the price
asked, not an amount the line gives.

Such lines are what a student's key/value notes say (a constants module's
`healthCheckFailureThreshold: 3`, a YAML cheat sheet's `health_check_failure_threshold: 3`);
read as counts of what their label names first, they answered "max health checks per
account" with a threshold of 3.
"""

from __future__ import annotations

import re

from studycli.lazy_regex import lazy_compile
from studycli.lookup.words import stem

# the last word of a label that names the measure its figure is: a level, a span of time, a
# size; what comes before it only says of what
_MEASURES = frozenset(stem(w) for w in (
    "threshold", "interval", "period", "timeout", "duration", "length", "window", "delay",
    "ttl", "frequency"))
# "size" is no such word: a batch size, a pool size counts things ("ReceiveMessage batch size:
# 10" answers "how many messages per receivemessage")


def measure_ends(label: list[str], counted: frozenset[str]) -> bool:
    """Whether `label`'s last word names a measure the query does not count."""
    if not label:
        return False
    last = stem(label[-1].lower())
    return last in _MEASURES and last not in counted


_FREE = lazy_compile(r"\bfree\b", re.IGNORECASE)
# a query asking past the free amount ("after free tier", "beyond the free 10 gb"); a query
# typing "free" otherwise asks whether it is free ("are gateway endpoints free"), which the
# line's "free" answers
_PAST_FREE = lazy_compile(r"\b(?:after|beyond|past|once|over|above)\b(?: \w+){0,2} free\b")


def without_free_asked(text: str, tokens: list[str]) -> str:
    """`text` less its "free" where the query asks a price past the free amount ("price
    after free tier"): the line's "free" then repeats the scope asked, and states no amount."""
    return _FREE.sub(" ", text) if _PAST_FREE.search(" ".join(tokens)) else text
