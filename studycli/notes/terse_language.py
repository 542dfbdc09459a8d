"""The language of a terse note, told by the words its table reads where it writes too few
function words for notes/gloss.py's languages_of.

A cram sheet in a language with a table (Malay, Indonesian ...) can be all nouns, units and
bounds: "metrik setiap 5 minit", "log group retention lalai: Never expire", "diskaun
sehingga 72%". It writes fewer than MIN_MARKERS different function words ("ada", "atau",
"boleh", "bukan": four), so languages_of told no language, no family holds the language
(notes/sister_languages.py), and the note was read as English: "5 minit" no duration, "lalai"
no default, and lookup said "Not in your notes" of figures the note states.

Such a note is told the language whose own table recognises the most different words of it,
by the rule sister_reading reads a family with: at least MIN_SISTER_WORDS words (never a word
of any table's English, nor an English function word), written at least as often as English
function words, more than any other language's table recognises; and at least
MIN_SISTER_FUNCTION_WORDS of that language's own markers (none an English one) written in the
note's head, DETECT_CHARS, the words above or not (an English cram sheet writes
"standard", "minimum", "timer", which some table holds too, and no three function words of one
other language; a marker counts only written other than in capitals: an acronym, "EST" or
"DES", is no French "est" or "des"). Asked only where neither languages_of nor a family told
the note: a note of a family keeps its family's reading.
Nothing here reads a file's name: only the text.
"""

from __future__ import annotations

from collections import Counter
from functools import cache

from studycli.languages import ENGLISH_MARKERS, LANGUAGES
from studycli.notes.note_words import DETECT_CHARS, WORD
from studycli.notes.sister_languages import (
    MIN_SISTER_FUNCTION_WORDS,
    best_said,
    member_words,
    sister_reading,
)


@cache
def _markers(code: str) -> frozenset[str]:
    said: tuple[str, ...] = LANGUAGES[code].get("MARKERS", ())  # type: ignore[assignment]
    return frozenset(w.lower() for w in said) - ENGLISH_MARKERS


def _written_as_words(text: str) -> frozenset[str]:
    """The words of `text`'s head written other than in capitals, in lower case: an acronym
    ("EST", "DES") is no function word ("est", "des")."""
    return frozenset(w.lower() for w in WORD.findall(text[:DETECT_CHARS]) if not w.isupper())


@cache
def _words_by_language() -> dict[str, frozenset[str]]:
    return {code: member_words(code) for code in LANGUAGES}


def terse_language(counts: Counter[str], english: int, text: str) -> str | None:
    """The language a note too terse for languages_of is written in, if its table's words
    tell it (see the module); `counts` and `english` as notes/note_words.py counts them in
    `text`, whose markers count only where written other than in capitals."""
    found = best_said(_words_by_language(), counts, english)
    if found is None:
        return None
    code = found[0]
    if len(_markers(code) & _written_as_words(text)) < MIN_SISTER_FUNCTION_WORDS:
        return None
    return code


def reading_of(counts: Counter[str], english: int, langs: frozenset[str], text: str
               ) -> tuple[frozenset[str], str | None, str | None]:
    """(the languages a note is read in, the family whose words to read, the member whose
    table to borrow): languages_of's `langs` with sister_reading's family and sister, or,
    where neither told the note anything, the language its table's words tell with that
    language's family (see the module)."""
    family, sister = sister_reading(counts, english, langs)
    if langs or family is not None:
        return langs, family, sister
    told = terse_language(counts, english, text)
    if told is None:
        return langs, None, None
    langs = frozenset((told,))
    return (langs, *sister_reading(counts, english, langs))
