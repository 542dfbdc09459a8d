"""The other names `search` also looks for, from the lookup's own knowledge of how notes
write things (lookup/lexicon.py): a subject's aliases ("dead letter queue": "DLQ", both in
data/services.json) and a word's short forms ("visibility": "vis", "message": "msg", the
one-meaning abbreviations of data/lookup_synonyms.json, read both ways). Only names some
note line says are returned, so a search is widened only where it finds more. Lookup found
"DLQ after maxReceiveCount" for "dead letter queue" and search did not (a new user)."""

from __future__ import annotations

import sqlite3
from functools import lru_cache

from studycli.store import note_lines

MAX_SHORT = 5  # letters of the longest abbreviation read ("insts", "funcs")
# Short forms of more than one meaning in notes, never read: units ("min" is minutes more
# often than minimum: `search minimum` listed "( 60 min )" first), "res" (resolution,
# resource, response), "opt" (optimized, option, opt-in), "ram" (also AWS RAM), ...
AMBIGUOUS_SHORT = frozenset({"min", "mins", "sec", "secs", "hr", "hrs", "res", "opt", "ram",
                             "subs", "prod", "req", "reqs", "adv", "inst", "insts"})


def phrase_forms(conn: sqlite3.Connection, words: list[str]) -> list[tuple[int, int, list[str]]]:
    """(start, end, other names) of each subject name the typed `words` say, longest first
    and not overlapping, as the lookup reads them (query._ngrams): the subject's other names
    a note line says (a one-word name read here too, "dlq": "dead letter queue"). A phrase
    no other name of which is in the notes is left to the word-by-word search."""
    from studycli.lookup.lexicon import lexicon
    from studycli.lookup.query import _ngrams

    subjects = lexicon().subjects
    found = []
    for start, end, owner in _ngrams(words, subjects):
        if end - start == 1 and _part_of_a_longer_name(words[start], owner, subjects):
            continue
        typed = " ".join(words[start:end])
        others = _said(conn, [" ".join(k) for k, o in subjects.items() if o == owner], typed)
        if others:
            found.append((start, end, others))
    return found


def word_forms(conn: sqlite3.Connection, word: str) -> list[str]:
    """The short forms of `word` and the word a short form stands for, as the lookup reads
    them (_short_forms), that a note line says: "visibility" -> ["vis"], "vis" ->
    ["visibility"]."""
    return _said(conn, _short_forms().get(word, []), word)


@lru_cache(maxsize=1)
def _short_forms() -> dict[str, list[str]]:
    """Each word's short forms and each short form's word, read both ways: a one-word
    abbreviation of one meaning (Lexicon.short_forms' rule) of MAX_SHORT letters at most,
    none of AMBIGUOUS_SHORT."""
    from studycli.lookup.lexicon import lexicon

    forms: dict[str, list[str]] = {}
    for key, targets in lexicon().abbreviations.items():
        if len(key) != 1 or len(targets) != 1 or len(targets[0]) != 1 or not key[0].isalpha():
            continue
        short, full = key[0], targets[0][0]
        if short in AMBIGUOUS_SHORT:
            continue
        if len(short) >= len(full) or len(short) > MAX_SHORT:
            # "maximum" -> "max" reads the other way round (the pair is listed twice); a long
            # "short form" is a typo or another inflection the lookup reads ("visiblity",
            # "retained"), not how a note abbreviates: search repairs and stems those itself
            continue
        forms.setdefault(full, []).append(short)
        forms.setdefault(short, []).append(full)
    return forms


def _part_of_a_longer_name(word: str, owner: tuple, subjects: dict) -> bool:
    """`word` is one word of a longer name of the subject ("reserved" of "reserved
    instances"): typed alone it says less than the subject ("reserved concurrency" is
    Lambda's), and every line the longer name finds says the word already."""
    return any(len(k) > 1 and word in k for k, o in subjects.items() if o == owner)


def _said(conn: sqlite3.Connection, names: list[str], typed: str) -> list[str]:
    """`names` but `typed`, each once (a plural is its singular to the stemmed index:
    "dlqs" is "dlq"), that a note line says."""
    seen, out = {_singular(typed)}, []
    for name in names:
        if name and _singular(name) not in seen and note_lines.has_term(conn, f'"{name}"'):
            seen.add(_singular(name))
            out.append(name)
    return out


def _singular(phrase: str) -> str:
    return " ".join(w[:-1] if len(w) > 3 and w.endswith("s") else w for w in phrase.split())
