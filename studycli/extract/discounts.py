"""A price option's discount ("Reserved Instances: up to 72% off"), named for the variant of the
option the line says it of ("Convertible RI (up to 54% off)" is the convertible discount)."""

from __future__ import annotations

import re
from functools import lru_cache

from studycli.services import catalog, subject_mentions

DISCOUNT = "discount"  # the attribute data/attributes.json names a percentage off
_WORD = re.compile(r"[a-z]+")
_STATEMENT_BREAK = re.compile(r";|\|\.\s")


def as_a_discount(line: str, start: int, unit: str, attribute: str, subject: str) -> str:
    """The attribute of the value at line[start:] as a discount where it is one (else as it
    is): named "discount" (data/attributes.json), with a case in brackets, which is the
    variant or noise ("Standard vs Convertible (convertible ~54% off)", "discount (off)"), or
    by a variant alone beside a discount (variants_discount); see discount_named."""
    if attribute == DISCOUNT or attribute.startswith(f"{DISCOUNT} (") or (
            unit == "%" and variants_discount(line, attribute, subject)):
        return discount_named(line, start, subject)
    return attribute


def discount_named(line: str, start: int, subject: str) -> str:
    """The attribute of the discount at line[start:] of `subject`: "<variant> discount" where
    the line says a variant of the subject before it, else "discount". A variant is a word an
    alias of the subject opens with that its own name does not say ("convertible ri",
    "compute sp"), said since the line last named the subject ("Standard RI vs Convertible RI
    (up to 54% off)", "RI: up to 72% off, Standard vs Convertible (convertible ~54%)") or
    under its heading ("convertible = can change family; up to 66% off"). A variant's discount
    is not the option's best one (54% for a Convertible RI, 72% for a Standard), and two
    values of one name a line apart would both be dropped as unsure (extract/lost_cases.py).
    "" for a discount of no subject: "EC2: up to 90% off" says no price option, and each has a
    discount of its own."""
    if not subject:
        return ""
    variants = _variants(subject)
    if not variants:
        return DISCOUNT
    mentions = subject_mentions(line[:start])
    named = [m for _, m in mentions if m.name == subject]
    since = named[-1].start if named else 0
    if mentions:
        # where the line names things, in the value's own statement only: "Compute SP covers
        # Fargate; EC2 Instance SP = family + region (up to 72% off)" is no compute discount
        since = max([since] + [b.end() for b in _STATEMENT_BREAK.finditer(line, 0, start)])
    said = [w for w in _WORD.findall(line[since:start].lower()) if w in variants]
    return f"{said[-1]} {DISCOUNT}" if said else DISCOUNT


# "72% off", "up to 90% discount", "discount up to 72%"
_SAYS_DISCOUNT = re.compile(r"%[*_`\s]*(?:off|discount)\b|\bdiscount", re.IGNORECASE)


def variants_discount(line: str, attribute: str, subject: str) -> bool:
    """Is a percentage named only by a variant of its subject ("Standard RI up to 72% off,
    Convertible RI up to 66%": "convertible ri") that variant's discount? Where the line says
    a discount: a variant's name alone says nothing measured, and the fact was dropped."""
    words = _WORD.findall(attribute.lower())
    return (len(words) > 1 and words[0] in _variants(subject)
            and catalog().subject_aliases.get(" ".join(words), ("", ""))[1] == subject
            and _SAYS_DISCOUNT.search(line) is not None)


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
