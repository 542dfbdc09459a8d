""""24/7" is no figure: a statement whose only numbers say round the clock states no quantity.

"24/7 access to Shield Response Team (SRT)" says when the team can be reached, not how soon
it answers: asked "shield advanced srt response time", it has no figure of the duration
asked, however its "24" and "7" read as numbers. A line with another figure beside it
("Business: 24/7 phone, < 1 hour for production system down") is read as before.
Stdlib only: runs on the lookup fast path.
"""

from __future__ import annotations

import re

from studycli.lookup.text import FIGURE

_ROUND_THE_CLOCK = re.compile(r"\b24\s*[/x×]\s*7(?:\s*[/x×]\s*365)?\b", re.IGNORECASE)


def only_round_the_clock(value: str) -> bool:
    """Whether `value` writes "24/7" (or "24x7") and no other figure."""
    if not _ROUND_THE_CLOCK.search(value or ""):
        return False
    return not FIGURE.search(_ROUND_THE_CLOCK.sub(" ", value))
