"""What a note in any script writes that the parser must read whatever the language: its
digits, and the invisible marks its text carries.

- Digits: a student writes figures in their script's digits ("၆၀ ရက်", "෧෦", "٣٠٠ group",
  "३००"). Every decimal digit Unicode knows (category Nd, unicodedata.decimal) is read as the
  ASCII digit, so a script no table here lists (Sinhala, Ol Chiki, Javanese, Adlam ...) is
  read as well as Devanagari is. Superscripts and fractions are no decimal digits ("km²").
- Invisible marks: right-to-left and left-to-right marks and embeddings (typed by Arabic,
  Hebrew and Persian keyboards around Latin words and figures: "1\u200f000"), zero-width
  spaces, word joiners, soft hyphens and byte-order marks say nothing, and inside a figure
  or a word they split it. They are taken out. Not the zero-width joiner and non-joiner:
  they spell words of Indic scripts and Persian ("ප්‍ර", "می‌شود"), and the glossaries' words
  are spelled with them.

Stdlib only; a line keeps its place (nothing here adds or removes a line break).
"""

from __future__ import annotations

import re
import unicodedata

# a decimal digit that is no ASCII one (Python's \d is every Nd character)
_OTHER_DIGIT = re.compile(r"(?![0-9])\d")
# format characters that mark direction or a break no one sees (not ZWJ U+200D, ZWNJ U+200C)
_INVISIBLE = re.compile("[\u00ad\u061c\u180e\u200b\u200e\u200f\u202a-\u202e\u2060-\u2064"
                        "\u2066-\u2069\ufeff]")


def read_any_script(text: str) -> str:
    """`text` with every script's digits as ASCII digits and its invisible marks taken out."""
    if text.isascii():
        return text
    text = _INVISIBLE.sub("", text)
    return _OTHER_DIGIT.sub(lambda m: str(unicodedata.decimal(m.group(0))), text)


def latin_words(phrase: str) -> str:
    """`phrase` without its words written in another script than the Latin one ("errors මතක
    තබා ගන්න" is "errors", "ကန့်သတ်ချက်များ" nothing): what a heading's topic says to a query
    typed in English. A word's marks, digits and punctuation go with its letters; a
    Latin word with accents ("básico") stays. Spaces between the words kept are one."""
    if phrase.isascii():
        return phrase
    kept = []
    for word in phrase.split():
        if not any(_other_script(c) for c in word):
            kept.append(word)
            continue
        # a word of both scripts, as Chinese and Japanese write with no space ("S3の基本",
        # "Lambda要点"): its Latin runs that hold a letter ("S3", "Lambda")
        kept += [run for run in _OTHER_LETTERS.split(word) if _LATIN_LETTER.search(run)]
    return " ".join(kept)


def other_script(text: str) -> bool:
    """Whether `text` holds a letter of another script than the Latin one."""
    return not text.isascii() and any(_other_script(c) for c in text)


def _other_script(char: str) -> bool:
    return not char.isascii() and char.isalpha() and not _latin(char)


# the letters of another script, and a Latin letter (the letters of Latin-1 and Latin
# Extended-A and -B are all Latin, "ª", "º" and "µ" too, which are not named so)
_OTHER_LETTERS = re.compile(r"[^\W\d_\u0000-\u024f\u1e00-\u1eff]+")
_LATIN_LETTER = re.compile(r"[A-Za-z\u00aa\u00b5\u00ba\u00c0-\u024f\u1e00-\u1eff]")


_LATIN_NAMES: dict[str, bool] = {}


def _latin(char: str) -> bool:
    known = _LATIN_NAMES.get(char)
    if known is None:
        known = _LATIN_NAMES[char] = char < "\u0250" or unicodedata.name(
            char, "").startswith("LATIN")
    return known
