"""A retention asked is never answered by a duration of seconds.

"how long does cloudwatch keep metric data" on notes that give only the 1 s resolution of
high-resolution custom metrics answered "1 s". Data that AWS keeps for a while is kept for
a minute at the least (SQS's shortest message retention is 60 seconds, CloudWatch's
high-resolution data points 3 hours, log groups a day): a figure under a minute is a
resolution, a period or a timeout, whatever words its line shares with the question.
Stdlib only: runs on the lookup fast path.
"""

from __future__ import annotations

from studycli.lookup.text import numbers_with_units

# Words that ask how long something is kept; "keep" not before "alive" or "warm" (a
# keep-alive timeout, keeping a function warm).
_KEEP_WORDS = frozenset({"retention", "retain", "retained", "retains", "keep", "keeps",
                         "kept"})
_NOT_KEPT_AFTER = frozenset({"alive", "warm"})
SHORTEST_RETENTION = 60.0  # seconds: SQS's least message retention period


def retention_asked(tokens: list[str]) -> bool:
    """Whether the query's words ask how long something is kept ("retention", "how long
    does X keep", "kept"), not a keep-alive."""
    return any(t in _KEEP_WORDS and not _NOT_KEPT_AFTER.intersection(tokens[i + 1:i + 2])
               for i, t in enumerate(tokens))


def seconds_only(fact: dict) -> bool:
    """Whether every duration a fact states is under a minute ("1 s", "10 s - 60 s" no,
    "5 min" no), and it states one."""
    if fact.get("unit") == "s":  # (a reference entry has no "high")
        found = [v for v in (fact.get("number"), fact.get("low"), fact.get("high"))
                 if v is not None]
    elif fact.get("unit"):
        return False
    else:
        found = [n for n, u, _ in numbers_with_units((fact.get("value") or "").lower())
                 if u == "s"]
    return bool(found) and max(found) < SHORTEST_RETENTION
