"""A minimum asked, and a default given: no answer.

"sqs visibility timeout min" is not answered by "visibility timeout default = 30s", nor
"lambda min timeout" by "default 3 sec": what a setting is when nobody sets it says nothing
of the least it may be set to (SQS's is 0 s, Lambda's 1 s). Where the query asks the
default too ("cloudfront minimum ttl default"), the default is read as before.
Stdlib only: runs on the lookup fast path.
"""

from __future__ import annotations

import re

from studycli.lookup.key_bound import names_min_key
from studycli.lookup.text import FIGURE

_DEFAULT = re.compile(r"\bdefault\b", re.IGNORECASE)


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
