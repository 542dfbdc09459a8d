"""A word typed as no note writes it, repaired against the words the notes' lines do write:
"configurble" -> "configurable", "multithreaded" -> "multi-threaded", "onramp" -> "On-Ramp".

Used by `studycli search` (lookup/search.py) and by the lookup, for a query word the fact
base does not know. Kept apart from search.py, whose result classes are dataclasses: a lookup
that repairs a word imported `dataclasses` (and with it `inspect`, `ast` and `dis`, ~4 ms of
CPU) only to reach these functions.
"""

from __future__ import annotations

import re
import sqlite3

from studycli.store import note_lines

FIX_CUTOFF = 80  # rapidfuzz ratio a repaired word needs


def repair(conn: sqlite3.Connection, word: str) -> str | None:
    """The indexed term (a stem: "retent") closest to a mistyped `word`, or None (a short
    word, a known AWS word, nothing close enough)."""
    if len(word) < 4 or not word.isalpha():
        return None
    from studycli.lookup.lexicon import lexicon

    if word in lexicon().known_words:
        return None  # an AWS word the notes lack ("spot") is no typo of one they have ("sports")
    candidates = note_lines.terms(conn, word[0])
    if not candidates:
        return None
    from rapidfuzz import fuzz

    def closeness(term: str) -> float:
        # Indexed terms are stems ("retent"): the typed word's head is compared too.
        head = fuzz.ratio(word[:len(term)], term) if len(term) >= 5 else 0.0
        return max(fuzz.ratio(word, term), head)

    best = max(candidates, key=lambda t: (closeness(t), -abs(len(t) - len(word))))
    return best if closeness(best) >= FIX_CUTOFF else None


def written_fix(conn: sqlite3.Connection, word: str) -> str | None:
    """A mistyped `word` repaired against every word of the notes' lines (not only the
    fact base's names: "basline" is "baseline" of a statement), as the notes write it."""
    term = repair(conn, word)
    if term is None or term == word:
        return None
    try:
        row = conn.execute("SELECT text FROM note_lines_fts WHERE note_lines_fts MATCH ? "
                           "LIMIT 1", ['"' + term + '"']).fetchone()
    except sqlite3.OperationalError:
        return None
    written = [w for w in re.findall(r"[a-z]+", (row[0] if row else "").lower())
               if w.startswith(term)]
    if not written:
        return None
    from rapidfuzz import fuzz

    # the stem's head matched ("durab" one letter from "durat"), but the word as the notes
    # write it must be near the word typed too: "durability", an AWS word the notes lack, is
    # no typo of "duration" (a new user's "s3 durability" was answered by a storage
    # duration). Near: close as whole words ("deleton", "deletion"), or one the start of the
    # other ("multithreaded" where a note writes "multi-threaded", "treatMissingData")
    fix = max(written, key=lambda w: (fuzz.ratio(word, w), -len(w)))
    # a compound the line writes in parts ("multi-threaded" for "multithreaded"), not a word
    # that merely starts it ("multi" of "Multi-AZ")
    compound = word.startswith(fix) and len(word) > len(fix) and (
        word in re.sub(r"[^a-z]", "", row[0].lower()) or _written_apart(conn, fix, word[len(fix):]))
    near = fuzz.ratio(word, fix) >= FIX_CUTOFF or compound or fix.startswith(word)
    return fix if near else None


SPLIT_HEAD = 2  # letters the first part of a word typed whole needs ("on" of "onramp")
SPLIT_REST = 3  # ... and the rest ("ramp"): shorter, a split finds chance pairs of words


def written_apart_split(conn: sqlite3.Connection, word: str) -> list[str] | None:
    """The two words a note writes apart (or hyphenated) that `word` types as one:
    "onramp" where the notes write "Enterprise On-Ramp", "natgateway" for "NAT gateway".
    The most even split first; None when no note line writes any split."""
    if not word.isalpha():
        return None
    cuts = sorted(range(SPLIT_HEAD, len(word) - SPLIT_REST + 1),
                  key=lambda i: abs(len(word) - 2 * i))
    for i in cuts:
        if _written_apart(conn, word[:i], word[i:]):
            return [word[:i], word[i:]]
    return None


def _written_apart(conn: sqlite3.Connection, head: str, rest: str) -> bool:
    """Whether a note line writes `head` and `rest` as one compound ("multi-threaded")."""
    try:
        return conn.execute("SELECT 1 FROM note_lines_fts WHERE note_lines_fts MATCH ? LIMIT 1",
                            [f'"{head} {rest}"']).fetchone() is not None
    except sqlite3.OperationalError:
        return False
