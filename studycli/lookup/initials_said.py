"""A note's short form says the name a query spells out: "MPU: ... max 10,000 parts" answers
"multipart upload max parts", "S2S VPN ... 1.25 Gbps / tunnel" "site to site vpn bandwidth".

The lexicon's abbreviations of one word for a name of several that are not the name's first
letters ("mpu" -> "multipart upload", "s2s" -> "site to site"; "SG" or "SGs" for "security
group" the query reads itself, query._joined) are read the other way here, only for a name
the query types whole, its words in order ("to" of "site to site" too), on a line the query's
other words already bring (a line's "IGW: 1 per VPC" alone is not searched for by "internet
gateway per vpc"): a note's "IGW" never says "gateway" alone to "nat gateway bandwidth",
and "S2S" no "site" to "multi site max bandwidth" (a word of the name is no name).
"""

from __future__ import annotations

from studycli.lookup.lexicon import Lexicon
from studycli.lookup.query import VERSUS, Query
from studycli.lookup.text import stem


def names_of_initials(lex: Lexicon) -> dict[str, tuple[tuple[str, ...], ...]]:
    """Stem of a one-word short form -> the stems of each name of several words it stands
    for, in order and with the name's stopwords ("mpu" -> (("multipart", "upload"),), "s2s"
    -> (("site", "to", "site"),)); not the name's letter initials."""
    table: dict[str, set[tuple[str, ...]]] = {}
    for key, targets in lex.abbreviations.items():
        if len(key) != 1:
            continue
        for t in targets:
            if len(t) > 1 and not _letter_initials(key[0], t, lex):
                table.setdefault(stem(key[0]), set()).add(tuple(stem(w) for w in t))
    return {short: tuple(names) for short, names in table.items()}


def _letter_initials(short: str, name: tuple[str, ...], lex: Lexicon) -> bool:
    """Whether `short` is the name's first letters, with its stopwords or without, or their
    plural ("pitr", "sg", "sgs": the lexicon adds plurals of its keys): the query reads those
    itself, where no note spells them out otherwise ("DB subnet group (SG)":
    query._two_word_initials), so only other short forms ("mpu", "s2s", "bx") are read here."""
    initials = {"".join(w[0] for w in name),
                "".join(w[0] for w in name if w not in lex.stopwords)}
    return short in initials or (short.endswith("s") and short[:-1] in initials)


def spelled_names(words: frozenset[str], q: Query, lex: Lexicon) -> frozenset[str]:
    """`words` (a fact's stems) and the words of every name the query spells out whole that
    `words` writes by its short form. Only words the student typed spell a name: an
    abbreviation typed ("enis") brings its name's words as if typed, and its initials are
    already said; and not in a comparison ("security group vs nacl stateful": a line naming
    one side by its initials, "no SG on it", would pass for one defining that side)."""
    if q.compared or VERSUS.intersection(q.tokens):  # sides of subjects leave no q.compared
        return words
    table = lex.derived("names_of_initials", names_of_initials)
    typed = [stem(t) for t in q.tokens]
    extra = [frozenset(name) for w in words for name in table.get(w, ())
             if _typed_in_order(name, typed)]
    # Letter initials typed beside the name ("sg rules per security group inbound") are not
    # read here: a note's own "DB subnet group (SG)" says what its SG means, and reading the
    # query's "sg" as security group over it answered "rds security group sg max per region"
    # with the subnet groups' 20 (query._two_word_initials keeps that link)
    return words.union(*extra) if extra else words


def _typed_in_order(name: tuple[str, ...], typed: list[str]) -> bool:
    """Whether the query types the name's words next to each other, in its order."""
    n = len(name)
    return any(tuple(typed[i:i + n]) == name for i in range(len(typed) - n + 1))
