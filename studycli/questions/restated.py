"""A note's figure vouched for by a claim entry, asked as the measure that entry restates.

A claim entry (`restates = "..."`) meets a figure where a student writes it in a line of prose
("default interval 30 seconds (fast = 10s)"); the entry it restates holds the measure as AWS
names it, with its bound and subject ("health check interval", minimum, of a health check).
Asked in the note's own words the question was garbled: "What is the fast interval for Amazon
Route 53 (hosted zone)?" (the subject a stray word of the paragraph, the stem silent on the
health check), "What is the standard interval ...?" (rejected by reviewers of session 55).
Where the note's label is one the restated entry itself lists as a name of its measure (its
attribute or an alias: "interval (fast)"), the note said that measure, and the question asks
it by AWS's name. Any other label is left alone: the claim vouches for the figure, not for the
note's words meaning the restated measure.
"""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from studycli.model import Fact, Kind

if TYPE_CHECKING:
    from studycli.questions.currency import Currency

_BOUNDS = ("max", "min", "default")


def as_restated(fact: Fact, cur: Currency) -> Fact:
    """`fact` under the name, subject and bound of the entry its claim restates; `fact`
    itself where its claim restates none, or the note's label is no name of that measure."""
    if fact.qualifier or fact.kind != Kind.LIMIT or not cur.reference_id:
        return fact
    from studycli.questions.currency import own_entry, same_number

    claim = own_entry(cur.reference_id, fact.service)
    if claim is None or not claim.restates:
        return fact
    kept = own_entry(claim.restates, fact.service)
    if (kept is None or not kept.attribute
            or kept.qualifier not in _BOUNDS or not same_number(kept.number, fact.number)):
        return fact
    if _label(fact.attribute) not in {_label(kept.attribute)} | {
            _label(attribute) for _, attribute in kept.aliases}:
        return fact
    return replace(fact, attribute=kept.attribute, subject=kept.subject or "",
                   qualifier=kept.qualifier)


def _label(attribute: str) -> str:
    """A label as compared: case, spacing and a note's abbreviations ("std") aside."""
    from studycli.questions.stems import spelled

    return " ".join(spelled(attribute.lower()).lower().split())
