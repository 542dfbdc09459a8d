"""A rate per unit of size: "gp2: 3 IOPS/GiB", "io1 up to 50 IOPS per GiB". No limit of the
rate itself (limits._not_a_limit: "3 IOPS" is no maximum of gp2's IOPS), but a measure of its
own, "IOPS per GiB", which students drill ("gp2 gives how many IOPS per GiB?"). Its unit says
both terms ("IOPS/GiB"), so no figure of the rate alone is ever compared with it."""

from __future__ import annotations

import re

from studycli.extract.context import Context, subject_near
from studycli.extract.quantities import Quantity, find_quantities
from studycli.model import Fact, Kind

# the size after the rate: "/GiB", "per GB", "/ TiB"; GB and GiB are one unit in notes
_PER_SIZE = re.compile(r"[ \t]*(?:/|per[ \t]+)[ \t]*(?P<size>[KMGT])i?B\b", re.IGNORECASE)
# a bound said right before the number: "up to 50 IOPS/GiB", "max 500 IOPS per GiB"
_MAX_BEFORE = re.compile(r"\b(?:up[ \t]+to|max(?:imum)?|at[ \t]+most)[ \t:]*$", re.IGNORECASE)
_RATES = frozenset({"per_s", "count"})  # IOPS, requests/s, a bare count of things


def per_size_facts(line: str, ctx: Context, make) -> list[Fact]:
    """A fact for every rate per unit of size on the line."""
    if "/" not in line and "per" not in line.lower():
        return []
    out: list[Fact] = []
    for q in find_quantities(line):
        per = _PER_SIZE.match(line, q.end)
        if q.unit not in _RATES or q.number is None or per is None or q.low is not None:
            continue
        rate = _rate_word(q)
        written = line[per.start("size"):per.end()]  # "GB" or "GiB", as the note has it
        max_said = _MAX_BEFORE.search(line, max(0, q.start - 16), q.start) is not None
        out.append(make(service=ctx.service, subject=_subject(line, ctx, q),
                        attribute=f"{rate} per {written}", kind=Kind.LIMIT,
                        qualifier="max" if max_said else "",
                        value=" ".join(line[q.start:per.end()].split()), number=q.number,
                        unit=f"{rate}/{per.group('size').upper()}iB"))
    return out


def _rate_word(q: Quantity) -> str:
    """What is counted, as the note writes it ("IOPS", "requests/s")."""
    written = q.text.split(None, 1)
    return written[1] if len(written) == 2 else q.noun or "units"


def _subject(line: str, ctx: Context, q: Quantity) -> str:
    return subject_near(line, ctx.service, q.start) or ctx.subject
