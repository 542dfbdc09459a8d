"""Does a statement give a rate, a number per a span of time? One rule for answer.py (a rate
is no count of things, nor a size) and count_said.py ("limit 5 per 5 minutes" gives no count).
Stdlib only: runs on the lookup fast path.
"""

from __future__ import annotations

import re

from studycli.lazy_regex import lazy_compile

# A count that is a rate by its name: IOPS, TPS, RPS, QPS, "req/s", "per sec" (not "5 Elastic
# IPs", "20 steps", "7 per secondary region").
RATE_WORD = lazy_compile(r"\b(?:i?ops|[trqp]ps)\b|/\s*s(?:ec)?\b|\bper\s+sec(?:ond)?s?\b",
                         re.IGNORECASE)
# A number per a span of time, written out: "every 10 seconds", "per minute", "/hour",
# "per 5 minutes".
PER_TIME = lazy_compile(
    r"\d[\d,.]*(?:\s*[a-z][\w-]*(?:\s+[a-z][\w-]*){0,3})?\s*(?:every|per|/|a)\s*"
    r"(?:\d+\s*)?(?:s|secs?|seconds?|mins?|minutes?|h|hrs?|hours?|days?)\b", re.IGNORECASE)
