"""Words of facts against words of a query: stems, near matches, coverage of concepts.

Shared by ranking (lookup/features.py) and the answer score (lookup/answer.py). Stdlib only.
"""

from __future__ import annotations

import re
from functools import lru_cache

from studycli.lazy_regex import lazy_compile
from studycli.lookup.query import Query
from studycli.lookup.text import _STEMS as _KNOWN_STEMS
from studycli.lookup.text import camel_parts, normalize, stem, tokens


@lru_cache(maxsize=8192)
def stems(text: str, stop: frozenset[str]) -> frozenset[str]:
    """Stems of a fact's text, CamelCase identifiers also split ("DelaySeconds").
    Cached: one note line is the snippet of several facts."""
    if not text:
        return frozenset()
    words = _token_stems(normalize(text), stop)
    if _HAS_CAMEL.search(text):
        for parts in camel_parts(text):
            words.update(stem(p) for p in parts if p not in stop)
    if _CAPS_PLURAL.search(text):  # "GSIs per table" says "gsi": a plural of initials
        words.update(m.lower() for m in _CAPS_PLURAL.findall(text) if m.lower() not in stop)
    if "_" in text or "--" in text:
        # an API or parameter name as an SDK or the CLI writes it ("put_records",
        # "--invocation-type", "transact_write_items") says the name typed whole
        # ("putrecords", "invocationtype"), as its CamelCase form does
        words.update(stem(m.replace("_", "").replace("-", "").lower())
                     for m in _JOINED_NAME.findall(text))
    return frozenset(words)


def _token_stems(norm: str, stop: frozenset[str]) -> set[str]:
    """The stems of normalized text's words less `stop`, a possessive's word and a dotted
    key's parts among them."""
    # `stem` inlined to its memo: every candidate's line goes through here on each lookup
    known = _KNOWN_STEMS.get
    if "'" not in norm and "." not in norm:
        # no possessive and no dotted key (most lines): the loop below as one set
        # comprehension, the same stems in the same order (a stem is never empty)
        return {known(t) or stem(t) for t in tokens(norm) if t not in stop}
    words = set()
    for t in tokens(norm):
        if t not in stop:
            found = known(t)
            words.add(found if found is not None else stem(t))
        if t.endswith("'s") and t[:-2] not in stop:
            # a possessive says its word: "(role's max session duration setting)" says "role"
            words.add(stem(t[:-2]))
        if "." in t and _DOTTED_KEY.fullmatch(t):
            # a quota cheat sheet's dotted key ("stepfn.history = 25,000 events") says each
            # of its words: "history" is said, not only "stepfn.history"
            words.update(stem(p) for p in t.split(".") if p not in stop)
    return words


_HAS_CAMEL = re.compile(r"[a-z][A-Z]")
# words of letters joined by "_" ("put_records"), or by "-" after a CLI flag's "--"
# ("--invocation-type"); not a hyphenated word ("scale-in", "on-demand": a title "Scale-in
# protection" would say a word more than it repeats of the query)
_JOINED_NAME = re.compile(r"(?<![\w-])[A-Za-z]{2,}(?:_[A-Za-z]{2,})+(?![\w-])"
                          r"|(?<=--)[A-Za-z]{2,}(?:-[A-Za-z]{2,})+(?![\w-])")
# words joined by dots, each of two letters or more ("ebs.volumes"; not "3.5", "e.g", "v2.1")
_DOTTED_KEY = re.compile(r"[a-z][a-z0-9]+(?:\.[a-z][a-z0-9]+)+")
# Initials with a plural "s" ("GSIs", "AMIs", "ENIs"): the stemmer, which sees lower case
# only, keeps "gsis" whole (a word ending in "is" is no plural: "redis", "analysis").
# The word's start is read after its first capital (a look-behind over the two characters:
# the same test as a leading \b): opening with a capital lets the engine skip to the next
# one, where a leading \b was tried at every character of every candidate's line.
_CAPS_PLURAL = lazy_compile(r"([A-Z](?<!\w[A-Z])[A-Z]{1,4})s\b")
DENOMINATOR = 0.5  # weight of an attribute word the query names only after "per"
NEAR_TAIL = 4  # letters a word may add to another and still be a form of it ("dedup"-"lic")
NEAR = 0.8  # a word that is nearly the query's ("concurrent" for "concurrency") counts for less


def near(a: str, b: str) -> bool:
    """Two stems that share most of their beginning: concurrency/concurrent, dedup/deduplic."""
    n = 0
    for x, y in zip(a, b, strict=False):  # the shorter stem ends the prefix
        if x != y:
            break
        n += 1
    if n == min(len(a), len(b)) and n < max(len(a), len(b)) and not max(a, b, key=len)[n].isalpha():
        return False  # "lambda@edge" is another thing than "lambda", not a form of the word
    if n == min(len(a), len(b)) and max(len(a), len(b)) - n > NEAR_TAIL:
        return False  # "batch" of "BatchGetItem" is no form of "batchwriteitem": a word more
    return n >= 5 and n >= 0.8 * min(len(a), len(b))


def matched_words(words: set[str] | frozenset[str], q: Query) -> dict[str, float]:
    """Query stems that `words` contain: 1.0 exactly, NEAR when only nearly."""
    out: dict[str, float] = {}
    for w in words:
        if w in q.terms:
            out[w] = 1.0
        elif len(w) >= 5:
            for s in q.prefixes.get(w[:5], ()):
                if near(s, w) and out.get(s, 0.0) < NEAR:
                    out[s] = NEAR
    return out


def coverage(concepts: list[dict[str, float]], found: dict[str, float]) -> float:
    """Share of the query's concepts expressed by `found` (each at its best weight)."""
    if not concepts:
        return 0.0
    got = 0.0
    for c in concepts:  # a loop, not max() over a generator: called for every candidate
        best = 0.0
        for s, w in c.items():
            f = found.get(s)
            if f is not None and w * f > best:
                best = w * f
        got += best
    return got / len(concepts)


def weighted_share(words: set[str] | frozenset[str], q: Query,
                   per: bool = False) -> float:
    """How much of `words` (an attribute) the query asks for. A word the query has only
    after "per" is what is counted by, not what is counted: it counts half, unless the
    attribute too is "... per" it (`per`)."""
    if not words:
        return 0.0
    total = 0.0
    for w in words:
        if w in q.terms:
            total += q.terms[w] * (DENOMINATOR if w in q.denominators and not per else 1.0)
        elif len(w) >= 5:
            total += max((q.terms[s] * NEAR for s in q.prefixes.get(w[:5], ()) if near(s, w)),
                         default=0.0)
    return total / len(words)


def fact_stems(fact: dict) -> frozenset[str]:
    """Every stem a fact says, stopwords included ("long polling"): subject, attribute,
    value and note line."""
    none: frozenset[str] = frozenset()
    return (stems(fact["subject"] or "", none) | stems(fact["attribute"], none)
            | stems(fact["value"], none) | stems(fact["snippet"] or "", none))


def line_stems(fact: dict) -> frozenset[str]:
    """Every stem a fact's value and note line say (not the subject or attribute the parser
    gave it), stopwords included."""
    none: frozenset[str] = frozenset()
    return stems(fact["value"] or "", none) | stems(fact["snippet"] or "", none)


def matched(words: frozenset[str], q: Query) -> dict[str, float]:
    """Query stems that `words` contain: 1.0 exactly, less when only nearly (see matched_words)."""
    return matched_words(set(words), q)
