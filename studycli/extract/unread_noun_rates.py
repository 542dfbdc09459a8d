"""Rates whose counted noun is a word of a language the parser has no noun for.

A student writing in their own language writes a rate the way English notes do, a number, the
thing counted and a time after a slash or "per": "300 mezu/segundo" (Basque), "10000
zahtevkov/s" (Slovenian), "5500 zahtevkov na sekundo" (read "per second" by its table).
The quantity reader reads a count only with a noun it knows ("300 messages/s", "300
mensajes/segundo"), so such a figure was no quantity at all, and lookup said nothing of a
throughput the note states. Whatever the noun, a number of it per second or per minute is a
rate: this module finds those, and extract/quantities.py reads each as that rate, the noun
as written ("300 mezu/s").

Only a second or a minute after the noun: a rate in AWS notes is counted per second or per
minute, and the spans some languages spell with a word that is something else in another
("ordu", "ore", "uur", "din", "/d") stay out. A number's scale word ("3 million/s", "5
Mio/s", "10 millones/segundo") is no noun: its figure is a multiple, not a count.
Stdlib only.
"""

from __future__ import annotations

import re

from studycli.lazy_regex import lazy_compile
from studycli.regex_trie import trie_pattern

# The scale words of numbers, by how they start in the languages notes are written in
# (million, millón, milione, miljoen, Mio, mln, mld, Mrd, billion, bilhões, biljoen, trillion,
# thousand, tys., тыс., млн, млрд, lakh, crore): a word starting so is never the counted noun.
# Each start is long enough to be no common noun's: "k" alone would have taken every word in
# k ("kérés/s", Hungarian requests; "kyselyä/s", Finnish queries), "tri" "triggers", "bil"
# "bilete": those short scale words are whole words below.
_SCALE_STARTS = ("mill", "milh", "milio", "milj", "mio", "mln", "mld", "mrd", "bill", "bilh",
                 "bilio", "bilj", "tril", "thousand", "hundred", "tys", "tus", "тыс", "млн",
                 "млрд", "lakh", "crore")
_SCALE_WORDS = frozenset(("k", "m", "mil", "mn", "bn", "b", "tr"))
# a unit of data ("Gbit", "Mb", "KiB", "GByte"): "10 Gbit/s" is a bandwidth, not ten of a
# thing counted each second
_DATA_UNIT = re.compile(r"[kmgtpe]i?(?:b|bit|bits|byte|bytes)", re.IGNORECASE)


def rate_pattern(per_second: tuple[str, ...]) -> re.Pattern[str]:
    """A number, a word of letters, then "/" or "per" and one of `per_second` (the spellings
    of a second or a minute after a slash), no figure right after a "min"."""
    return lazy_compile(
        r"(?<![\w.,$@/#])(?P<n>[1-9][0-9]{0,2}(?:,[0-9]{3})+|[0-9]+)(?![.,]?[0-9])"
        r"[*_`]{0,3}[ \t]{1,2}(?P<noun>[^\W\d_]{2,}+)"
        r"(?:[ \t]*/[ \t]*|[ \t]+(?i:per)[ \t]+)"
        rf"(?P<per>(?i:{trie_pattern(sorted(per_second))}))(?![\w/])"
        # "default 30 tíma / min 0": a "min" a figure follows is a minimum, not a minute
        r"(?!(?<=(?i:min))[ \t]*[:=]?[ \t]*[0-9])")


def counted_noun(word: str) -> bool:
    """Whether `word` after a number may be the thing a rate counts (no scale word, no unit
    of data)."""
    lowered = word.lower()
    return not (lowered.startswith(_SCALE_STARTS) or lowered in _SCALE_WORDS
                or _DATA_UNIT.fullmatch(word))
