"""The unit a table column's header names as its last word, before a scope: "max IOPS/vol",
"Max IOPS / vol", "Throughput MiB/s per volume", "Max IOPS".

A comparison table of volume types or instance sizes writes its figures bare under such a
header ("| gp3 | SSD | 1 GiB - 16 TiB | 16,000 | 1,000 MiB/s |" under "max IOPS/vol"); only a
unit in brackets ("Max (IOPS)") gave bare cells their unit, so the row's IOPS were no figure
and "gp3 max iops" found only the baseline written elsewhere. A unit word of two letters or
more is read (a one-letter "s", "m" or "h" may be anything in a header), not a bound's word
("min" is no minute there) and not a counted noun (a count's column names what it counts).
"""

from __future__ import annotations

import re

from studycli.extract.quantities import find_quantities

# the header's last word, after it only a scope ("/vol", " / volume", " per instance") and
# emphasis, a question mark or a colon
_LAST_WORD = re.compile(
    r"(?:^|[\s(])(?P<unit>[A-Za-z]{2,8}(?:/[A-Za-z]{1,3})?)"
    r"(?:\s*(?:/|\bper\b)\s*(?P<scope>[A-Za-z][A-Za-z-]{1,15}))?[\s*:)]*$", re.IGNORECASE)
_NOT_A_UNIT_HERE = frozenset({"min", "max", "minimum", "maximum", "default", "def"})


def unit_named_last(header_cell: str) -> str:
    """The unit `header_cell` names as its last word (scope aside), or ""."""
    m = _LAST_WORD.search(header_cell.strip())
    if m is None:
        return ""
    scope = m.group("scope")
    if scope is not None and any(q.dimension == "duration" for q in find_quantities(f"2 {scope}")):
        return ""  # "GB/month", "GB per hour": a price's or a rate's unit, no size
    for unit in dict.fromkeys((m.group("unit"), m.group("unit").split("/")[0])):
        if unit.lower() not in _NOT_A_UNIT_HERE and _is_unit(unit):
            return unit
    return ""


def _is_unit(word: str) -> bool:
    """Whether "2 <word>" reads as one measure, not a count, the whole word its unit."""
    found = find_quantities(f"2 {word}")
    return len(found) == 1 and found[0].dimension != "count" and found[0].end == 2 + len(word)
