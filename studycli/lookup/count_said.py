"""Does a statement give a count, and so say "count" without writing it?

Asked "lsi limit count", "aurora replica count max" or "lambda async retry count", the answer
is a whole number of the thing named: "LSI: ... max 5 per table, 10 GB per partition key",
"Aurora replicas max 15", "async invocation retries twice by default", "Lambda retries
failed async events two more times". Such a line writes no "count" (it gives one), so that
word of the query stayed unsaid and lookup abstained on the line that answers it, though
"Lambda retries 2 times" (a number before a plural noun: answer._says_count) said it.

A statement gives a count where it bounds a whole number that has no unit and no noun after
it ("max 5", "up to 15,", "at most 3 per AZ", "limit 10"), gives one per something ("5 per
source"), or counts repeats ("twice", "two more"). A number with a unit is a measure, no
count: "max 15 min", "up to 10 GB", "max 5,000 IOPS" (a rate), "up to 10x" (a ratio); a
noun after it names what it counts ("at most 10 messages" counts no receives: "sqs max
receive count"); "twice as fast" repeats nothing, and "may be delivered twice" tells a
duplicate that can happen, no number of deliveries. "Per" a span of time makes a rate, no
count: "limit 10,000 per second", "max 100 per 24 hours", "5,000 IOPS" (per_time.py, the rule
answer.py reads rates by), and a rate anywhere on the line gives it no count ("max 5 per
table, 1,000 per second" counts nothing). Otherwise read on a statement's own line,
whatever other figures it gives ("max 5 per table, 10 GB per partition key" counts): its
clause of the count is the one the query names (the other parts of the score check the
rest).
Stdlib only: runs on the lookup fast path.
"""

from __future__ import annotations

import re

from studycli.lazy_regex import lazy_compile
from studycli.lookup.per_time import PER_TIME, RATE_WORD

# a unit after a number makes it a measure, no count
_UNIT = (r"(?:ms|s|secs?|seconds?|mins?|minutes?|h|hrs?|hours?|d|days?|weeks?|months?"
         r"|yrs?|years?|[kmgtp]i?b|bytes?|b|[kmg]bps|%|x|rps|tps|iops|[rw]cus?|usd|k|m)\b")
_WHOLE = r"[1-9]\d{0,2}(?:,\d{3})*(?![\d.,]\d)(?![\w%/])"
# "per" a span of time makes a rate, no count: "limit 10,000 per second", "5 per minute"
# nor does "per" a measured amount: "max 10 per 1 GB" is a ratio
_PER = (r"per\b(?!\s+(?:s|secs?|seconds?|mins?|minutes?|h|hrs?|hours?|days?|weeks?"
        r"|months?|years?)\b)(?!\s+\d)")
# after a bounded number, no word naming what it counts: "at most 10 messages" (a
# ReceiveMessage call's) counts messages, whatever the query counts; a noun the query names
# is read by answer._says_count ("max 3 replicas"), a scope may follow ("max 5 per table")
_NOTHING_NAMED = rf"(?=\s*(?:$|[^\w\s]|{_PER}|(?:each|in|on|at|for|by|of|times|total)\b))"
_COUNTS = lazy_compile(
    # bounded: "max 5", "maximum: 15", "up to 15", "at most 3", "limit of 10"
    rf"\b(?:max(?:imum)?|up\s+to|at\s+most|limit(?:ed)?(?:\s+(?:to|of|is))?)\s*[:=]?\s*"
    rf"{_WHOLE}(?!\s*{_UNIT}){_NOTHING_NAMED}"
    # per something: "5 per source", "7 per AZ" (no rate: "1,000 per second")
    rf"|(?<![\w.,$]){_WHOLE}\s+{_PER}\s+[a-z]"
    # repeats: "retries twice", "two more (times)"; "3 more days" is a measure
    rf"|\btwice\b(?!\s+as\b)|\b(?:[1-9]|two|three|four|five)\s+more\b(?!\s+than\b)"
    rf"(?!\s*{_UNIT})",
    re.IGNORECASE)

# a repeat that may happen is no count: "a message may be delivered twice" (at-least-once)
_MAYBE_TWICE = lazy_compile(r"\b(?:may|might|can|could)\s+(?:be\s+)?\w+\s+twice\b",
                            re.IGNORECASE)


def gives_count(text: str) -> bool:
    """Whether `text` (a statement's value) gives a count: a whole number without a unit,
    bounded, per something, or of repeats (none that only may happen); none that gives a
    rate ("limit 5 per 5 minutes")."""
    if PER_TIME.search(text) or RATE_WORD.search(text):
        return False
    return _COUNTS.search(_MAYBE_TWICE.sub(" ", text)) is not None
