"""A variant's name read as a measure's name: such a fact is dropped.

"Step Fn express max 5 min, standard 1 yr" gave Step Functions / Express workflow /
"standard" = 1 year (the label before "1 yr" read as the measure, the subject carried from
"express"), and `lookup "step functions express max duration"` answered 1 year, Standard's
figure (a new user, session 34). A one-word measure name that opens the name of a sibling of
the fact's subject (another subject of the same service and kind: "standard" of "standard
workflow" beside an "Express workflow") names that variant, not a measure of the subject; the
parser cannot say which measure it is, so no fact is made of it (the line's statement fact
stays searchable). A word that opens a subject of another kind ("function" of "function URL"
in "Lambda@Edge: viewer 5 s, origin 30 s; function 1 MB") is a measure's and stays (a review).
"""

from __future__ import annotations

from functools import lru_cache

from studycli.model import Fact, Kind


def drop_variants_read_as_measures(facts: list[Fact]) -> list[Fact]:
    if not any(f.subject and f.kind is not Kind.FACT for f in facts):
        return facts
    return [f for f in facts if not _variant_as_measure(f)]


def _variant_as_measure(fact: Fact) -> bool:
    if fact.kind is Kind.FACT or not fact.subject:
        return False
    opened = _variants_opened_by(fact.service).get(fact.attribute.strip().lower(), frozenset())
    kind = _kind_noun(fact.subject)
    # a sibling of the fact's own subject, another of one kind ("standard workflow" beside an
    # "Express workflow"); "function" of "function URL" under Lambda@Edge ("function 1 MB")
    # or "network" of "network ACL" under a NAT gateway is a measure's word, kept (a review)
    return any(subject != fact.subject and noun == kind for subject, noun in opened)


def _kind_noun(name: str) -> str:
    """The kind a subject's name ends with, singular ("Express workflow" -> "workflow")."""
    words = name.lower().split()
    last = words[-1] if words else ""
    return last[:-1] if last.endswith("s") and len(last) > 3 else last


@lru_cache(maxsize=512)
def _variants_opened_by(service: str) -> dict[str, frozenset[tuple[str, str]]]:
    """First word of each multi-word subject alias of `service` -> (the subject it opens, the
    kind its alias ends with): "standard" -> {("Standard workflow", "workflow")}."""
    from studycli.services import catalog

    out: dict[str, set[tuple[str, str]]] = {}
    for alias, (owner, subject) in catalog().subject_aliases.items():
        words = alias.split()
        if owner == service and len(words) > 1:
            out.setdefault(words[0], set()).add((subject, _kind_noun(alias)))
    return {word: frozenset(found) for word, found in out.items()}
