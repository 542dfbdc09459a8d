"""A retrieval tier's figure is no answer about a storage class that has no retrieval tiers.

Expedited, Standard and Bulk are the options for restoring an archived object from S3
Glacier Flexible Retrieval and S3 Intelligent-Tiering's Archive Access tier; Standard and
Bulk the only ones from S3 Glacier Deep Archive and the Deep Archive Access tier (no
Expedited there). An object in S3 Glacier Instant Retrieval (as in S3 Standard, Standard-IA
and One Zone-IA) is read at once with a GET, with no restore and no tier
(https://docs.aws.amazon.com/AmazonS3/latest/userguide/restoring-objects-retrieval-options.html).
So the parser's "retrieval time (expedited)" 1-5 min, filed under "S3 Glacier" by a heading
that names the family, answers neither "glacier instant retrieval time" nor, by its "min",
"glacier instant retrieval min storage duration"; nor does a line "Expedited = 1-5 min,
Standard = 3-5 hrs, Bulk = 5-12 hrs".

A fact is a tier's when its attribute names a tier in a bracket ("retrieval time (bulk)";
"(standard)" only in a retrieval's or restore's attribute, as it names S3 Standard too),
or, a statement (no parsed figure), when it says "expedited" or "bulk" (words no tierless
class's figure needs) and names no tierless class asked. A query that types a tier itself
("glacier instant retrieval vs expedited"), or names a class with tiers as well ("instant
retrieval vs flexible retrieval"), is left alone. The classes come from the variant
families' data (lookup/variants.py), so a class is tierless by name here, not by a note's
words.

Imports re, studycli.kinds and lookup/variants.py only (no third-party or lazily loaded
import): runs on the lookup fast path.
"""

from __future__ import annotations

import re

from studycli.kinds import Kind
from studycli.lookup import variants

# the S3 storage classes an object is read from with no restore and so with no tier
TIERLESS = frozenset({"S3 Glacier Instant Retrieval", "S3 Standard", "S3 Standard-IA",
                      "S3 One Zone-IA"})
_SERVICE = "S3"
_TIER_BRACKET = re.compile(r"\(\s*(?:expedited|bulk)\s*\)", re.IGNORECASE)
# "(standard)" names the S3 Standard class as often as the Standard tier ("availability
# (standard)"): a tier only in a retrieval's or a restore's attribute
_STANDARD_TIER = re.compile(r"\b(?:retriev|restor)\w*.*\(\s*(?:standard|std)\s*\)",
                            re.IGNORECASE)
_TIER_WORD = re.compile(r"\b(?:expedited|bulk)\b", re.IGNORECASE)


def _classes_named(raw: str) -> frozenset[str]:
    return frozenset().union(*(members for key, members in variants.named(raw).items()
                               if key[0] == _SERVICE))


def tier_figure_for_tierless_class(fact: dict, raw: str) -> bool:
    """Whether the query `raw` names a storage class with no retrieval tiers (and no tier)
    and `fact` gives a retrieval tier's figure or statement."""
    if (fact.get("service") or _SERVICE) != _SERVICE or _TIER_WORD.search(raw):
        return False
    named = _classes_named(raw)
    asked = named & TIERLESS
    if not asked or named - TIERLESS:
        # (a query naming a class with tiers as well asks its tiers too: "glacier instant
        # retrieval vs flexible retrieval retrieval time")
        return False
    attribute = fact.get("attribute") or ""
    if _TIER_BRACKET.search(attribute) or _STANDARD_TIER.search(attribute):
        return True
    if fact.get("kind") != Kind.FACT:
        return False
    value = fact.get("value") or ""
    return bool(_TIER_WORD.search(value)) and not asked & _classes_named(value)
