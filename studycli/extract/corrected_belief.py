"""A belief the student corrects: "I thought io2 Block Express max was 64,000 IOPS, but
actually 256,000 IOPS", "I thought Aurora has max 5 read replicas like RDS, but actually up
to 15". Every figure in the clause "I thought" (assumed, believed, figured, was sure) opens is
the old belief, not only one right after the words (extract/attribution's
_OWN_MISTAKE_BEFORE reads that one), up to the correction ("but", "actually", "turns out",
"in fact", "however", "wrong") or the clause's end. Read as facts, the old belief was taught
as io2's maximum and Aurora's. "I figured out the max is 15 min" is what the student found,
and "as I thought", "like I assumed" agree with what follows: neither opens a belief.
"""

from __future__ import annotations

import re

# words every opening holds: a line with none of them is not searched (attribution's marks)
BELIEF_WORDS = ("thought", "assumed", "believed", "figured", "sure")
_BELIEF_OPENS = re.compile(r"(?<![\w'])(?<!\bas\s)(?<!\blike\s)i\s+(?:(?:had\s+)?thought|assumed"
                           r"|believed|figured(?!\s+out)|was\s+sure)\b", re.IGNORECASE)
_BELIEF_ENDS = re.compile(r"\b(?:but|actually|turns?\s+out|in\s+fact|however|wrong)\b"
                          r"|[;!?]|[.](?!\d)|[—→]|->|=>", re.IGNORECASE)


def in_belief(line: str, start: int) -> bool:
    """Whether the number at `start` is inside a clause "I thought" opens and no correction
    or clause end has closed before it."""
    opened = [m.end() for m in _BELIEF_OPENS.finditer(line, 0, start)]
    return bool(opened) and _BELIEF_ENDS.search(line, opened[-1], start) is None
