"""The bounds and default words of studycli/languages_bound_words.py, read in any note."""

from __future__ import annotations

import re
from functools import cache

from studycli.languages_bound_words import ANYWHERE, BEFORE_NUMBER
from studycli.regex_trie import trie_pattern


@cache
def _patterns() -> tuple[re.Pattern, re.Pattern]:
    anywhere = re.compile(rf"(?<![^\W\d_])(?:{trie_pattern(ANYWHERE)})(?![^\W\d_])",
                          re.IGNORECASE)
    # (a bound before a figure: "hyd at 12 awr"; never "hyd at y diwedd")
    before = re.compile(rf"(?<![^\W\d_])(?:{trie_pattern(BEFORE_NUMBER)})(?=[ \t]+\d)",
                        re.IGNORECASE)
    return anywhere, before


def read_bound_words(text: str) -> str:
    """`text` with those words in English ("uchafswm 12 awr" is "max 12 awr")."""
    anywhere, before = _patterns()
    text = anywhere.sub(lambda m: ANYWHERE[m.group(0).lower()], text)
    return before.sub(lambda m: BEFORE_NUMBER[m.group(0).lower()], text)
