"""A query word that a fact says only to deny it ("/tmp 512 MB (disk, not memory)" says
"memory" to tell the student the 512 MB is *not* memory).

"lambda memory" on notes that give no memory setting must not be answered by the line
that says /tmp is not memory: the word is on the line, but as what the figure is not. A
word counts as said only where it is said outside such a phrase ("not X", "isn't X", "not
the X"); "never expires" states a value, it denies no word. Only for a quantity asked of a
line stating a number: "lambda docker support" is answered by "Docker is not supported" (a
statement's "not" is its answer), and a query that denies something itself ("not",
"without") asks about it.
Stdlib only: runs on the lookup fast path.
"""

from __future__ import annotations

import re

from studycli.lazy_regex import lazy_compile
from studycli.lookup.words import stems

# "not memory", "isn't RAM", "not in memory", "not counted as memory"
_DENIED = lazy_compile(
    r"\b(?:not|isn'?t|aren'?t)\s+"
    # the longer phrases first: "the" alone would take "not the same as memory" as "same"
    r"(?:(?:the\s+same\s+as|part\s+of|counted\s+as|a|an|the|in|your|its)\s+)?([A-Za-z][\w/-]*)",
    re.IGNORECASE)
_DENYING_QUERY = frozenset({"not", "no", "without", "isnt", "isn't", "never", "dont",
                            "don't", "doesnt", "doesn't", "cannot", "cant", "can't"})
_DIGIT = re.compile(r"\d")
_NONE: frozenset[str] = frozenset()


def _denies(text: str) -> bool:
    """_DENIED.search(text), its words looked for in C first in an ASCII text (the pattern
    opens with \b, which the engine tries at every character; case-blind, it also takes "ı"
    and "ſ" for "i" and "s", which str.lower does not make them: other text goes straight
    to the pattern)."""
    if text.isascii():
        low = text.lower()
        if "not" not in low and "isn" not in low and "aren" not in low:
            return False
    return _DENIED.search(text) is not None


def denied_words(fact: dict, tokens: list[str], asks_quantity: bool) -> frozenset[str]:
    """Stems the fact says only in a denial, when a quantity is asked (`asks_quantity`) of a
    fact that states a number and the query (`tokens`) denies nothing itself; else none."""
    if not asks_quantity or _DENYING_QUERY.intersection(tokens):
        return _NONE
    texts = [fact.get("subject") or "", fact.get("attribute") or "", fact.get("value") or "",
             fact.get("snippet") or ""]
    if not any(_denies(t) for t in texts):
        return _NONE
    if fact.get("number") is None and fact.get("low") is None and not any(
            _DIGIT.search(t) for t in texts):
        return _NONE
    denied = frozenset().union(*(stems(" ".join(_DENIED.findall(t)), _NONE) for t in texts))
    kept = frozenset().union(*(stems(_DENIED.sub(" ", t), _NONE) for t in texts))
    return denied - kept
