"""A figure a past run took, which the notes report, is no limit of anything.

"Worker took ~45s per order, queue had default visibility timeout of 30 seconds", "the
restore took 3 hours", "the job ran for 20 min", "it lasted about 2 days": the number after a
past-tense verb of duration is what one run of the student's took, an observation from a
story or a lab, not a bound AWS sets. Read as a limit, it answered "sqs min visibility
timeout" with 45 s (the attribute named later on the line). The present tense stays a claim
the notes make ("failover takes 60-120 s" is what RDS does each time), and so does a bound
said with the verb ("took up to 15 min" is left to the bound's own reading: the cue words
are all this module reads).
Stdlib only.
"""

from __future__ import annotations

import re

# "took", "took us", "ran for", "lasted", each with an approximation the story may put
# before the figure ("took ~45s", "took about 3 hours", "took almost a full 2 days")
_RUN_BEFORE = re.compile(
    r"\b(?:took(?:\s+(?:me|us|him|her|them|it))?|ran\s+for|lasted)"
    r"(?:\s+(?:about|around|roughly|almost|nearly|over|just|only|like|a\s+full|"
    r"more\s+than|less\s+than|under))*"
    r"\s*[~≈]?\s*[*_`]*$", re.IGNORECASE)
# "ran for 15 min max", "took 900 seconds, which is the maximum timeout": the bound said
# right after the figure makes it the limit the run met, not a story's observation
_BOUND_AFTER = re.compile(
    r"[\s*_`]*(?:\(\s*)?(?:,?\s*(?:which|that)\s+(?:is|was|'s)\s+(?:the\s+|its\s+)?)?"
    r"(?:max(?:imum)?|min(?:imum)?|limit|cap|hard\s+limit)\b", re.IGNORECASE)
# the words a line must hold for the pattern to be tried (most lines hold none)
_MARKS = ("took", "ran for", "lasted")


def took_before(line: str, tail: int, start: int, after: str = "") -> bool:
    """Whether the number at `start` of `line` is what a past run took: a past-tense verb of
    duration ("took", "ran for", "lasted") right before it, in line[tail:start], and no bound
    named right after it (`after`, the text after the number: "ran for 15 min max")."""
    lowered = line[tail:start].lower()
    if not any(mark in lowered for mark in _MARKS):
        return False
    return _RUN_BEFORE.search(line, tail, start) is not None and not _BOUND_AFTER.match(after)
