"""A yes/no question about a word that has an opposite ("nacl stateful?", "is nacl
stateful") asks which of the two the thing is: a note answers it
as often by the other word ("NACL: stateless") as by the word typed. Read as the choice it
is ("nacl stateful or stateless"), which lookup already answers by a line saying either
word (query.closing_choice), and not by a line saying neither.

Only a question (a "?" at its end, or opened by "is", "does", ...) whose last word has an
opposite in the table below, and which offers no choice or comparison itself; and lookup
reads it so only when the words as typed find no answer saying the state asked (or its
opposite) of the thing asked (core.lookup). Stdlib only:
runs on the lookup fast path.
"""

from __future__ import annotations

import re

# Words that say one of two states a thing is in: either answers the question of the other.
# Not sync/async or push/pull: a service offers both ("Lambda async invoke", "ALB invokes
# Lambda synchronously"), so a line saying the other word answers no question of the one.
# Not regional/global: "bucket names are global" is no answer to "are s3 buckets regional?"
# (a bucket is in one Region; its name space is global), and "global" says "Global
# Accelerator" or a "global secondary index" as often as a scope.
_PAIRS = (("stateful", "stateless"), ("public", "private"), ("mutable", "immutable"))
OPPOSITE = {a: b for x, y in _PAIRS for a, b in ((x, y), (y, x))}
# Not "can", "will", "should": "can rds be public?" asks whether it may be made so, which a
# line saying it is private by default does not answer.
_OPENERS = frozenset({"is", "are", "does", "do"})
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


def opens_yes_no(text: str) -> bool:
    """Whether `text` opens as a yes/no question ("are data events logged by default"): a
    line denying its word ("NOT logged by default") answers it (answer._without_denied)."""
    words = _WORDS.findall(text.lower())
    return bool(words) and words[0] in _OPENERS


def state_words(text: str) -> frozenset[str]:
    """The state word a yes/no question asks and its opposite ("stateful", "stateless" of
    "security group stateful?"), where `as_choice` reads it as a choice; else none."""
    if as_choice(text) == text:
        return frozenset()
    last = _WORDS.findall(text.lower())[-1]
    return frozenset({last, OPPOSITE[last]})


def says_state(hit: dict, states: frozenset[str]) -> bool:
    """Whether an answer's own line says the state asked or its opposite: "SGs per ENI max 5"
    says neither of "security group stateful?"'s, and is no answer to it, however well its
    words match ("SGs" for the security group)."""
    said = " ".join(str(hit.get(k) or "") for k in ("snippet", "value")).lower()
    return any(re.search(rf"\b{re.escape(w)}\b", said) for w in states)


_NOT_ASKED = frozenset({"the", "a", "an", "my", "it", "its", "be", "by", "default"})


def asked_words(text: str) -> frozenset[str]:
    """The words of a yes/no question that name what it asks about ("nacl" of "is nacl
    stateful?"): not its opener, not the state word, nor a word that names nothing."""
    words = _WORDS.findall(text.lower())
    if words and words[0] in _OPENERS:
        words = words[1:]
    named = [w for w in words[:-1] if w not in _NOT_ASKED]
    # and their initials: a note writes "SGs = stateful" for "security group stateful?"
    initials = "".join(w[0] for w in named) if len(named) > 1 else ""
    return frozenset(named + ([initials] if initials else []))


def names_asked(hit: dict, asked: frozenset[str]) -> bool:
    """Whether an answer's own line, or the service it is filed under, names a word of what
    was asked: "SG is stateful" (filed under VPC) does not name the NACL of "nacl
    stateful?"; "async invoke returns 202" filed under Lambda names "lambda async?"'s."""
    said = " ".join(str(hit.get(k) or "") for k in ("snippet", "value", "service"))
    # a plural names what its singular does ("NACLs are stateless" names "nacl stateful?"'s)
    return bool({_singular(w) for w in asked}
                .intersection(_singular(w) for w in _WORDS.findall(said.lower())))


def _singular(word: str) -> str:
    return word[:-1] if len(word) > 2 and word.endswith("s") and not word.endswith("ss") \
        else word
