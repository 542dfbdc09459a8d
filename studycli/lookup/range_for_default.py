"""A default asked, and a statement that gives only the range a setting may take.

"sqs long polling default wait time" is not answered by "long polling =
ReceiveMessageWaitTimeSeconds 1-20 s", nor "lambda default memory" by "memory: 128 MB to
10,240 MB": a range says what a setting may be set to, not what it is when nobody sets it.
A line that says a default anywhere, or holds a figure outside its ranges ("1-20 s, 0 if
unset"), is left to the other checks: that figure may be the default.
Stdlib only: runs on the lookup fast path.
"""

from __future__ import annotations

import re

# a word saying a default, in the languages students write notes in (German "Standardwert",
# Spanish "por defecto", French "par défaut", Portuguese "padrão")
DEFAULT_WORD = re.compile(r"\b(?:defaults?|def|dflt|initially|unset|standardwert|voreingestellt|"
                      r"defecto|d[ée]faut|padr[ãa]o)\b", re.IGNORECASE)
# a range with a unit or none after its low end: "1-20", "1–20 s", "128 MB to 10,240 MB",
# "0..900", "1 bis 20"
_RANGE = re.compile(r"(?<![\w.])\d[\d,.]*\s*(?:[^\W\d_]{1,12}\s*)?(?:-|–|—|\bto\b|\.\.|\bbis\b)"
                    r"\s*\d[\d,.]*", re.IGNORECASE)
# a figure: digits not written into a name ("S3", "gp3", "EC2", "IPv4")
FIGURE = re.compile(r"(?<![^\W\d_])\d")


# units a step is measured in: sizes, rates, times, percent, capacity units
_STEP_UNIT = r"(?:[kmgtp]i?b|[kmg]bps|%|ms|s|secs?|mins?|h|hrs?|days?|vcpus?|iops|[rw]cus?|units?)"
# the step a range is set in: "in 1 MB increments", "64MB increments", "1 MB steps" (a unit
# before "steps": not "4 steps" or "2 more steps", counts of their own), "шаг 64 MB" (no
# default either: "memory: 128 MB to 10,240 MB, in 1 MB increments")
_STEP = re.compile(r"(?<![\w.])\d[\d,.]*\s*(?:[^\W\d_]{0,6}\s*increments?"
                   r"|" + _STEP_UNIT + r"\s*steps)\b"
                   r"|\b(?:(?:increments?|steps?)\s+of|step|шаг)\s*\d[\d,.]*"
                   r"(?:\s*[^\W\d_]{1,6}\b)?", re.IGNORECASE)


def range_only(value: str) -> bool:
    """Whether a statement states a range and no figure besides (but the step it is set
    in), and says no default."""
    if DEFAULT_WORD.search(value) or not _RANGE.search(value):
        return False
    return not FIGURE.search(_STEP.sub(" ", _RANGE.sub(" ", value)))
