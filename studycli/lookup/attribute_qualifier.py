"""A fact whose attribute is narrowed by a bracketed case when the query types another case.

The parser files "deep archive standard :: within 12 hrs, bulk within 48 hrs" as
"retrieval time (standard)" 12 h and "retrieval time (bulk)" 48 h: each figure holds for
the case its bracket names only. "deep archive expedited retrieval time" types a sibling
case (expedited, a retrieval tier like standard and bulk): 12 h and 48 h are no answer.

Only the cases of a known family exclude each other (retrieval tiers; synchronous against
asynchronous; zipped against unzipped), and the family's synonyms name one case ("async",
"asynchronous"; "compressed", "zipped"). Any other query word the line does not say
("lambda asynchronous payload size for *event* invocations") names no case: a first rule
that read every unsaid topic word as another case refused right answers. A query typing no
case ("deep archive retrieval time") or the bracket's own ("... bulk retrieval time") is
answered as before. Stdlib only: runs on the lookup fast path.
"""

from __future__ import annotations

import re
from functools import cache

from studycli.lazy_regex import lazy_compile
from studycli.lookup.features import _QUANTITY_KINDS
from studycli.lookup.query import Query
from studycli.lookup.words import stems

# "retrieval time (standard)", "execution timeout (viewer)": one to three words, no figure
_QUALIFIER = lazy_compile(r"\(\s*([a-z][a-z-]*(?:\s+[a-z][a-z-]*){0,2})\s*\)\s*$",
                          re.IGNORECASE)

# Families of cases that exclude each other: word -> the case it names.
_FAMILIES: tuple[dict[str, str], ...] = (
    {"expedited": "expedited", "exp": "expedited", "standard": "standard",
     "std": "standard", "bulk": "bulk"},
    {"sync": "sync", "synchronous": "sync", "async": "async", "asynchronous": "async"},
    {"zipped": "zipped", "zip": "zipped", "compressed": "zipped",
     "unzipped": "unzipped", "uncompressed": "unzipped"},
)


@cache
def _by_stem() -> tuple[dict[str, str], ...]:
    return tuple({s: case for word, case in family.items()
                  for s in stems(word, frozenset())} for family in _FAMILIES)


def of_another_qualifier(fact: dict, q: Query) -> bool:
    """Whether `fact` (a quantity the parser filed) has an attribute ending in a bracketed
    case of a known family, and the query types another case of that family and not the
    bracket's own."""
    if q.compared or fact.get("kind") not in _QUANTITY_KINDS:
        return False  # a statement's attribute is its heading's words ("dev notes (dva)")
    m = _QUALIFIER.search(fact.get("attribute") or "")
    if not m:
        return False
    bracket = stems(m.group(1), frozenset())
    typed = set(q.terms)
    for family in _by_stem():
        own = {family[s] for s in bracket if s in family}
        if len(own) != 1:
            continue
        asked = {family[s] for s in typed if s in family}
        if asked and not asked & own:
            return True
    return False


@cache
def _expedited() -> frozenset[str]:
    return frozenset(stems("expedited exp", frozenset()))


_SAYS_EXPEDITED = lazy_compile(r"\bexp(?:edited)?\b", re.IGNORECASE)


def unnamed_for_expedited(fact: dict, q: Query) -> bool:
    """Whether the query types the expedited retrieval tier and `fact` is a retrieval time
    whose line names no tier at all ("- Deep Archive retrieval: 12-48 h"). A retrieval time
    written with no tier is the archive's usual one, standard or bulk, never the expedited
    one, which a note names where it gives it (Deep Archive has none: its 12-48 h answered
    "deep archive expedited retrieval time"). A table row's statement is left alone: the
    header over it may name the tier of each column ("| Flexible | 1-5 min | 3-5 h |" under
    "| class | expedited | standard |"), which the parser gives its figures as subjects.
    Only a line that names the storage class it times: one naming none ("- retrieval time
    1-5 minutes") may stand under a heading naming its tier ("## Expedited"), which the
    fact does not carry."""
    # a statement's attribute is its heading's words: its own text says what it times
    # ("Glacier Deep Archive: standard retrieval within 12 hrs, bulk 48 hrs")
    named = fact.get("value") if fact.get("kind") not in _QUANTITY_KINDS else ""
    if q.compared or not _expedited().intersection(q.terms) \
            or "retriev" not in f"{fact.get('attribute') or ''} {named or ''}".lower():
        return False
    snippet = fact.get("snippet") or ""
    if fact.get("kind") not in _QUANTITY_KINDS and "|" in snippet:
        return False
    from studycli.services import find_subjects

    if not find_subjects(snippet):
        return False  # a line naming no class may sit under its tier's heading ("## Expedited")
    return not _SAYS_EXPEDITED.search(" ".join(
        (snippet, fact.get("subject") or "", fact.get("attribute") or "")))
