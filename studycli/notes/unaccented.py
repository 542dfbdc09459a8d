"""Words of other languages as students type them on an English keyboard: without accents.

A student writing Polish, Czech, Vietnamese, Turkish or Romanian notes on a US keyboard types
"domyslnie" for "domyślnie", "sie" for "się", "pamiec" for "pamięć", "khong" for "không". The
vocabulary of studycli/languages.py is written with the accents; notes/gloss.py reads a note's
language by its function words and its glossary by whole words, so a note typed without
accents was read as no language at all (its "0,5 ACU", "10 240 MB", "max 72 godz" unread).
This gives each word its unaccented spelling, so both are read alike.

Only a phrase or a word of three letters or more gets one: two-letter ones collide across
languages (Vietnamese "là" unaccented is Italian "la"). Stdlib only.
"""

from __future__ import annotations

import unicodedata

# letters NFKD does not split into a base letter and an accent
_NO_SPLIT = str.maketrans({"ł": "l", "Ł": "L", "ø": "o", "Ø": "O", "đ": "d", "Đ": "D",
                           "ı": "i", "ß": "ss", "æ": "ae", "œ": "oe", "ħ": "h"})
MIN_LETTERS = 3


def unaccented(word: str) -> str:
    """`word` with its accents left out ("domyślnie" -> "domyslnie", "część" -> "czesc")."""
    if word.isascii():
        return word
    split = unicodedata.normalize("NFKD", word.translate(_NO_SPLIT))
    return "".join(c for c in split if not unicodedata.combining(c))


def typed_plain(word: str) -> str | None:
    """The unaccented spelling of `word` when it differs and is long enough to be told apart
    from other languages' words (a phrase, or a word of at least MIN_LETTERS letters), else
    None."""
    plain = unaccented(word)
    if plain == word or not plain.isascii():
        return None  # (a script with no Latin letters stays as written)
    return plain if " " in plain or len(plain) >= MIN_LETTERS else None


def with_plain_spellings(table: dict[str, str]) -> dict[str, str]:
    """`table` (a phrase -> its English) with each phrase's unaccented spelling added, where
    that spelling is not a phrase of the table already."""
    out = dict(table)
    for phrase, english in table.items():
        plain = typed_plain(phrase)
        if plain is not None and plain not in out:
            out[plain] = english
    return out
