"""Which pairs that only share attributes `studycli compare` offers with no names: those the
notes write as "X vs Y" ("## RDS vs Aurora", where no row of a table compares them) and those
the project's curated data sets side by side; never any two things that hold a fact of one
attribute ("RDS vs SQS": both keep something for days, and no student compares them).

Two curated groupings are such comparisons: the exam's "which service should be used?" categories
(data/categories.json scenario_categories: SQS, SNS, Kinesis and Firehose are the messaging
choices) and a service's variants that exclude one another (data/lookup_synonyms.json
variant_families: gp2 / gp3 / io2, the S3 storage classes, Standard and Express workflows).
A pair the notes' own comparison rows name needs neither (compare.comparable_pairs)."""

from __future__ import annotations

import re
from functools import lru_cache

from studycli.compare_model import Side

_VS = re.compile(r"\s(?:vs\.?|versus)\s", re.IGNORECASE)
# where the name before a "vs" begins and the one after it ends: "## Storage: EFS vs FSx (NFS)"
_NAME_BOUND = re.compile(r"[:;,.()\[\]{}|#*>=!?]|\s[-\u2013\u2014]\s|^\s*[-+]\s")

_ANY_SERVICE = "*"  # a variant family of whatever service a note files it under
_NOT_A_NAME = "~"  # a family's phrases that name none of its members


def _key(name: str) -> str:
    return " ".join(name.lower().replace("-", " ").split())


@lru_cache(maxsize=1)
def _groups() -> tuple[frozenset[tuple[str, str]], ...]:
    """Each curated grouping as the (service, subject) keys of its members ("" for a service
    itself); a family member also under each name the family lists for it."""
    from studycli.paths import load_json

    groups = []
    categories = load_json("categories.json")["scenario_categories"]["categories"]
    for category in categories.values():
        groups.append(frozenset((_key(m["service"]), "") for m in category["members"].values()
                                if m.get("service")))
    families = load_json("lookup_synonyms.json")["variant_families"]
    for service, service_families in families.items():
        for family in service_families:
            groups.append(frozenset(
                (_key(service), _key(name.rstrip(":")))
                for member, names in family.items() if member != _NOT_A_NAME
                for name in (member, *names)))
    return tuple(groups)


def _keys(side: Side) -> tuple[tuple[str, str], ...]:
    key = (_key(side.service), _key(side.subject))
    return (key, (_ANY_SERVICE, key[1])) if side.subject else (key,)


def compared_in_data(a: Side, b: Side) -> bool:
    """Whether one curated grouping holds both `a` and `b`."""
    return any(any(k in group for k in _keys(a)) and any(k in group for k in _keys(b))
               for group in _groups())


def written_vs_pairs(db) -> set[tuple[Side, Side]]:
    """The pairs (in sorted order) the notes' lines write as "X vs Y" ("## RDS vs Aurora",
    "- When to use SQS vs SNS: fan-out"), each side read as a comparison row's is
    (compare.resolve_pair: "Standard vs FIFO" in SQS's words)."""
    from studycli.compare import resolve_pair

    pairs: set[tuple[Side, Side]] = set()
    for (text,) in db.conn.execute("SELECT text FROM note_lines "
                                   "WHERE text LIKE '%vs%' OR text LIKE '%versus%'"):
        parts = _VS.split(text)
        for before, after in zip(parts, parts[1:]):
            left = _NAME_BOUND.split(before)[-1]
            right = _NAME_BOUND.split(after)[0]
            a, b = resolve_pair(left, right)
            if a is not None and b is not None and a != b:
                pairs.add((a, b) if a < b else (b, a))
    return pairs
