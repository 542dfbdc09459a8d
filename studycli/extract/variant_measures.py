"""A variant's name read as a measure's name: such a fact is dropped.

"Step Fn express max 5 min, standard 1 yr" gave Step Functions / Express workflow /
"standard" = 1 year (the label before "1 yr" read as the measure, the subject carried from
"express"), and `lookup "step functions express max duration"` answered 1 year, Standard's
figure (a new user, session 34). A one-word measure name that opens another subject's name of
the same service ("standard" of "standard workflow") names that variant, not a measure of
the subject the fact is filed under; the parser cannot say which measure it is, so no fact is
made of it (the line's statement fact stays searchable). Over the 101 development sets this
drops two facts, both misfiled ("S3 / max duration / standard" from a Step Functions table).
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
    named = _variants_opened_by(fact.service).get(fact.attribute.strip().lower(), frozenset())
    return bool(named) and fact.subject not in named


@lru_cache(maxsize=512)
def _variants_opened_by(service: str) -> dict[str, frozenset[str]]:
    """First word of each multi-word subject alias of `service` -> the subjects it opens
    ("standard" -> {"Standard workflow"} for Step Functions)."""
    from studycli.services import catalog

    out: dict[str, set[str]] = {}
    for alias, (owner, subject) in catalog().subject_aliases.items():
        words = alias.split()
        if owner == service and len(words) > 1:
            out.setdefault(words[0], set()).add(subject)
    return {word: frozenset(subjects) for word, subjects in out.items()}
