"""Which family a note's language belongs to, told by its own words: the sister-language fallback.

A note in a language no table of studycli/languages*.py holds (Catalan, Afrikaans,
Azerbaijani ...) writes too few of any one language's markers for notes/gloss.py's
languages_of, and was read as English: "timeout màxim: 5 minuts", "verstek 7 dae", "30 gün"
left unread, and lookup said "Not in your notes". Such a note is still written mostly in words
its sisters' tables know, so it is read with them (studycli/languages_families.py):

- the family is the one whose tables (its members' and its own) recognise the most different
  words of the note, at least MIN_SISTER_WORDS of them, written at least as often as English
  function words (stricter than languages_of's half: a family's tables hold many words, and
  an English note writes "policy", "minimum", "para" among dozens of "the"), and more than
  any other family recognises; and of them at least MIN_SISTER_FUNCTION_WORDS function words,
  or MIN_SISTER_WORDS words in letters no English word has (an English cram sheet writes
  "standard", "till", "timer", "policy", which members' tables hold too);
- the note is read with the family's own words and number formats, and with the words of the
  member whose table recognises most of the note (the closest sister), where its table
  recognises at least MIN_MEMBER_WORDS of them (a Catalan note's one "com" is no reason to
  read Portuguese; with no member that close, the family's words alone), its number formats
  left to the family, its negations and function words unread (a German note too short to
  be told German stays "nicht rechtzeitig", never a half-read "not rechtzeitig" a question
  would quote);
- a note in a member language (told by languages_of) is read with its family's shared words
  too ("verstek" in an Afrikaans note that writes enough Dutch to be told Dutch).

Nothing here reads a file's name: only the text.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Mapping
from functools import cache

from studycli.languages import ENGLISH_MARKERS, LANGUAGES
from studycli.languages_families import FAMILIES
from studycli.notes.note_words import WORD as _WORD
from studycli.unit_spellings import DURATIONS

MIN_SISTER_WORDS = 5  # different recognised words before a note is read as of a family
# and of those, the different function words (the family's and its members' MARKERS), unless
# MIN_SISTER_WORDS of them are written in letters no English word has: a terse English note
# writes "standard", "till", "timer", "policy", "minimum", which a member's table holds too,
# and at most two of the function words ("com", "sense", "para") of the 1,800 English notes
# of tests/data
MIN_SISTER_FUNCTION_WORDS = 3
MIN_MEMBER_WORDS = 2  # different words of a member's table before a note borrows its table
_TABLES = ("GLOSSARY", "BEFORE_NUMBER", "AFTER_NUMBER", "BOUND_AFTER", "POSTPOSITIONS")


def table_of(code: str) -> dict[str, object]:
    """The table of a language (LANGUAGES) or of a family (FAMILIES, or a family read beside
    languages told: "west_germanic+nl", see sister_reading), by its code."""
    found = LANGUAGES.get(code)
    if found is not None:
        return found
    return _borrowed_table(code) if code.startswith(BORROWED) else _family_table(code)


BORROWED = "borrowed:"  # the code of a member's table as a sister note borrows it
# English a borrowed word may not be read as: a negation or a function word, read alone in a
# line of a language the note is not told in, leaves a line half read ("Ziel hat not
# rechtzeitig geantwortet"), which a question then quotes as if it were English
_NOT_BORROWED = frozenset(("not", "no", "never", "cannot", "only", "not only", "fine"))


@cache
def _borrowed_table(code: str) -> dict[str, object]:
    """A member's table as a note of its family borrows it: without the words read as a
    negation or a function word (_NOT_BORROWED), which the note's own language may not
    share and which leave half-read English behind."""
    table = LANGUAGES[code[len(BORROWED):]]
    out = dict(table)
    for part in ("GLOSSARY", "POSTPOSITIONS", "BOUND_AFTER"):
        if part in table:
            out[part] = {k: v for k, v in table[part].items()  # type: ignore[attr-defined]
                         if not _negation(v)}
    return out


def _negation(english: str) -> bool:
    words = english.lower().split()
    return english.lower() in _NOT_BORROWED or any(w in ("not", "never", "no") for w in words)


@cache
def _family_table(code: str) -> dict[str, object]:
    """A family's table without the unit spellings every note's numbers are read with
    (unit_spellings.py: "30 dias", "1 jaar" stay as the note writes them), and, beside
    languages told ("family+lang..."), without any phrase their own tables hold: those read
    the note as before, the family adds only the words they lack."""
    family, *told = code.split("+")
    table = FAMILIES[family]
    held = {name for names, *_rest in DURATIONS for name in names}
    otherwise: dict[str, tuple[str, ...]] = table.get("MEANS_OTHERWISE_IN", {})  # type: ignore[assignment]
    for lang in told:  # (and the family's words the told language reads as something else)
        held |= set(otherwise.get(lang, ()))
        held |= {p.lower() for part in _TABLES for p in LANGUAGES[lang].get(part, {})}  # type: ignore[attr-defined]
        held |= {w for spellings in LANGUAGES[lang].get("UNITS", {}).values() for w in spellings}  # type: ignore[attr-defined]
    # (and its range words: a language told reads its own ranges)
    out = {k: v for k, v in table.items()
           if k not in (*_TABLES, "UNITS") and not (told and k == "RANGE_WORDS")}
    for part in _TABLES:
        if part in table:
            out[part] = {k: v for k, v in table[part].items() if k.lower() not in held}  # type: ignore[attr-defined]
    out["UNITS"] = {unit: tuple(w for w in spellings if w not in held)
                    for unit, spellings in table.get("UNITS", {}).items()}  # type: ignore[attr-defined]
    return out


def _words_of(table: dict) -> frozenset[str]:
    """Every word (lower case) of a table: its markers, phrases, bounds and units."""
    phrases = [*table.get("MARKERS", ())]
    for part in _TABLES:
        phrases += list(table.get(part, {}))
    phrases += [w for spellings in table.get("UNITS", {}).values() for w in spellings]
    # (a word of one or two ASCII letters, "an", "en", "al", is as often English or a name)
    return frozenset(w for phrase in phrases for w in _WORD.findall(phrase.lower())
                     if len(w) > 2 or not w.isascii())


@cache
def _english() -> frozenset[str]:
    """Words English notes write that some table holds too: the English function words and
    every word of the tables' English ("max", "default", "size"), never counted for a family."""
    return ENGLISH_MARKERS | frozenset(
        w for table in (*LANGUAGES.values(), *FAMILIES.values()) for part in _TABLES
        for v in table.get(part, {}).values()  # type: ignore[attr-defined]
        for w in _WORD.findall(v.lower()))


@cache
def member_words(code: str) -> frozenset[str]:
    """The words of a language's table no English note writes as English (see _english)."""
    return _words_of(LANGUAGES[code]) - _english()


@cache
def _family_words(family: str) -> frozenset[str]:
    own = _words_of(FAMILIES[family])
    members = FAMILIES[family]["MEMBERS"]
    return (own.union(*(member_words(code) for code in members))) - _english()  # type: ignore[attr-defined]


@cache
def _function_words(family: str) -> frozenset[str]:
    """The function words of a family's languages: its MARKERS and its members'."""
    table = FAMILIES[family]
    words = [*table["MARKERS"]]  # type: ignore[misc]
    for code in table["MEMBERS"]:  # type: ignore[attr-defined]
        words += LANGUAGES[code].get("MARKERS", ())  # type: ignore[arg-type]
    return frozenset(w.lower() for w in words) - ENGLISH_MARKERS


def family_of_language(code: str) -> str | None:
    """The family a language with a table belongs to, if any."""
    for family, table in FAMILIES.items():
        if code in table["MEMBERS"]:  # type: ignore[operator]
            return family
    return None


def sister_reading(counts: Counter[str], english: int,
                   langs: frozenset[str]) -> tuple[str | None, str | None]:
    """(the family whose shared words to read in a note, the member whose table to borrow),
    either None. `counts` and `english` are the note's words as notes/note_words.py's
    counted_words counts them: each word, and its English function words. `langs` are the
    languages languages_of told: their family's words are read and nothing is borrowed (the
    note's own language reads it)."""
    if langs:
        families = sorted({f for f in map(family_of_language, langs) if f})
        if len(families) != 1:
            return None, None
        return "+".join((families[0], *sorted(langs))), None
    found = best_said(_words_by_family(), counts, english)
    if found is None:
        return None, None
    family, said = found
    if (len(_function_words(family) & counts.keys()) < MIN_SISTER_FUNCTION_WORDS
            and sum(not w.isascii() for w in said) < MIN_SISTER_WORDS):
        return None, None  # (only words an English note writes too)
    members: tuple[str, ...] = FAMILIES[family]["MEMBERS"]  # type: ignore[assignment]
    close = {code: len(member_words(code) & counts.keys()) for code in members}
    closest = max(members, key=close.__getitem__)
    if close[closest] < MIN_MEMBER_WORDS:
        return family, None  # (no member close enough: the family's words alone)
    return family, BORROWED + closest


def best_said(words: Mapping[str, frozenset[str]], counts: Counter[str], english: int
              ) -> tuple[str, frozenset[str]] | None:
    """(the code whose `words` a note says most of, those it says), when it says at least
    MIN_SISTER_WORDS different ones, more than of any other code's, written at least as
    often as its English function words (`counts` and `english` as sister_reading's);
    else None."""
    scored = sorted(((len(said), sum(counts[w] for w in said), code, said)
                     for code, own in words.items() for said in (own & counts.keys(),)),
                    key=lambda s: s[:3], reverse=True)
    best, written, code, said = scored[0]
    runner_up = scored[1][0] if len(scored) > 1 else 0
    if best < MIN_SISTER_WORDS or written < english or best <= runner_up:
        return None
    return code, said


@cache
def _words_by_family() -> dict[str, frozenset[str]]:
    return {family: _family_words(family) for family in FAMILIES}


@cache
def family_own_words(family: str) -> frozenset[str]:
    """The words of a family's own glossary and units written with a letter beyond ASCII that
    no language's glossary or units hold ("màxim", "memòria"): such a word in a query tells
    the family (notes/gloss.py's gloss_query)."""
    table = FAMILIES[family]
    said = [*table.get("GLOSSARY", {}),  # type: ignore[misc]
            *(w for spellings in table.get("UNITS", {}).values() for w in spellings)]  # type: ignore[attr-defined]
    held = set()
    for lang in LANGUAGES.values():
        held |= {w for phrase in (*lang.get("GLOSSARY", {}),  # type: ignore[misc]
                                  *(w for spellings in lang.get("UNITS", {}).values()  # type: ignore[attr-defined]
                                    for w in spellings))
                 for w in _WORD.findall(phrase.lower())}
    return frozenset(w for phrase in said for w in _WORD.findall(phrase.lower())
                     if not w.isascii()) - held - _english()
