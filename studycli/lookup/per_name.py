"""What a count is asked per, when the query names it in several words ("max rules per
security group"): every word of the name, not only the first after "per".

A note writes such a name by its initials as often as whole ("60 rules per SG"); the answer
scoring reads the initials of a whole name it is given (answer._in_full), never of one of
its words, so "per security" alone would find no "per SG" and refuse a line that says it.
Only the names the lexicon spells initials out as are read so: "per target group" stays
"per target" as before (it is no name the lexicon abbreviates), as it is for every other
scope. Stdlib only: runs on the lookup fast path.
"""

from __future__ import annotations

from studycli.lookup.lexicon import Lexicon
from studycli.lookup.text import stem

LONGEST = 3  # words of a name spelled out ("elastic network interface")


def _names(lex: Lexicon) -> frozenset[tuple[str, ...]]:
    """Stems of each name of several words the lexicon reads initials as."""
    return frozenset(tuple(stem(w) for w in target)
                     for targets in lex.abbreviations.values()
                     for target in targets if 1 < len(target) <= LONGEST)


def named_per(toks: list[str], lex: Lexicon) -> set[str]:
    """Stems of a name of several words typed right after "per" ("per security group":
    security, group), where the lexicon abbreviates that name."""
    names = lex.derived("names_spelled_by_initials", _names)
    out: set[str] = set()
    for i, t in enumerate(toks):
        if t != "per":
            continue
        for n in range(LONGEST, 1, -1):
            words = tuple(stem(w) for w in toks[i + 1:i + 1 + n])
            if len(words) == n and words in names:
                out.update(words)
                break
    return out
