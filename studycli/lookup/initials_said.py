"""A note's initials say the name a query spells out: "MPU: ... max 10,000 parts" answers
"multipart upload max parts", "S2S VPN ... 1.25 Gbps / tunnel" "site to site vpn bandwidth".

The lexicon's abbreviations of one word for a name of several that are not the name's first
letters ("mpu" -> "multipart upload", "s2s" -> "site to site"; "SG" for "security group" the
query reads itself, query._joined) are read the other way here, only for a name the query
types whole: a note's "IGW" says "internet gateway" to "internet gateway per vpc", never
"gateway" alone to "nat gateway bandwidth" (a word of the name is no name).
"""

from __future__ import annotations

from studycli.lookup.lexicon import Lexicon
from studycli.lookup.query import Query
from studycli.lookup.text import stem


def names_of_initials(lex: Lexicon) -> dict[str, tuple[frozenset[str], ...]]:
    """Stem of a one-word short form -> the stems of each name of several words it stands
    for ("mpu" -> ({"multipart", "upload"},)); the name's stopwords ("to" of "site to
    site") are left out, as a query's are."""
    table: dict[str, set[frozenset[str]]] = {}
    for key, targets in lex.abbreviations.items():
        if len(key) != 1:
            continue
        for t in targets:
            parts = frozenset(stem(w) for w in t if w not in lex.stopwords)
            if len(t) > 1 and parts and key[0] not in _letter_initials(t, lex):
                table.setdefault(stem(key[0]), set()).add(parts)
    return {short: tuple(names) for short, names in table.items()}


def _letter_initials(name: tuple[str, ...], lex: Lexicon) -> set[str]:
    """The name's first letters, with its stopwords and without ("pitr", "sg"): the query
    reads those itself, where no note spells them out otherwise ("DB subnet group (SG)":
    query._two_word_initials), so only other short forms ("mpu", "s2s", "bx") are read here."""
    return {"".join(w[0] for w in name),
            "".join(w[0] for w in name if w not in lex.stopwords)}


def spelled_names(words: frozenset[str], q: Query, lex: Lexicon) -> frozenset[str]:
    """`words` (a fact's stems) and the words of every name the query spells out whole that
    `words` writes by its initials. Only words the student typed spell a name: an
    abbreviation typed ("enis") brings its name's words as if typed, and its initials are
    already said; and not in a comparison ("security group vs nacl stateful": a line naming
    one side by its initials, "no SG on it", would pass for one defining that side)."""
    if q.compared or _VERSUS.intersection(q.tokens):  # sides of subjects leave no q.compared
        return words
    table = lex.derived("names_of_initials", names_of_initials)
    extra = [parts for w in words for parts in table.get(w, ())
             if parts <= _typed(q)]
    return words.union(*extra) if extra else words


_VERSUS = frozenset({"vs", "versus", "v"})  # as query._joined reads a comparison typed


def _typed(q: Query) -> frozenset[str]:
    return frozenset(stem(t) for t in q.tokens)
