"""The key of a table that a word a case-insensitive pattern matched stands for.

Python's `re.IGNORECASE` lets four letters outside ASCII match ASCII ones: "İ" (U+0130) and
"ı" (U+0131) match "i", "ſ" (U+017F) matches "s", the Kelvin sign (U+212A) matches "k". The
`.lower()` of the first three is no ASCII letter ("İ" even becomes two letters; the Kelvin
sign's is "k", kept in the table for one rule over all four), so a table keyed by the
lower-cased words its pattern was built from has no entry for the "bucketſ" the pattern found:
such a lookup raised KeyError and ended the ingest (issue 12). `table_key` finds the key the
pattern matched by the pattern's own rule, so "bucketſ" reads as "buckets" does.
"""

from __future__ import annotations

import re
from collections.abc import Mapping

# The only characters other than ASCII that match an ASCII letter when case is ignored
# (İ ı ſ K: the re module's documentation, and a scan of every code point)
FOLDS_TO_ASCII = "\u0130\u0131\u017f\u212a"
_FOLDED = tuple(zip(FOLDS_TO_ASCII, "iisk", strict=True))


def match_key(text: str) -> str:
    """`text` lower-cased, the four letters IGNORECASE matches to ASCII read as those."""
    # `in` and str.replace run at C speed on any text; str.translate with a table is ~50x
    # slower a character, and about half of real notes hold some letter other than ASCII (a
    # "•", a curly quote): a 200 KB note's head took ~0.1 s to fold where these take ~5 ms.
    # Each letter is folded to an ASCII one, which no other replace reads, so the order of
    # the replaces does not matter and the result is the translation's.
    for odd, plain in _FOLDED:
        if odd in text:
            text = text.replace(odd, plain)
    return text.lower()


def table_key(table: Mapping[str, object], matched: str) -> str:
    """The key of `table` (lower-cased words) that `matched`, found ignoring case, spells.
    The plain lower case first, as before; then the four letters folded; then, for a key that
    itself holds one of them (a Turkish "ı" written "I"), the key the text matches ignoring
    case. KeyError only for a text no key matches at all."""
    key = matched.lower()
    if key in table:
        return key
    folded = match_key(matched)
    if folded in table:
        return folded
    # (only a text that used to raise KeyError here gets this far: the scan costs it nothing)
    for k in table:
        if re.fullmatch(re.escape(k), matched, re.IGNORECASE):
            return k
    raise KeyError(matched)


def table_entry(table: Mapping[str, object], matched: str):
    """table[the key `matched` spells] (table_key)."""
    return table[table_key(table, matched)]
