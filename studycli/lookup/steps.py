"""A step asked ("lambda memory increments", "step size"): only the number a note line gives
as the step answers it. "memory 128 MB to 10,240 MB in 1 MB increments" says "increments",
and its range and maximum matched the word as well as the line's statement does: a student
asking the increment was told 10,240 MB. The parser reads a number followed by such a word
as a step, no limit (data/cues.json increment_words); the same list is read here, so the two
never drift apart. Stdlib only (paths.load_json keeps a marshal copy for the fast path)."""

from __future__ import annotations

import re
from functools import lru_cache

from studycli.kinds import Kind

_NUMBER = r"(\d[\d,]*(?:\.\d+)?)"
_QUANTITIES = (Kind.LIMIT, Kind.RANGE, Kind.DEFAULT)
# a bare "step" asks no step: "step scaling cooldown", "step functions max duration"
_BARE_STEP = frozenset({"step", "steps"})


@lru_cache(maxsize=1)
def _patterns() -> tuple[re.Pattern, re.Pattern]:
    """(a step asked in a query, a step a note line gives) from the cue file's words."""
    from studycli.paths import load_json

    words = sorted(load_json("cues.json")["increment_words"]["words"], key=len, reverse=True)
    every = "|".join(re.escape(w) for w in words)
    asking = "|".join(re.escape(w) for w in words if w.lower() not in _BARE_STEP)
    asked = re.compile(rf"\b(?:{asking})\b|\bstep[\s-]*sizes?\b|\bin\s+steps\s+of\b",
                       re.IGNORECASE)
    # "in 1 MB increments", "64 MB steps"; "increments of 1 MB", "granularity: 1 s"
    given = re.compile(rf"{_NUMBER}\s*[A-Za-z]{{0,5}}\s+(?:{every})\b"
                       rf"|\b(?:{every})\s*(?:of|:|=)?\s*{_NUMBER}", re.IGNORECASE)
    return asked, given


def asks_step(query: str) -> bool:
    """Whether the query asks a step: an increment or granularity, a "step size", "in steps
    of"; never Step Functions or step scaling."""
    return _patterns()[0].search(query) is not None


def step_of_another(fact: dict, query: str) -> bool:
    """Whether a step is asked (`query`, the text typed) and the fact is a quantity of a line
    that gives the step as another of its numbers."""
    if fact["kind"] not in _QUANTITIES or not asks_step(query):
        return False
    steps = [float((m.group(1) or m.group(2)).replace(",", ""))
             for m in _patterns()[1].finditer(fact["snippet"] or "")]
    own = [n for n in (fact.get("number"), fact.get("low"), fact.get("high")) if n is not None]
    return bool(steps) and not any(abs(s - n) <= 1e-9 * max(1.0, abs(n))
                                   for s in steps for n in own)
