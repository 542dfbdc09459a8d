"""Whether a stem may quote a phrase of a note as it is.

An English stem that quotes a note written in another language reads as garbled ("Clients
get an error back whose meaning is 'Target zwrócił złą odpowiedź'") and asks the student to
read a language the exam is not in. A phrase is quoted only when it reads as English: no
letter outside ASCII and no function word of another language the tool knows
(languages.LANGUAGES' MARKERS, the same words notes/gloss.py tells a note's language by).
Stdlib only, as languages.py is.
"""

from __future__ import annotations

import re
from functools import lru_cache

from studycli.languages import LANGUAGES

_WORD = re.compile(r"[^\W\d_]+")
# Markers that are also English words or AWS shorthand an English phrase writes ("den",
# ".com", "par", "il-central-1", "agar", "pas", "nos", "para", "die", "MIT", "LOS", "DES"):
# alone they tell nothing.
_ENGLISH_SPELLINGS = frozenset((
    "den", "com", "par", "il", "agar", "pas", "nos", "para", "die", "mit", "los", "des"))


@lru_cache(maxsize=1)
def _foreign_words() -> frozenset[str]:
    markers = {w for lang in LANGUAGES.values() for w in lang["MARKERS"]}  # type: ignore[attr-defined]
    return frozenset(markers - _ENGLISH_SPELLINGS)


def reads_as_english(phrase: str) -> bool:
    """True when `phrase` may be quoted in an English stem: every letter ASCII and no word a
    note in another language writes ("nicht", "jest", "eine")."""
    words = _WORD.findall(phrase)
    if any(not w.isascii() for w in words):
        return False
    foreign = _foreign_words()
    return not any(w.lower() in foreign for w in words)
