"""When notes disagree: the rule behind `studycli conflicts` and the lookup's conflict marks.

Stdlib only and duck-typed (any object with the Fact fields as attributes), so the lookup
fast path applies the very rule store.facts.find_conflicts does, without sqlite-utils.
"""

from __future__ import annotations

from studycli.model import Kind

SUPPORT_VALUES = {"supported", "not supported"}


def conflict_key(fact) -> tuple[str, str, str, str]:
    # A limit stated without "max" ("Retry on errors for 3 times") disagrees with a stated max.
    return (fact.service.lower(), (fact.subject or "").lower(), fact.attribute.lower(),
            fact.qualifier or "max")


def comparable(fact) -> bool:
    """Numbers, invocation modes, yes/no support and short named defaults are compared;
    free text (error meanings, statements) is worded differently, not contradictory."""
    if fact.kind == Kind.ERROR_CODE:
        return False
    if fact.number is not None or fact.low is not None:
        return True
    if fact.kind == Kind.FACT:
        return fact.value.lower() in SUPPORT_VALUES
    return len(fact.value.split()) <= 3


def canonical(fact) -> tuple:
    if fact.number is not None or fact.low is not None:
        return (fact.number, fact.unit, fact.low, fact.high)
    return (fact.value.lower(),)


def disagree(group: list) -> bool:
    """Two or more notes state the key and no value is shared by all of them (one note
    saying both 450 and 1000 concurrent executions is two contexts, not a conflict)."""
    by_source: dict[str, set] = {}
    for fact in group:
        by_source.setdefault(fact.source, set()).add(canonical(fact))
    if len(by_source) < 2:
        return False
    return not set.intersection(*by_source.values())
