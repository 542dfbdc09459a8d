"""The README says each thing once (issue 12: "the README repeats a sentence"). A merge kept
two versions of one paragraph, each with text the other lacked; a reader met it twice."""

from __future__ import annotations

import re
from collections import Counter

from .helpers import REPO

# Sentences this long are prose a reader follows, not a repeated short label ("e.g." lists,
# table cells, command lines)
LONG = 80


def test_no_sentence_of_the_readme_is_said_twice():
    text = (REPO / "README.md").read_text(encoding="utf-8")
    sentences = [s.strip() for s in re.split(r"(?<=[.!?])\s+", text) if len(s.strip()) > LONG]
    twice = [s[:100] for s, n in Counter(sentences).items() if n > 1]
    assert not twice, twice
