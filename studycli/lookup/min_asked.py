"""A minimum asked, and a default given: no answer.

"sqs visibility timeout min" is not answered by "visibility timeout default = 30s", nor
"lambda min timeout" by "default 3 sec": what a setting is when nobody sets it says nothing
of the least it may be set to (SQS's is 0 s, Lambda's 1 s). Where the query asks the
default too ("cloudfront minimum ttl default"), it asks the default of a setting named for
a minimum (CloudFront's Minimum TTL, 0 s by default): a default that names no minimum
anywhere on its line ("default TTL 24 hrs", the Default TTL setting's) is another setting's,
while "min password length default 8" answers.
Stdlib only: runs on the lookup fast path.
"""

from __future__ import annotations

import re

from studycli.lookup.key_bound import names_min_key
from studycli.lookup.text import FIGURE

_DEFAULT = re.compile(r"\bdefault\b", re.IGNORECASE)
# a minimum named in the notes' other languages, which the lexicon's bound words may not hold
_MIN_WORDS = re.compile(r"\b(?:min|minimum|minimal|mín|mínimo|mínima|minimo|mindest\w*|"
                        r"minimaal|minimalny|minimalna)\b|最少|最小|最低|最短|최소",
                        re.IGNORECASE)


def default_for_min(fact: dict, asked: str | None, qualifiers: list[str],
                    says_min) -> bool:
    """Whether a minimum is asked (and no default) and the fact is a default: a default
    quantity, or a statement with a figure that says "default" and bounds nothing from
    below (`says_min(text)`: "min 1 s, default 30 s" still may answer)."""
    if asked != "min" or "default" in qualifiers or any(
            names_min_key(fact.get(k) or "") for k in ("attribute", "value", "snippet")):
        return False  # "minimumHealthyPercent default 100": the default of a minimum
    if fact.get("kind") == "default" or fact.get("qualifier") == "default":
        return True
    value = fact.get("value") or ""
    return fact.get("kind") == "fact" and bool(_DEFAULT.search(value)) \
        and bool(FIGURE.search(value)) and not says_min(value)


def default_of_unnamed_min(fact: dict, asked: str | None, qualifiers: list[str],
                           says_min) -> bool:
    """Whether a minimum's default is asked ("cloudfront min ttl default") and the fact is a
    default that names no minimum in its name, its value or its line (`says_min(text)`, or
    a minimum's word of another language): "default TTL 24 hrs" is the Default TTL's."""
    if asked != "min" or "default" not in qualifiers:
        return False
    value = fact.get("value") or ""
    if not (fact.get("kind") == "default" or fact.get("qualifier") == "default"
            or fact.get("kind") == "fact" and _DEFAULT.search(value) and FIGURE.search(value)):
        return False
    return not any(says_min(text) or _MIN_WORDS.search(text) or names_min_key(text)
                   for text in (fact.get(k) or "" for k in ("subject", "attribute", "value",
                                                            "snippet")))
