"""A step asked ("lambda memory increments", "step size"): only the number a note line gives
as the step answers it. "memory 128 MB to 10,240 MB in 1 MB increments" says "increments",
and its range and maximum matched the word as well as the line's statement does: a student
asking the increment was told 10,240 MB. The parser reads a number followed by such a word
as a step, no limit (data/cues.json increment_words); the lookup fast path reads the same
few words here rather than load the cue file. Stdlib only."""

from __future__ import annotations

import re

from studycli.kinds import Kind

_STEP_STEMS = frozenset({"increment", "step", "granular", "granularity"})
_NUMBER = r"(\d[\d,]*(?:\.\d+)?)"
# "in 1 MB increments", "64 MB steps"; "increments of 1 MB", "granularity: 1 s"
_STEP = re.compile(rf"{_NUMBER}\s*[A-Za-z]{{0,5}}\s+(?:increments?|steps?)\b"
                   rf"|\b(?:increments?|steps?|granularity)\s*(?:of|:|=)?\s*{_NUMBER}",
                   re.IGNORECASE)
_QUANTITIES = (Kind.LIMIT, Kind.RANGE, Kind.DEFAULT)


def step_of_another(fact: dict, terms) -> bool:
    """Whether a step is asked (`terms`, the query's word stems) and the fact is a quantity
    of a line that gives the step as another of its numbers."""
    if fact["kind"] not in _QUANTITIES or not _STEP_STEMS & set(terms):
        return False
    steps = [float((m.group(1) or m.group(2)).replace(",", ""))
             for m in _STEP.finditer(fact["snippet"] or "")]
    own = [n for n in (fact.get("number"), fact.get("low"), fact.get("high")) if n is not None]
    return bool(steps) and not any(abs(s - n) <= 1e-9 * max(1.0, abs(n))
                                   for s in steps for n in own)
