"""A figure given per a unit of size ("3 IOPS per GB", "50 IOPS/GiB", "$0.023 per GB")
is a ratio: it grows with the volume or the data, and is no bound of the measure itself.
"gp2 max iops" is not answered by gp2's "3 IOPS per GB" (gp2's maximum is 16,000 IOPS:
[EBS volume types](https://docs.aws.amazon.com/ebs/latest/userguide/ebs-volume-types.html)),
nor "efs bursting throughput max" by Bursting mode's baseline rate "50 MiB/s per TiB",
where "gp2 iops per gb" is.
Only a statement whose every figure is such a ratio is one: "3 IOPS per GB, max 16,000
IOPS" states the maximum beside its ratio. Read once per candidate, as the shape of its
value (answer._shape: `only_per_size`). The other direction, a ratio asked of a plain
figure, is `answer._not_per_unit_asked`."""

from __future__ import annotations

import re

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


def only_per_size(value: str, bound: str | None,
                  denominators: set[str] | frozenset[str]) -> bool:
    """Whether a bound is asked (no size it is asked per) and `value`'s every figure is a
    ratio per a unit of size (see the module)."""
    if bound not in ("max", "min") or denominators & SIZE_STEMS:
        return False
    ratios = {m.start(1) for m in _PER_SIZE.finditer(value)}
    return bool(ratios) and all(m.start() in ratios for m in _FIGURE.finditer(value))
