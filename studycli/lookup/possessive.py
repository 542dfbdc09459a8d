"""A possessive typed in a lookup ("sqs's max message size", "lambda’s max memory", "the
queue's retention") read as the word it is of.

Kept whole, "sqs's" was a word of its own: no service was read from it, and the line had to
say "sqs's" ("sqs's max message size" abstained on notes saying "SQS ... max message size
256 KB"), while a curly apostrophe cut it into "sqs" and an "s" read as a unit of seconds.
The "'s" of a contraction of "is" ("what's", "it's", "that's") is left to the readings of
those words ("what's a dlq" asks what one is). Stdlib only: the lookup fast path imports it.
"""

from __future__ import annotations

import re

_POSSESSIVE = re.compile(r"\b([a-z0-9@][\w@.-]*?)['’]s\b")
# words whose "'s" is "is" or "us", not a possessive
_CONTRACTED = frozenset({"it", "what", "that", "there", "here", "who", "where", "how", "let",
                         "he", "she", "when", "why", "which"})


def without_possessives(text: str) -> str:
    """`text` (lower case) with each possessive "'s" dropped: "sqs's" -> "sqs"."""
    if "'" not in text and "’" not in text:
        return text
    return _POSSESSIVE.sub(
        lambda m: m.group(0) if m.group(1) in _CONTRACTED else m.group(1), text)
