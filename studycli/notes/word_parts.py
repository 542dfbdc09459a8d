"""A word of a note in another language read as the glossary words it is made of.

A glossary (studycli/languages.py) lists a word once, as a dictionary does; notes write it
inflected or glued into a compound, and a word matched whole is then not read at all:
"maks meldingsstørrelse: 256 KB" made no "message size" of a Norwegian note whose glossary
holds "melding" and "størrelse", as "velikost souboru" (a file's size) said "size" and left
"souboru" unread though "soubor" is a file. This reads, in a note in a language, each word
its glossary does not hold whole:

- as an inflected form of a glossary word: the glossary's word with one of the language's
  endings (languages_word_parts.ENDINGS) added ("souboru" is "soubor", "viestin" "viesti",
  "størrelsen" "størrelse"), or in a language whose endings replace a word's last letters
  one ending for another ("poruke", "poruka"), the stem at least MIN_STEM letters long. Never
  a word shorter than the glossary's: Norwegian "bruker" (uses) is no "brukere" (users);
- as a compound of two such words, with the letters the language puts between them
  (languages_word_parts.LINKS): "meldingsstørrelse" is "melding"+"s"+"størrelse", message
  size; "Nachrichtengröße" "Nachricht"+"en"+"Größe". The English reads as English writes a
  compound, the modifier first and singular.

Only words whose English is a thing or a measure take part ("size", "message", "retention
period"; never "not", "per", "up to": a word read as a negation or a bound it does not
say would change what a line states), and a stem that reads as two different things reads
as none. Every language of LANGUAGES with ENDINGS or LINKS is read so, its glossary as it
stands: no list of compounds or forms is kept. Stdlib only.
"""

from __future__ import annotations

import re
from functools import cache

from studycli.languages import LANGUAGES, UNITS
from studycli.languages_word_parts import ENDINGS, ENDINGS_REPLACE, LINKS, MIN_STEM
from studycli.notes.unaccented import with_plain_spellings

MIN_PART = 3  # letters a compound's part keeps ("fil" of "filstørrelse")
MIN_COMPOUND = 7  # letters of the shortest compound read (two parts of three and a link)
# English words that say a relation, a bound or a negation, never a thing: a glossary entry
# whose English has one is no part of a compound and no stem of another word
_NOT_A_THING = frozenset((
    "not", "no", "never", "or", "and", "only", "with", "for", "on", "per", "to", "up",
    "at", "most", "least", "by", "is", "are", "supported", "supports", "support", "does",
    "cannot", "can", "be", "the", "of", "in", "from", "every", "each", "always", "forever",
    "ahead", "than", "more", "less", "about", "within", "until", "raised", "attached",
    "after", "before", "if", "when", "also", "all", "free", "total", "cheaper"))
_WORD_OF_LETTERS = re.compile(r"[^\W\d_]+")
# a word long enough to be inflected or compound, not within a longer word or a name's
# hyphenated whole ("SQS-meldingsstørrelse" is read after its hyphen)
WORD = re.compile(r"(?<![^\W\d_])[^\W\d_]{5,}(?![^\W\d_])")


def reads_words(code: str) -> bool:
    """Whether language `code` has endings or compounds to read (ENDINGS or LINKS)."""
    return code in ENDINGS or code in LINKS


@cache
def _things(code: str) -> dict[str, str]:
    """Language `code`'s glossary words (one word each, lower case, also as typed without
    accents) whose English names a thing or a measure, -> that English. (The English nouns
    of AWS a note declines, "instancí", "bucketul", are read by its LOANWORD_ENDINGS.)"""
    glossary: dict[str, str] = LANGUAGES[code]["GLOSSARY"]  # type: ignore[assignment]
    out = {}
    for phrase, english in glossary.items():
        word = phrase.lower()
        if not _WORD_OF_LETTERS.fullmatch(word) or len(word) < MIN_PART:
            continue
        if any(w in _NOT_A_THING for w in english.lower().split()):
            continue
        out[word] = english
    return with_plain_spellings(out)


@cache
def _kept_whole(code: str) -> frozenset[str]:
    """Language `code`'s words that its tables read as they stand: its glossary's, and the
    words it reads only beside a figure (a bound, a unit, a class's name: Romanian
    "implicit" is a default before its figure, English's "implicit deny" elsewhere), which
    no stem of another word makes them."""
    lang = LANGUAGES[code]
    words: set[str] = set()
    for table in ("GLOSSARY", "BEFORE_NUMBER", "AFTER_NUMBER", "BOUND_AFTER"):
        words.update(w for phrase in lang.get(table, {})  # type: ignore[attr-defined]
                     for w in phrase.lower().split())
    for spellings in (*lang.get("UNITS", {}).values(), *UNITS.values()):  # type: ignore[attr-defined]
        words.update(w.lower() for w in spellings)  # ("12 Monate" is read as a unit)
    words.update(w.lower() for w in lang.get("CLASS_NAMES", ()))  # type: ignore[attr-defined]
    words.update(w.lower() for w in lang.get("RANGE_WORDS", ()))  # type: ignore[attr-defined]
    return frozenset(with_plain_spellings(dict.fromkeys(words, "")))


def _stems(word: str, endings: tuple[str, ...]) -> set[str]:
    """`word` and each stem of it with one of `endings` taken off (MIN_STEM letters kept)."""
    out = {word}
    for ending in endings:
        if word.endswith(ending) and len(word) - len(ending) >= MIN_STEM:
            out.add(word[:-len(ending)])
    return out


@cache
def _by_stem(code: str) -> dict[str, str]:
    """What a word of language `code` is read as once an ending is taken off it: each thing
    word, and in a language of ENDINGS_REPLACE each stem of one too, -> the English (the
    singular where a stem is a word's and its plural's: "zpráva", "zprávy": message); a stem
    two things share is left out."""
    endings = ENDINGS.get(code, ()) if code in ENDINGS_REPLACE else ()
    said: dict[str, set[str]] = {}
    for word, english in _things(code).items():
        for stem in _stems(word, endings):
            said.setdefault(stem, set()).add(english)
    read = {stem: _one_thing(englishes) for stem, englishes in said.items()}
    return {stem: english for stem, english in read.items() if english is not None}


def _one_thing(englishes: set[str]) -> str | None:
    """The one English of `englishes`, a plural read as its singular when both are there."""
    singular = {e for e in englishes if not (e.endswith("s") and e[:-1] in englishes)}
    return next(iter(singular)) if len(singular) == 1 else None


def _as_word(code: str, word: str) -> str | None:
    """The English of `word` as a glossary word or an inflected form of one, else None."""
    things = _things(code)
    if word in things:
        return things[word]
    if code not in ENDINGS:
        return None
    by_stem = _by_stem(code)
    found = {by_stem[s] for s in _stems(word, ENDINGS[code]) if s in by_stem}
    return _one_thing(found) if found else None


_NO_PLURAL = ("ss", "us", "is")  # "access", "synchronous", "status", "analysis"


def _singular(english: str) -> str:
    """A compound's modifier as English writes it, singular ("message size", not
    "messages size"; "retries" a retry, "addresses" an address); a word that is no plural
    ("access", "synchronous", "status") stays."""
    last = english.rsplit(" ", 1)
    word = last[-1]
    if len(word) <= 3 or not word.endswith("s") or word.endswith(_NO_PLURAL):
        return english
    if word.endswith("ies"):
        word = word[:-3] + "y"
    elif word.endswith(("sses", "xes")):
        word = word[:-2]
    else:
        word = word[:-1]
    return " ".join((*last[:-1], word))


@cache
def read_word(code: str, word: str) -> str | None:
    """The English of `word` (lower case) of a note in language `code` that its glossary does
    not hold whole: an inflected glossary word, or a compound of two (see the module), else
    None. Kept: a note writes its words many times."""
    if word in _kept_whole(code):
        return None  # the glossary reads it, or a table reads it only beside a figure
    english = _as_word(code, word)
    if english is None:
        english = _compound(code, word)
    # (an English noun written as English writes it, "Instance", "regions", stays as written)
    return None if english is None or word in (english.lower(), english.lower() + "s") \
        else english


def _compound(code: str, word: str) -> str | None:
    links = LINKS.get(code)
    if not links or len(word) < MIN_COMPOUND:
        return None
    # the longest head first: "størrelse" before any shorter word ending the compound
    for at in range(MIN_PART, len(word) - MIN_PART + 1):
        head = _as_word(code, word[at:])
        if head is None:
            continue
        modifier = word[:at]
        for link in sorted(links, key=len, reverse=True):
            if not modifier.endswith(link) or len(modifier) - len(link) < MIN_PART:
                continue
            first = _as_word(code, modifier[:len(modifier) - len(link)])
            if first is not None:
                return f"{_singular(first)} {head}"
    return None
