"""The word a query types before the thing it counts ("secondary" of "how many secondary
regions"), which a note may write alone after a bound, its noun left to the words before:
"1 primary region + up to 5 secondary" bounds secondary regions, not another thing.

Read only where the word stands alone after the number (the noun left out): "up to 5
secondary indexes" names its own noun, and counts indexes. Stdlib only: runs on the lookup
fast path.
"""

from __future__ import annotations

from functools import lru_cache

from studycli.lookup.lexicon import Lexicon
from studycli.lookup.query import Query
from studycli.lookup.text import stem


def counted_modifiers(q: Query, lex: Lexicon) -> frozenset[str]:
    """Stems of the words typed right before a word the query counts: "secondary" of "how
    many secondary regions"; no stopword, cue, number or service name ("max read replicas":
    "read"; "how many sqs queues": none)."""
    # once per query, not per fact ranked (the lexicon is one object for the process)
    return _modifiers(tuple(q.tokens), frozenset(q.counted), lex)


@lru_cache(maxsize=64)
def _modifiers(toks: tuple[str, ...], counted: frozenset[str], lex: Lexicon) -> frozenset[str]:
    out = set()
    for i in range(1, len(toks)):
        word = toks[i - 1]
        if stem(toks[i]) not in counted or not word.isalpha() or stem(word) in counted:
            continue
        if word in lex.stopwords or stem(word) in lex.cue_stems or (word,) in lex.services \
                or (word,) in lex.qualifiers:
            continue
        out.add(stem(word))
    return frozenset(out)
