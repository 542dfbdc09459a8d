"""Figures a note or AWS gives as typical, not as a bound: "standard retrievals typically
complete within 3-5 hours", "expedited 1-5 min", "replica lag usually under 10 ms".

How long an operation takes (a retrieval, a failover, a replication) is something AWS observes,
not a quota it sets or a setting a student picks. Asked as "the minimum retrieval time" or "the
allowed range of the retrieval time", the low end of a typical range reads as a guarantee and
the range as a configurable one; an AWS-certified reviewer signed neither. Such a figure is
asked as what the operation typically takes (a range), or not at all (its two ends on their
own: a typical range's low end is no minimum, its high end no maximum).

A figure is typical when
  - the words next to the value in the note say so ("typically", "usually", "~", "about"...),
  - its measure is how long an operation takes (retrieval, failover, replication... time, or a
    lag), or
  - the AWS reference entry vouching for it says so in its value (typical_by_reference).
"""

from __future__ import annotations

import re
from functools import lru_cache

from studycli.lazy_regex import lazy_compile
from studycli.model import Fact, Kind

# Said right before (or after) the value: the note gives what usually happens
_TYPICAL_WORDS = lazy_compile(r"\b(?:typically|typical|usually|normally|generally|"
                               r"on average|avg|average)\b", re.IGNORECASE)
# ... and right before it only: "~15 min", "about 5 minutes" ("notes about limits: 5 GB" is not)
_ABOUT = lazy_compile(r"(?:~|≈|\b(?:about|around|roughly|approx(?:imately)?|circa))\s*$",
                      re.IGNORECASE)
# How long an operation takes: observed, not set
_ELAPSED = lazy_compile(
    r"\b(?:retrieval|restore|restoration|failover|fail-over|replication|propagation|delivery|"
    r"recovery|provisioning|boot|start-?up|warm-?up|launch|completion|rebuild|migration|"
    r"promotion|sync(?:hroni[sz]ation)?)\s+times?\b|\blag\b|\bretrieval\b",
    re.IGNORECASE)
# An entry's statement that gives its figure as typical
_TYPICAL_STATEMENT = lazy_compile(r"\b(?:typically|usually|normally|generally|on average)\b",
                                  re.IGNORECASE)


def typical_in_note(fact: Fact) -> bool:
    """The note gives this figure as typical, or it measures how long an operation takes."""
    if fact.kind not in (Kind.LIMIT, Kind.DEFAULT, Kind.RANGE) or fact.kind == Kind.DEFAULT:
        return False
    return _typical(fact.attribute, fact.unit, fact.snippet or "", fact.number, fact.low,
                    fact.high)


@lru_cache(maxsize=65536)
def _typical(attribute: str, unit: str, snippet: str, number: float | None,
             low: float | None, high: float | None) -> bool:
    if unit == "s" and _ELAPSED.search(attribute):
        return True
    if not snippet:
        return False
    from studycli.questions.stems import _around_cached

    value = number if number is not None else high
    if value is None:
        return False
    before, after = _around_cached(snippet, value, low, high, unit)
    # "typically 3-5 hours", "~15 min", "10ms-ish": the clause's own words, not the line's
    # ("Lambda usually sits behind API GW; timeout max 15 min" gives no typical timeout)
    clause = re.split(r"[;,.|()]", before)[-1]
    return bool(_TYPICAL_WORDS.search(clause[-40:]) or _ABOUT.search(before)
                or re.match(r"\s*-?ish\b", after))


def typical_by_reference(fact: Fact, pool) -> bool:
    """The AWS reference entry vouching for this fact gives its value as typical ("typically
    60-120 seconds"). Read from the status row the database keeps (its value and exam note):
    the entry itself is not loaded, which would read the whole reference on a quiz's card."""
    if pool is None or getattr(pool, "as_written", False) \
            or fact.kind not in (Kind.LIMIT, Kind.RANGE):
        return False
    from studycli.questions.currency import currency_of

    cur = currency_of(fact, pool)
    return cur is not None and bool(_TYPICAL_STATEMENT.search(
        f"{cur.current_value} {cur.exam_note}"))


def typical(fact: Fact, pool=None) -> bool:
    return typical_in_note(fact) or typical_by_reference(fact, pool)


def bound_of_typical(fact: Fact, pool=None) -> bool:
    """A limit read off a typical figure (its minimum, its maximum, or one end unqualified,
    which the reference would ask as a bound): no bound AWS sets, never asked."""
    return fact.kind == Kind.LIMIT and typical(fact, pool)
