"""The bounds and default words of studycli/languages_bound_words.py, read in any note."""

from __future__ import annotations

import re
from collections.abc import Collection
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


@cache
def _key_words() -> frozenset[str]:
    """One word of each of the tables' words and phrases (its longest), in lower case."""
    return frozenset(max(key.split(), key=len) for key in (*ANYWHERE, *BEFORE_NUMBER))


def may_hold_bound_words(counts: Collection[str]) -> bool:
    """Whether a note whose words (lower case, as notes/note_words.py counts them in the
    whole note) are `counts` may write one of the tables' words: one of their key words is
    among them, alone or beside an apostrophe ("d'uchafswm" is one word there). Most notes
    write none, and read_bound_words need not read them."""
    keys = _key_words()
    return not keys.isdisjoint(counts) or any(
        not keys.isdisjoint(_APOSTROPHE.split(w)) for w in counts if "'" in w or "’" in w)


_APOSTROPHE = re.compile("['’]")


def read_bound_words(text: str) -> str:
    """`text` with those words in English ("uchafswm 12 awr" is "max 12 awr")."""
    anywhere, before = _patterns()
    text = anywhere.sub(lambda m: ANYWHERE[m.group(0).lower()], text)
    return before.sub(lambda m: BEFORE_NUMBER[m.group(0).lower()], text)
