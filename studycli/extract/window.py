"""The opening of a text that the parser reads for the service a line or clause opens with."""

from __future__ import annotations

import re

OPENING_CHARS = 40
_WORD_GOES_ON = re.compile(r"\w*")


def opening_of(text: str, start: int = 0, width: int = OPENING_CHARS) -> str:
    """`text` from `start`, about `width` characters, ending at the end of a word: a window
    cut inside a word reads its first letters as a word of their own ("IMDSv2 needs
    se|ssion token" read "ses" as SES, and the brain dump's EC2 lines after it were SES's)."""
    end = start + width
    if end >= len(text):
        return text[start:]
    if text[end - 1].isalnum() or text[end - 1] == "_":
        m = _WORD_GOES_ON.match(text, end)
        assert m is not None  # \w* always matches
        end = m.end()
    return text[start:end]
