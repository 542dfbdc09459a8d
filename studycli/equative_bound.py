"""An equative said as a comparison or a denial, no bound: the one spelling the parser
(extract/limits.py: a number's qualifiers) and lookup (lookup/answer.py: whether a statement
bounds its number) both read. Stdlib only: lookup reads it on its fast path."""

from __future__ import annotations

import re

# "as high as", "as many as" (max words) or "as low as" (min words) said as a comparison is
# no bound: "twice as high as 30 seconds", "4x as large as 16 TiB", "not as many as 10 VPCs"
# compare or deny, and "at least as large as 100 GiB" is the minimum "at least" says; the
# comparison's words are blanked, the words before it ("at least") read as they are
# a multiple ("twice", "4x", "ten times") and the equative's "as ... as", shared by both patterns
_MULTIPLE = (r"twice|thrice|half|\d+(?:\.\d+)?\s*(?:x|×|times)"
             r"|(?:two|three|four|five|ten|many)\s+times")
_AS_ADJ_AS = r"as\s+(?:high|large|big|many|much|low|few|small|long)\s+as"
_EQUATIVE_COMPARED = re.compile(
    rf"(\b(?:at\s+(?:least|most)|not|never|{_MULTIPLE})\s+){_AS_ADJ_AS}\b", re.IGNORECASE)


def blank_compared(text: str) -> str:
    """`text` with the "as ... as" of a comparison or a denial blanked ("twice as high as 30
    seconds" -> "twice  30 seconds"); the words before it kept."""
    if " as " not in text.lower():
        return text
    return _EQUATIVE_COMPARED.sub(r"\1 ", text)


# the figure a multiple is compared with: "twice as high as 30 seconds", "4x as large as 16
# TiB" (no figure of the thing; "at least as large as 100 GiB" is its minimum, and "not as
# many as 10 VPCs" is left to its qualifier)
_MULTIPLE_COMPARED_BEFORE = re.compile(rf"\b(?:{_MULTIPLE})\s+{_AS_ADJ_AS}\s+$", re.IGNORECASE)


def compared_with(line: str, start: int) -> bool:
    """Whether the number at `start` of `line` is what a multiple is compared with ("twice
    as high as 30 seconds")."""
    before = line[max(0, start - 60):start]
    return " as " in before.lower() and _MULTIPLE_COMPARED_BEFORE.search(before) is not None
