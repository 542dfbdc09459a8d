"""A fact whose attribute is narrowed by a qualifier in brackets the query does not type.

The parser files "deep archive standard :: within 12 hrs, bulk within 48 hrs" as
"retrieval time (standard)" 12 h and "retrieval time (bulk)" 48 h: each figure holds for
the case its bracket names only. "deep archive expedited retrieval time" types neither
case, and a word the fact does not say anywhere ("expedited"): it asks about a case the
line does not give, and 12 h is no answer. A query typing no case word ("deep archive
retrieval time") is still answered by the line's figures, and one typing the bracket's word
("... bulk retrieval time") by its own. Stdlib only: runs on the lookup fast path.
"""

from __future__ import annotations

import re

from studycli.kinds import Kind
from studycli.lazy_regex import lazy_compile
from studycli.lookup.query import Query
from studycli.lookup.words import stems

# "retrieval time (standard)", "execution timeout (viewer)": one to three words, no figure
_QUALIFIER = lazy_compile(r"\(\s*([a-z][a-z-]*(?:\s+[a-z][a-z-]*){0,2})\s*\)\s*$",
                          re.IGNORECASE)

_SCOPE = lazy_compile(r"(?:per|each|every|in|for|across)\b", re.IGNORECASE)
_QUANTITY_KINDS = frozenset({Kind.LIMIT, Kind.RANGE, Kind.DEFAULT})


def of_another_qualifier(fact: dict, q: Query, cues: frozenset[str] = frozenset()) -> bool:
    """Whether `fact` (a quantity the parser filed) has an attribute ending in a bracketed
    case the query does not type, and the query types a topic word the fact says nowhere
    (subject, attribute, value, line) and that is no cue (`cues`: "max", "how many" asks
    a count, no case). A bracket of a scope ("layers (per function)") names no case."""
    if q.compared or fact.get("kind") not in _QUANTITY_KINDS:
        return False  # a statement's attribute is its heading's words ("dev notes (dva)")
    m = _QUALIFIER.search(fact.get("attribute") or "")
    if not m:
        return False
    if _SCOPE.match(m.group(1)):
        return False
    case = stems(m.group(1), frozenset())
    if not case or case & set(q.terms):
        return False
    said = stems(" ".join(fact.get(k) or "" for k in ("service", "subject", "attribute",
                                                       "value", "snippet")), frozenset())
    return any(concept and not set(concept) & said and not set(concept) & cues
               for concept in q.topic)
