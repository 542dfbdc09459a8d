"""A yes/no question about a word that has an opposite ("nacl stateful?", "is nacl
stateful", "alb lambda target sync?") asks which of the two the thing is: a note answers it
as often by the other word ("NACL: stateless") as by the word typed. Read as the choice it
is ("nacl stateful or stateless"), which lookup already answers by a line saying either
word (query.closing_choice), and not by a line saying neither.

Only a question (a "?" at its end, or opened by "is", "does", ...) whose last word has an
opposite in the table below, and which offers no choice or comparison itself. Stdlib only:
runs on the lookup fast path.
"""

from __future__ import annotations

import re

# Words that say one of two states a thing is in: either answers the question of the other.
_PAIRS = (("stateful", "stateless"), ("sync", "async"), ("synchronous", "asynchronous"),
          ("public", "private"), ("regional", "global"), ("push", "pull"),
          ("mutable", "immutable"))
OPPOSITE = {a: b for x, y in _PAIRS for a, b in ((x, y), (y, x))}
_OPENERS = frozenset({"is", "are", "does", "do", "can", "will", "should"})
_CHOICE = re.compile(r"\b(?:or|vs\.?|versus)\b", re.IGNORECASE)
_WORDS = re.compile(r"[a-z][a-z0-9-]*")


def as_choice(text: str) -> str:
    """`text`, with "or <the opposite>" after its last word where it is a yes/no question
    of a word with an opposite; else `text` unchanged."""
    stripped = text.strip()
    question = stripped.endswith("?")
    words = _WORDS.findall(stripped.lower())
    if len(words) < 2 or _CHOICE.search(stripped):
        return text
    if not (question or words[0] in _OPENERS):
        return text
    other = OPPOSITE.get(words[-1])
    if other is None:
        return text
    return f"{stripped.rstrip('?').rstrip()} or {other}"
