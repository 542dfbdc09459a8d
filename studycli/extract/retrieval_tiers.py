"""Glacier retrieval tiers: "Standard 3-5 h" names a tier, not what is measured.

Under an S3 Glacier heading, "expedited 1-5 min, standard 3-5 h, bulk 5-12 h" gives each time the
tier's name as its attribute ("standard" 3 h): a question could not say what the number is, and
"S3 Standard" is also a storage class. The tier is the case of a retrieval time: the attribute
becomes "retrieval time (standard)". Only when the attribute holds one tier and nothing else
but words of retrieval and of the Glacier classes ("deep archive standard", "retrieval
(bulk)"); "standard before transition" is another setting and is left alone.
"""

from __future__ import annotations

import re

from studycli.model import Fact, Kind

_TIERS = ("expedited", "standard", "bulk")
# words that may stand beside the tier without naming another setting
_ALLOWED = frozenset(("retrieval", "retrievals", "retrieve", "time", "times", "s3", "glacier",
                      "flexible", "deep", "archive", *_TIERS))
_DURATION = re.compile(r"\s(?:ms|s|sec|min|mins|minutes?|h|hrs?|hours?)$")
_BRACKETED_TIER = re.compile(r"\((expedited|standard|bulk)\)\s*$")


def _tier(attribute: str) -> str:
    words = re.findall(r"[a-z0-9-]+", attribute.lower())
    if not words or not set(words) <= _ALLOWED:
        return ""
    bracketed = _BRACKETED_TIER.search(attribute.lower())
    if bracketed:
        return bracketed.group(1)  # "expedited deep archive (bulk)": the case is bulk
    # "Standard retrieval is within 12 hours and Bulk is within 48 hours": the attribute of the
    # second number gathered both tiers' words; the one read last stands next to the number
    tiers = [w for w in words if w in _TIERS]
    return tiers[-1] if tiers else ""


def name_retrieval_tiers(facts: list[Fact]) -> list[Fact]:
    out = []
    for f in facts:
        if (f.service == "S3" and f.kind in (Kind.LIMIT, Kind.DEFAULT, Kind.RANGE)
                and _DURATION.search(f.value)):
            tier = _tier(f.attribute)
            if tier:
                f = Fact(**{**f.__dict__, "attribute": f"retrieval time ({tier})"})
        out.append(f)
    return out
