"""Two subjects and two values written in step: "S3 Standard-IA and Glacier: min storage
30 / 90 days". The scan reads "90 days" only (a bare number before a slash has no unit of its
own), and the limit rules file it under the subject named last; the first value is the first
subject's, in the same unit and measure."""

from __future__ import annotations

import dataclasses
import re

from studycli.extract.quantities import Quantity
from studycli.model import Fact
from studycli.services import find_subjects

# the bare first value and its slash, right before the value read ("30 / 90 days")
_BARE_BEFORE = re.compile(r"(?<![\w.,/$])([0-9]+(?:\.[0-9]+)?)[ \t]*/[ \t]*[*_`]*$")
# what may join the two subjects' names: "A and B", "A & B", "A / B", "A, B"
_JOINED = re.compile(r"[\s*_`]*(?:and|&|/|,)[\s*_`]*", re.IGNORECASE)
# the value's own leading number, as written
_OWN_NUMBER = re.compile(r"[0-9][0-9,]*(?:\.[0-9]+)?")


def paired_values(facts: list[Fact], valued: list[Quantity], line: str) -> list[Fact]:
    """The first subject's facts of a line that pairs two subjects with two values, for each
    fact of `facts` (its quantity in `valued`) filed under the second subject."""
    if "/" not in line:
        return []
    out: list[Fact] = []
    for fact, q in zip(facts, valued, strict=True):
        if not fact.subject or fact.number is None or fact.low is not None:
            continue
        bare = _BARE_BEFORE.search(line, 0, q.start)
        own = _OWN_NUMBER.match(q.text)
        if bare is None or own is None:
            continue
        first = _first_of_two(line[:bare.start()], fact.service, fact.subject)
        if not first:
            continue
        written = bare.group(1)
        own_number = float(own.group(0).replace(",", ""))
        if not own_number or float(written) >= own_number * 1000:
            continue
        scale = fact.number / own_number
        value = fact.value.replace(own.group(0), written, 1) if own.group(0) in fact.value \
            else f"{written} {fact.value}"
        out.append(dataclasses.replace(fact, subject=first, value=value,
                                       number=float(written) * scale))
    return out


def _first_of_two(before: str, service: str, second: str) -> str:
    """The subject named just before `second`, joined to it, when the text names those two
    only ("" otherwise: one subject, or three, pair with no two values)."""
    named = find_subjects(before, service)
    if len(named) != 2 or named[1].name != second or named[0].name == second:
        return ""
    if not _JOINED.fullmatch(before[named[0].end:named[1].start]):
        return ""
    return named[0].name
