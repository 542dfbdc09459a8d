"""A query word that a fact says only as what its number is per ("10 GB of data per
partition" says "partition" as the scope of a size, not as the thing measured).

"dynamodb partition key max length" asks about a key; the line "~10 GB of data per
partition" shares "partition" with it only through "per": it measures something else per
partition. Such a word is half said (PER_ONLY) when the fact says no other word of the
query outside its "per" phrases: "max 10,000 parts per upload" still answers "multipart
upload max number of parts" (it counts the parts asked), and a query that types the word
after "per" too ("dynamodb max wcu per partition", "per acct") asks for that scope.
Stdlib only: runs on the lookup fast path.
"""

from __future__ import annotations

import re

from studycli.lazy_regex import lazy_compile
from studycli.lookup.said_line import own_clause
from studycli.lookup.words import stems

PER_ONLY = 0.5  # how much of a query word a fact says when it says it only after "per"
# compiled on first use: building it at import cost lookup ~0.5 ms of start-up
_PER_PHRASE = lazy_compile(r"\b(?:per|each)\s+\w+(?:/\w+)*", re.IGNORECASE)
_NONE: frozenset[str] = frozenset()


def said_only_per(found: dict[str, float], fact: dict, topic: list[dict[str, float]],
                  denominators: set[str], elsewhere: frozenset[str] = _NONE
                  ) -> dict[str, float]:
    """`found` with the topic words the fact says only after "per"/"each" (in its
    attribute, value and the clause stating its number) weighed PER_ONLY, when it says no
    other topic word outside such phrases. `elsewhere`: stems said by something other than
    the fact's text (its service's name, a subject the query names)."""
    texts = [fact.get("subject") or "", fact.get("attribute") or "", fact.get("value") or "",
             own_clause(fact) or fact.get("snippet") or ""]
    if not any(_PER_PHRASE.search(t) for t in texts):
        return found
    scopes = frozenset().union(*(stems(" ".join(_PER_PHRASE.findall(t)), _NONE)
                                 for t in texts))
    own = frozenset().union(*(stems(_PER_PHRASE.sub(" ", t), _NONE) for t in texts))
    per_only: set[str] = set()
    for concept in topic:
        if any(w in denominators for w in concept):
            continue  # the query asks "per" it too ("per acct": "per account")
        words = [w for w in concept if w in found]
        if words and all(w in scopes and w not in own and w not in elsewhere for w in words):
            per_only.update(words)
        elif any(w in own for w in words):
            return found  # it says what the query asks of, not only whose it is
    if not per_only:
        return found
    return {w: v * PER_ONLY if w in per_only else v for w, v in found.items()}
