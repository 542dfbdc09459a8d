"""A word typed as one that a note writes as two: "multipart upload max parts" is said by
"multi part max ten thousand parts" (and "multi-part"), "sns fanout" by "fan out"; an API's
name typed whole by its words ("dynamodb batchwriteitem max" by "batch write items").

Only a join that is a word the query typed counts, of two words of three letters or more
each ("of ten" writes no "often"), so a line's words say nothing they did not say before
but the typed word itself.
"""

from __future__ import annotations

import re

from studycli.lookup.query import W_FIXED
from studycli.lookup.text import stem

_LETTERS = re.compile(r"[a-z]+")
PART = 3  # the fewest letters of each of the two words joined
JOINED = 6  # the fewest letters of a word typed that a note may write as two
JOINED_THREE = 10  # ... as three


def joined_typed(text: str, terms: dict[str, float]) -> frozenset[str]:
    """Stems of the words typed (`terms`, Query.terms) that `text` writes as two words in a
    row, apart or hyphenated."""
    typed = {w for w, v in terms.items() if v >= W_FIXED and len(w) >= JOINED}
    if not typed or not text:
        return frozenset()
    starts = {w[:PART] for w in typed}  # a join no typed word starts as is never stemmed
    toks = _LETTERS.findall(text.lower())
    pairs = frozenset(j for a, b in zip(toks, toks[1:], strict=False)
                      if len(a) >= PART and len(b) >= PART and a[:PART] in starts
                      and (j := stem(a + b)) in typed)
    # an API's name typed whole, written out in three words ("batchwriteitem": "batch
    # write items", "DDB_BATCH_WRITE_ITEMS" in a constants module)
    return pairs | frozenset(
        j for a, b, c in zip(toks, toks[1:], toks[2:], strict=False)
        if min(len(a), len(b), len(c)) >= PART and a[:PART] in starts
        and len(a + b + c) >= JOINED_THREE and (j := stem(a + b + c)) in typed)
