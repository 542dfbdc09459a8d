"""The unit a table column's header names as its last word, before a scope: "max IOPS/vol",
"Max IOPS / vol", "Throughput MiB/s per volume", "Max IOPS".

A comparison table of volume types or instance sizes writes its figures bare under such a
header ("| gp3 | SSD | 1 GiB - 16 TiB | 16,000 | 1,000 MiB/s |" under "max IOPS/vol"); only a
unit in brackets ("Max (IOPS)") gave bare cells their unit, so the row's IOPS were no figure
and "gp3 max iops" found only the baseline written elsewhere. A unit word of two letters or
more is read (a one-letter "s", "m" or "h" may be anything in a header), not a bound's word
("min" is no minute there) and not a counted noun (a count's column names what it counts).
Nor a ratio's ("IOPS/GiB", "MB/s per TiB": gp2's 3 IOPS per GiB is no 3 IOPS), a denominator
("cost per 4 KB" is over RCUs) or a calendar word in the singular ("Launch year", "Week": a
date or an ordinal, no length).
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
# a calendar word in the singular numbers a period or dates a row, no length: "Launch year"
# over "2006", "Week" over "3" of a study plan (a length's column is "days", "Retention days")
_ORDINAL_TIME_WORDS = frozenset({"second", "minute", "hour", "day", "week", "month", "quarter",
                                 "year"})
# the word is a ratio's denominator, not the cells' unit: "cost per 4 KB", "IOPS / GiB"
_AFTER_PER = re.compile(r"(?:\bper|/)\s*(?:\d[\d,.]*\s*)?$", re.IGNORECASE)


def unit_named_last(header_cell: str) -> str:
    """The unit `header_cell` names as its last word (scope aside), or ""."""
    m = _LAST_WORD.search(header_cell.strip())
    if m is None:
        return ""
    if _AFTER_PER.search(header_cell.strip(), 0, m.start("unit")):
        return ""  # "cost per 4 KB": the cells are RCUs or dollars per 4 KB, not KB
    scope = m.group("scope")
    if scope is not None and _is_measure(scope):
        # "GB/month", "GB per hour": a price's or a rate's unit, no size; "IOPS per GiB",
        # "MB/s per TiB": a ratio (gp2's 3 IOPS per GiB is no volume's 3 IOPS)
        return ""
    written = m.group("unit")
    candidates = [written]
    if "/" in written and not _is_measure(written.split("/")[1]):
        candidates.append(written.split("/")[0])  # "IOPS/vol", not "IOPS/GiB" (a ratio)
    for unit in candidates:
        if (unit.lower() not in _NOT_A_UNIT_HERE and unit.lower() not in _ORDINAL_TIME_WORDS
                and _is_unit(unit)):
            return unit
    return ""


def _is_measure(word: str) -> bool:
    """Whether "2 <word>" reads as a measure (a size, a time), not a scope ("vol", "instance")."""
    return any(q.dimension != "count" for q in find_quantities(f"2 {word}"))


def _is_unit(word: str) -> bool:
    """Whether "2 <word>" reads as one measure, not a count, the whole word its unit."""
    found = find_quantities(f"2 {word}")
    return len(found) == 1 and found[0].dimension != "count" and found[0].end == 2 + len(word)
