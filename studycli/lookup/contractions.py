"""A contraction typed in a lookup, with or without its apostrophe ("dont", "can't", "doesnt"),
read as its words ("do not", "can not", "does not").

Kept whole, "dont" was a topic word the answering line had to say, and few lines do: "lambda
cant exceed 15 min" asked a line to say "cant". Read as its words, the verb is a stopword as
it is in "does not", and the negation stays as "not": what reads a query's negation (a
denial asked, lookup/negated.py; a failure typed as met, "can not reach", query.py's
_FAILING) reads "not" as it read "dont". Stdlib only: the lookup fast path imports it.
"""

from __future__ import annotations

import re

# the "n't" forms of English's auxiliaries, apostrophe (straight or curly) optional; "cannot"
# is one word for "can not". Words that are also other words in a study question ("wont",
# "cant": jargon, custom) are read as the contraction: a lookup hardly means the noun.
_CONTRACTED = re.compile(
    r"\b(?:(do|does|did|is|are|was|were|has|have|had|could|would|should|must|need)n['’]?t"
    r"|(ca)n['’]?t|(can)not|(wo)n['’]?t)\b")
_FULL = {"ca": "can", "can": "can", "wo": "will"}


def spelled_out(text: str) -> str:
    """`text` (lower case) with each contraction as its words: "dont" -> "do not"."""
    if "n" not in text:
        return text
    return _CONTRACTED.sub(_words, text)


def _words(match: re.Match[str]) -> str:
    verb = next(g for g in match.groups() if g)
    return f"{_FULL.get(verb, verb)} not"
