"""Words the notes mistype: `search visibility` should find the line that says "visibilty".

The typed word's repair (lookup/search.py) mends the query; notes have typos too, and a
student who types the word right was shown nothing, or only the lines that spell it right.
An indexed term (a porter stem) is read as a misspelling of a typed word when it is one edit
from the word (or from its head as long as the stem: "visibilti" of "visibility",
"lifecyl" of "lifecycle"), keeps its first letter, is no form of the word itself (neither is
a prefix of the other: "retent" is retention's own stem) and is no word the lookup knows
("instant" is no typo of "instance"). Only words of seven letters or more: a short word is
one edit from too many others ("spot", "sport").

A real word one edit away is no typo ("principle" of "principal", "commute" of "compute"):
no word list tells them apart, so a variant counts only when it is rare in the notes (on at
most MAX_TYPO_LINES lines: a typo is a slip, made once or twice) while the word asked is on at
least as many lines. search.py still ranks every line with the word itself above the
variant's lines and marks those as variants.
"""

from __future__ import annotations

import re
import sqlite3

from studycli.store import note_lines

MIN_LENGTH = 7
MAX_TYPOS = 3  # misspellings searched for one word, the closest first
MAX_TYPO_LINES = 2  # a word on more lines than this is a word the notes mean, no slip


def misspellings(conn: sqlite3.Connection, word: str) -> list[str]:
    """Indexed terms that are misspellings of `word` (lower case), the closest first."""
    if len(word) < MIN_LENGTH or not word.isalpha() or not word.isascii():
        return []
    from rapidfuzz.distance import OSA

    from studycli.lookup.lexicon import lexicon

    lex = lexicon()
    asked = note_lines.lines_having(conn, f'"{word}"')
    found = []
    for term, lines in note_lines.terms_with_lines(conn, word[0]):
        if lines > MAX_TYPO_LINES or lines > asked:
            continue  # no slip: a word the notes use as often as the one asked, or more
        if len(term) < MIN_LENGTH - 2 or not term.isalpha() or abs(len(term) - len(word)) > 4:
            continue
        if _same_word(term, word):
            continue  # the word's own stem, or a longer word made from it
        edits = min(OSA.distance(term, word[:n]) for n in
                    {len(word), len(term) - 1, len(term), len(term) + 1} if 0 < n <= len(word))
        if edits > 1 or term in lex.known_words or term in lex.known_stems \
                or _starts_known_word(term, lex.known_words):
            continue
        found.append((edits, abs(len(term) - len(word)), term))
    return [term for *_, term in sorted(found)[:MAX_TYPOS]]


def _same_word(term: str, word: str) -> bool:
    """A stem of `word` or a word made from it: one is a prefix of the other, read with the
    stemmer's "y" as "i" too ("deploi" is deploy's stem, no typo of "deployment")."""
    return any(a.startswith(b) or b.startswith(a)
               for a, b in ((term, word), (term, word.replace("y", "i"))))


def _starts_known_word(term: str, known: frozenset[str]) -> bool:
    """Whether `term` is the stem of a word the lookup knows ("replica" of "replicas")."""
    return any(w.startswith(term) and len(w) - len(term) <= 3 for w in known
               if w[:1] == term[:1])


_LETTERS = re.compile(r"[A-Za-z]+")


def as_written(conn: sqlite3.Connection, term: str) -> str:
    """The word a line writes for the indexed `term` (a stem: "visibilti" is "visibilty")."""
    try:
        row = conn.execute("SELECT text FROM note_lines_fts WHERE note_lines_fts MATCH ? "
                           "LIMIT 1", ['"' + term + '"']).fetchone()
    except sqlite3.OperationalError:
        return term
    words = [w.lower() for w in _LETTERS.findall(row[0] if row else "")
             if _same_word(term, w.lower()) and w[:1].lower() == term[:1]]
    return min(words, key=len) if words else term
