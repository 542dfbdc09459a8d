"""A time unit typed as what a rate is per ("s3 get req per sec per prefix", "req/s") is
said by a line that writes a rate per that unit ("5,500 req/s", "5500 GET/HEAD per sec"):
the light stemmer keeps "sec", "s" and "second" apart, and a rate's unit is written after a
slash, so the word typed was left unsaid by the very line that answers.

Only where no duration is asked (a "sec" typed for "how long" is said by a duration, as the
answer scoring reads units), and only a rate per the same unit: "per min" is not said by
"req/s". Stdlib only: runs on the lookup fast path.
"""

from __future__ import annotations

import re

from studycli.lookup.text import stem

# A time unit's spellings -> the unit.
_SPELLINGS = {"s": ("s", "sec", "secs", "second", "seconds"),
              "min": ("min", "mins", "minute", "minutes"),
              "h": ("h", "hr", "hrs", "hour", "hours")}
UNIT_OF = {stem(w): unit for unit, words in _SPELLINGS.items() for w in words}
_RATE = {unit: re.compile(r"(?:/\s*|\bper\s+|\ba\s+)(?:" + "|".join(words) + r")\b"
                          + (r"|\b[rtq]ps\b" if unit == "s" else ""), re.IGNORECASE)
         for unit, words in _SPELLINGS.items()}


def time_unit_of(words: list[str]) -> str | None:
    """The time unit every one of `words` (stems) names, or None."""
    units = {UNIT_OF.get(w) for w in words}
    return units.pop() if len(units) == 1 and None not in units else None


def rate_said(text: str, unit: str) -> bool:
    """Whether `text` writes a rate per `unit` ("req/s", "per sec", "1 msg a second",
    "3000 TPS")."""
    return bool(_RATE[unit].search(text))
