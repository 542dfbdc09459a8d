"""The words of a note's head, counted once for notes/gloss.py's languages_of and
notes/sister_languages.py's sister_reading (both tell a note's language by its words)."""

from __future__ import annotations

import re
from collections import Counter

from studycli.languages import ENGLISH_MARKERS

DETECT_CHARS = 40_000  # enough of a note to tell its language
WORD = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)?")


def counted_words(text: str) -> tuple[list[str], Counter[str], int]:
    """The words (lower case) of `text`'s head, how often each is written, and how many
    English function words (ENGLISH_MARKERS) it writes."""
    words = [w.lower() for w in WORD.findall(text[:DETECT_CHARS])]
    counts = Counter(words)
    return words, counts, sum(counts[w] for w in ENGLISH_MARKERS & counts.keys())
