"""The bound a config key writes in its name: "fargate.task.max_mem", "MaxSessionDuration".

A note of settings names a measure by its key, and the key's "max_"/"Max" is the bound the
figure is, though no word "max" stands apart for the parser to read as the fact's
qualifier: "fargate.task.max_mem = 120 GB" is the largest memory, no answer to "fargate min
memory per task".
Stdlib only: runs on the lookup fast path.
"""

from __future__ import annotations

import re

# "max" or "min" opening a part of a key: after a start, "_", "." or a space, and followed
# by "_" or a capital ("max_mem", "maxRetries", "MinimumHealthyPercent"), not "maxed", nor
# a unit ending a sentence ("5 min.")
_KEY_BOUND = re.compile(r"(?:^|[_.\s])([Mm]ax|[Mm]in)(?:imum)?(?=_|[A-Z])")

# a range of figures ("0-2", "1 to 1,000"), not the 2 of "io2" nor "120 GB (with 16 vCPU)"
_RANGE = re.compile(r"(?<![A-Za-z\d.,])\d[\d,.]*\s*(?:-|–|to)\s*\d", re.IGNORECASE)


def names_min_key(text: str) -> bool:
    """Whether `text` writes a key named for a minimum ("minimumHealthyPercent", "min_size")."""
    return any(m.group(1).lower() == "min" for m in _KEY_BOUND.finditer(text or ""))


def key_bound(text: str) -> str:
    """"max" or "min" where the keys `text` writes bound one way only ("max_mem"), else ""
    ("minCapacity=1, maxCapacity=10" gives both bounds: neither is the line's)."""
    found = {m.group(1).lower() for m in _KEY_BOUND.finditer(text or "")}
    return found.pop() if len(found) == 1 else ""


def fact_key_bound(fact: dict, asked: str | None) -> str:
    """The bound a fact of no qualifier writes in its key, where a bound is asked: its
    measure's name ("task max_mem"), else a statement's own text."""
    if asked not in ("max", "min") or _RANGE.search(fact.get("value") or ""):
        return ""  # "MaxRetryAttempts: 0-2": the key names the setting, the range gives
        # both its least and its most
    return key_bound(fact.get("attribute") or "") or (
        key_bound(fact.get("value") or "") if fact.get("kind") == "fact" else "")
