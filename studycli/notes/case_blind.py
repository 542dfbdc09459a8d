"""A case-blind search made cheap: the text lower-cased once by str.lower() (C) and searched by
the pattern minding case, where that finds what the case-blind pattern finds in the text. Some
ten times faster on a whole note without a match (the engine compares characters as they are
instead of folding each one); a pattern that opens on a class of first letters (extract/cues)
is as fast case-blind, and a short line gains nothing.

Why it finds the same: str.lower() keeps every character it changes one character, other than
ASCII and a word character exactly when it was one, but for the dotted capital I and the Kelvin
sign (tests/test_speed14_reader_gates.py walks every code point); a case-blind pattern matches
an ASCII letter with four characters other than ASCII (İ ı ſ K: the re module's documentation),
and each letter of _SAFE_LETTERS with exactly the characters str.lower() makes it (walked by
tests/test_ingest17_whole_note_searches.py). So a text without those four characters,
lower-cased, is searched by a pattern written in lower case, minding case, as the case-blind
pattern searches the text: the same matches at the same places."""

from __future__ import annotations

import re
from functools import lru_cache

# The four characters case-blind matching folds to ASCII letters (match_key.py keeps the list)
from studycli.match_key import FOLDS_TO_ASCII

# letters other than ASCII a pattern may hold (the answer key's words in other languages)
_SAFE_LETTERS = frozenset("àáâäåçèéêëíîïñóôöøúûüß")


def lowered(text: str) -> str | None:
    """`text` lower-cased for a search by a case-minding pattern, or None when it holds a
    character that would make that search differ from the case-blind one."""
    if not text.isascii() and any(c in text for c in FOLDS_TO_ASCII):
        return None
    return text.lower()


# an escape that gives a character by its code (\x41 is "A", matched as "a" too when case is
# ignored), or a group's number
_BY_CODE = re.compile(r"\\[xu0-9]")


@lru_cache(maxsize=32)
def case_minding(pattern: re.Pattern) -> re.Pattern | None:
    """`pattern` (case-blind) without re.IGNORECASE, or None when it is not written all in
    lower case (a capital letter, or an escape that lower case would change: \\S, \\W, \\N{...}),
    gives a character by its code, holds a letter other than ASCII not known to fold as
    str.lower() does, or has a part that minds case ("(?-i:...)")."""
    source = pattern.pattern
    if (not isinstance(source, str) or not pattern.flags & re.IGNORECASE
            or source != source.lower() or _BY_CODE.search(source) or "(?-" in source
            or not all(c.isascii() or c in _SAFE_LETTERS for c in source)):
        return None
    return re.compile(source, pattern.flags & ~re.IGNORECASE)


def search(pattern: re.Pattern, text: str, low: str | None = None) -> re.Match | None:
    """pattern.search(text), `pattern` case-blind: on `low` (lowered(text), when the caller has
    it already) with the case-minding pattern where that finds the same; the match's
    positions are the text's (its group strings are lower case)."""
    minding = case_minding(pattern)
    if minding is not None:
        if low is None:
            low = lowered(text)
        if low is not None:
            return minding.search(low)
    return pattern.search(text)
