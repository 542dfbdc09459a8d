"""An AWS Support case severity asked, and a line's figure for another severity.

A plan's response times are one per case severity: general guidance, system impaired,
production system impaired, production system down, business-critical system down. A
query names one by its state ("down", "impaired") and often its scope ("production",
"business-critical"); a figure a line gives for another ("business-critical system down
< 30 min" for "enterprise on-ramp production system down response") does not answer it.
Read in the clause (or table cell) that writes each figure, or the last one before it that
names a severity ("When your production system is down, they answer in under 1 hour"): a
line that gives several severities ("production down < 1 h (< 4 h impaired)") answers if
any of its figures is of the one asked, and a figure of no severity says nothing against it.

Stdlib only: runs on the lookup fast path.
"""

from __future__ import annotations

import re

from studycli.lazy_regex import lazy_compile
from studycli.lookup.query import Query

# ("non-critical functions affected" is AWS's own wording of system impaired: no scope)
_SCOPES = {"production": lazy_compile(r"(?<!non-)(?<!non)\bprod(?:uction)?\b", re.IGNORECASE),
           "critical": lazy_compile(r"(?<!non-)(?<!non)\bcritical\b", re.IGNORECASE)}
_STATES = {"down": lazy_compile(r"\bdown\b", re.IGNORECASE),
           "impaired": lazy_compile(r"\bimpair\w*", re.IGNORECASE)}
_ASKING = frozenset({"support", "response", "respond"})
# Clauses and table cells; a bracket opens a clause of its own ("(< 4 h impaired)")
_CLAUSE = lazy_compile(r"[;|()\[\]]|,(?!\d{3}(?!\d))|→|->|[.?!](?:\s|$)")
_DIGIT = lazy_compile(r"\d")


def _named(text: str, table: dict[str, re.Pattern]) -> set[str]:
    return {name for name, pattern in table.items() if pattern.search(text)}


def other_severity(fact: dict, q: Query) -> bool:
    """Whether every clause of the fact that writes a figure and names a case severity
    names another one than the query asks: another state ("down" for "impaired") or
    another scope ("business-critical" for "production")."""
    if not _ASKING.intersection(q.tokens):
        return False
    states, scopes = _named(q.raw, _STATES), _named(q.raw, _SCOPES)
    if len(states) != 1 or len(scopes) > 1:
        return False  # no severity asked, or a comparison of two
    text = fact.get("value") or ""
    if fact.get("kind") != "fact":
        text = fact.get("snippet") or text
    # each figure's severity: the one its clause names, or the last one named before it
    # ("When your production system is down, they answer in under 1 hour")
    current: tuple[set[str], set[str]] = (set(), set())
    severities = []
    for clause in _CLAUSE.split(text):
        named = (_named(clause, _STATES), _named(clause, _SCOPES))
        if named[0] or named[1]:
            current = named
        if _DIGIT.search(clause) and (current[0] or current[1]):
            severities.append(current)
    return bool(severities) and all(
        (said_states and not said_states & states)
        # a scope said that is not the one asked; with none asked, "production system
        # impaired" is another severity than the "system impaired" asked
        or (said_scopes and not said_scopes & scopes and (scopes or "impaired" in states))
        for said_states, said_scopes in severities)
