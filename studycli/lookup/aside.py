"""A figure a note writes in an aside about another mechanism is not its line's own figure.

"msg size 256KB (ext client lib + S3 up to 2GB)": the 2 GB is what SQS carries through the
Extended Client Library and an S3 pointer, not SQS's message size, however "up to" marks it;
"sqs max message size" was answered 2 GB first. A figure is in such an aside when the line
writes it only inside parentheses that name something besides the figure, a maximum cue
and the measure's own words ("ext client lib", "S3", "w/ batching", "via Y"). A
parenthesis that only restates the bound ("visibility timeout 30s (max 12h)") or the unit
("15 min (900 s)") is no aside: its figure is the line's, and neither is one that only says
the bound can be moved ("/tmp 512 MB (configurable up to 10 GB)": 10 GB is Lambda's /tmp
maximum, and "lambda max tmp storage" asks it). A figure the parser filed as the measure's
maximum is in an aside only when the aside names another mechanism the lexicon knows (a
service, a subject, an abbreviation: "S3", "Block Express"), not on any word it leaves.
"""

from __future__ import annotations

import re

from studycli.lookup.lexicon import MAX_PHRASE, lexicon
from studycli.lookup.text import numbers_with_units, stem

_PARENTHESIS = re.compile(r"\(([^()]*)\)")
_WORD = re.compile(r"[a-z][a-z0-9]*")
# the words of a bound itself: a parenthesis holding only them restates the figure's bound
_BOUND_WORDS = frozenset({"max", "maximum", "min", "minimum", "up", "to", "at", "most",
                          "least", "limit", "about", "approx", "ca",
                          # words that move the bound, naming no other mechanism
                          "configurable", "adjustable", "extendable", "extensible",
                          "raise", "raised", "raising", "increase", "increased", "increasing",
                          "request", "requested", "can", "be", "burst", "bursting", "bursts",
                          "scale", "scales", "scaling", "soft", "hard", "quota", "default"})
# words that join an aside to its line, naming nothing ("with", "via", "using")
_JOINING = frozenset({"with", "via", "using", "use", "uses", "for", "the", "and", "or", "of",
                      "in", "on", "by", "if", "when"})


def in_aside(h: dict, typed: set[str]) -> bool:
    """Whether the hit's figure is written only inside a parenthesis of its line that names
    another mechanism: words beyond the figure, a bound cue and the hit's measure, none of
    them typed (`typed`: the query's words)."""
    snippet = h.get("snippet") or ""
    own = _figures(h.get("value") or "")
    if "(" not in snippet or not own:
        return False
    outside = _figures(_PARENTHESIS.sub(" ", snippet))
    if own & outside:  # written outside too ("256 KB ... (256 KB is the max)")
        return False
    typed_stems = _stems(typed)
    filed_max = h.get("qualifier") == "max"
    name = (h.get("attribute") or "").lower().partition(" (")[0]
    measure = set(_WORD.findall(name))
    for m in _PARENTHESIS.finditer(snippet):
        inner = m.group(1)
        found = numbers_with_units(inner)
        if not own & {v for v, _, _ in found}:
            continue
        for _, _, written in found:
            inner = inner.replace(written, " ")
        words = {w for w in _WORD.findall(inner.lower()) if len(w) > 1} - _BOUND_WORDS \
            - _JOINING - measure
        # "io2 block express max iops" on "up to 64,000 IOPS (256,000 with Block Express)":
        # an aside naming what was typed is the figure asked, no other mechanism
        if words and not _stems(words) & typed_stems \
                and (not filed_max or _names_something(_WORD.findall(inner.lower()))):
            return True
    return False


def _stems(words) -> set[str]:
    """The stems of `words` and of the words their short forms stand for ("msg": "messag")."""
    short = lexicon().short_forms
    out = set()
    for w in words:
        s = stem(w.lower())
        out.add(s)
        if s in short:
            out.add(short[s])
    return out


def _names_something(words: list[str]) -> bool:
    """Whether `words` hold a service, subject or abbreviation the lexicon knows."""
    lex = lexicon()
    return any(tuple(words[i:i + n]) in table
               for table in (lex.services, lex.subjects, lex.abbreviations)
               for n in range(1, MAX_PHRASE + 1) for i in range(len(words) - n + 1))


def _figures(text: str) -> set[float]:
    """The numbers `text` writes ("3000 w/ batching" counts messages with no unit)."""
    return {v for v, _, _ in numbers_with_units(text)}
