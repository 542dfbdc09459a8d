"""A figure given per a unit of size ("3 IOPS per GB", "50 IOPS/GiB", "$0.023 per GB")
is a ratio: it grows with the volume or the data, and is no bound of the measure itself.
"gp2 max iops" is not answered by gp2's "3 IOPS per GB" (gp2's maximum is 16,000 IOPS:
[EBS volume types](https://docs.aws.amazon.com/ebs/latest/userguide/ebs-volume-types.html)),
nor "efs bursting throughput max" by Bursting mode's baseline rate "50 MiB/s per TiB",
where "gp2 iops per gb" is.
Only a statement whose every figure is such a ratio is one: "3 IOPS per GB, max 16,000
IOPS" states the maximum beside its ratio. Two checks share the reading: a stored fact's
(`per_size_unasked`) and a note line's text (`only_per_size`). The other direction, a
ratio asked of a plain figure, is `answer._not_per_unit_asked`."""

from __future__ import annotations

import re
from functools import lru_cache

from studycli.lazy_regex import lazy_compile
from studycli.lookup.text import stem

# the units of size a figure is given per: their short forms (as typed too, query.py) and
# words ("gigs", "terabytes")
SIZE_UNITS = ("kb", "mb", "gb", "tb", "kib", "mib", "gib", "tib")
_SIZE_WORDS = ("gig", "gigabyte", "terabyte")
SIZE_STEMS = frozenset(stem(w) for w in (*SIZE_UNITS, *_SIZE_WORDS))
# a number, its unit if any (a rate's too, "MB/s"), then "per GB" or "/GiB"
_PER_SIZE = lazy_compile(r"(?<![\w.])(\d[\d,.]*)\s*(?:[A-Za-z]+(?:/s(?:ec)?\b)?\s*)?"
                         r"(?:\bper\s+|/\s*)"
                         r"(?:" + "|".join((*SIZE_UNITS, *(w + "s?" for w in _SIZE_WORDS)))
                         + r")\b", re.IGNORECASE)
# a number standing alone: not the digit of a name ("gp2", "S3", "EC2")
_FIGURE = lazy_compile(r"(?<![\w.])\d[\d,.]*")


def per_size_unasked(fact: dict, bound: str | None,
                     denominators: set[str] | frozenset[str]) -> bool:
    """Whether a bound is asked ("max", "min") and a statement's every figure is given per a
    unit of size that the query asks nothing per (see the module). Asked no bound ("io1
    iops"), the ratio is what the notes say of the measure, and answers."""
    if bound not in ("max", "min"):
        return False
    if fact.get("number") is not None or fact.get("low") is not None:
        return False  # a figure the parser read as a plain measure is another rule's
    if denominators & SIZE_STEMS:
        return False
    return only_per_size(fact.get("value") or "", bound, denominators)


def only_per_size(value: str, bound: str | None,
                  denominators: set[str] | frozenset[str]) -> bool:
    """Whether a bound is asked (no size it is asked per) and `value`'s every figure is a
    ratio per a unit of size (see the module)."""
    if bound not in ("max", "min") or denominators & SIZE_STEMS:
        return False
    return _all_per_size(value)


@lru_cache(maxsize=4096)
def _all_per_size(value: str) -> bool:
    """Whether `value`'s every figure is a ratio per a unit of size: read once per value,
    though answer.py asks it of one candidate twice (its topic's share and its shape)."""
    ratios = {m.start(1) for m in _PER_SIZE.finditer(value)}
    return bool(ratios) and all(m.start() in ratios for m in _FIGURE.finditer(value))
