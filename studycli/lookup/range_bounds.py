"""A range's bounds answer no better than the range they were read from.

"restore takes 24-72 hr" is filed three times: the range "24–72 h", and its bounds "24 h"
(min) and "72 h" (max), so that "max restore time" finds 72 h. Asked no bound ("ebs snapshot
archive restore time"), the lower bound alone told a student a restore takes 24 h: its checks
passed where the range's did not (the range, with two figures, reads more of its line as
other cases'), yet a bound says less than the range it is part of. So, when no bound is
asked, each range takes the best answer confidence of its bounds, and a bound ranks no
higher than its range.

Stdlib only: runs on the lookup fast path.
"""

from __future__ import annotations

from studycli.kinds import Kind
from studycli.lookup.query import Query

_BOUNDS = {"min": "low", "max": "high"}  # a bound's qualifier -> the end of the range it is


def bounds_under_their_range(ranked: list[dict], q: Query) -> list[dict]:
    """`ranked` with each range's answer the best of its own and its bounds', and each bound
    placed right after its range where it stood before it (see the module); as it was when
    the query asks a bound ("max", "min")."""
    if q.qualifier in _BOUNDS:
        return ranked
    ranges = [h for h in ranked if h["kind"] == Kind.RANGE and h.get("low") is not None
              and h.get("high") is not None]
    if not ranges:
        return ranked
    out = list(ranked)
    for r in ranges:
        bounds = [h for h in out if _bound_of(h, r)]
        if not bounds:
            continue
        if "answer" in r:
            r["answer"] = max([r["answer"], *(h.get("answer", 0.0) for h in bounds)])
        first = min(out.index(h) for h in [r, *bounds])
        for h in [r, *bounds]:
            out.remove(h)
        out[first:first] = [r, *bounds]
    return out


def _bound_of(h: dict, r: dict) -> bool:
    """Is `h` a bound read from the range `r` (same line and key, its number an end of `r`)?"""
    end = _BOUNDS.get(h.get("qualifier") or "")
    return (end is not None and h is not r and h["kind"] == Kind.LIMIT
            and (h["source"], h["line"]) == (r["source"], r["line"])
            and (h["service"], h["subject"] or "", h["attribute"])
            == (r["service"], r["subject"] or "", r["attribute"])
            and h.get("number") is not None and r.get(end) is not None
            and abs(h["number"] - r[end]) <= 1e-9 * max(1.0, abs(r[end])))
