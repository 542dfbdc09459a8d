"""A price option's discount ("Reserved Instances: up to 72% off"), named for the variant of the
option the line says it of ("Convertible RI (up to 54% off)" is the convertible discount)."""

from __future__ import annotations

import re
from functools import lru_cache

from studycli.services import catalog, subject_mentions

DISCOUNT = "discount"  # the attribute data/attributes.json names a percentage off
_WORD = re.compile(r"[a-z]+")


def discount_named(line: str, start: int, subject: str) -> str:
    """The attribute of the discount at line[start:] of `subject`: "<variant> discount" where
    the line says a variant of the subject before it, else "discount". A variant is the word
    an alias of the subject opens with that its own name does not say ("convertible ri",
    "compute sp"): said by that alias, or alone under the subject's heading ("convertible =
    can change family; up to 66% off"). A variant's discount is not the option's best one
    (54% for a Convertible RI, 72% for a Standard), and two values of one name a line apart
    would both be dropped as unsure (extract/lost_cases.py)."""
    variants = _variants(subject)
    if not variants:
        return DISCOUNT
    before = line[:start].lower()
    named = [m for _, m in subject_mentions(line[:start]) if m.name == subject]
    if named:
        first = _WORD.findall(named[-1].alias.lower())[:1]
        return f"{first[0]} {DISCOUNT}" if first and first[0] in variants else DISCOUNT
    said = [(m.start(), m.group()) for m in _WORD.finditer(before) if m.group() in variants]
    return f"{said[-1][1]} {DISCOUNT}" if said else DISCOUNT


@lru_cache(maxsize=256)
def _variants(subject: str) -> frozenset[str]:
    """The words that open the subject's aliases of two words or more and that its name does
    not say: "standard", "convertible" of Reserved Instances; "compute" of Savings Plans."""
    own = set(_WORD.findall(subject.lower()))
    out = set()
    for alias, (_, named) in catalog().subject_aliases.items():
        words = _WORD.findall(alias.lower())
        if named == subject and len(words) > 1 and words[0] not in own:
            out.add(words[0])
    return frozenset(out)
