"""A word the query types in a variant's name and again on its own asks a measure by it.

"glacier instant retrieval retrieval time" types "retrieval" twice: once in the storage
class's name, once for what is measured. A fact says the class's name by its subject, so the
name's "retrieval" is said by every fact of the class, its minimum storage duration ("90
days") among them; the measure's "retrieval" must be said by the fact's own words (its
attribute, or its line), not by the name: "minimum storage duration 90 days" measures
another thing. Only a word typed more often than the longest name typed holds it.
Stdlib only: runs on the lookup fast path.
"""

from __future__ import annotations

import re
from functools import lru_cache

from studycli.kinds import Kind
from studycli.lookup import variants
from studycli.lookup.text import normalize, tokens


def repeated_name_words(raw: str, typed_names: tuple[str, ...],
                        asking: frozenset[str] = frozenset()) -> frozenset[str]:
    """The words of `raw` left once every name typed (`typed_names`, a service's among
    them) has taken its own words, that a variant's name typed of two words or more holds
    (lookup/variants.py): the words that also ask a measure. A one-word name typed again is
    the thing itself ("nacl max rules per nacl"); a comparison names each side whole; a
    word of `asking` (stopwords and the words of cues: "how long does long polling keep the
    connection open" asks a duration by its first "long") asks no measure."""
    if _COMPARED.search(raw):
        return frozenset()
    left = tokens(normalize(raw))
    held: set[str] = set()
    for name in typed_names:
        toks = tokens(normalize(name))
        for w in toks:
            if w in left:
                left.remove(w)
        if len(toks) >= 2 and variants.named(name):
            held.update(toks)
    return frozenset(w for w in left if w in held and w not in asking)


_COMPARED = re.compile(r"\b(?:vs|versus|or)\b", re.IGNORECASE)


@lru_cache(maxsize=64)
def _names_holding(word: str) -> re.Pattern:
    """Every name of a variant holding `word`, as one pattern (longest first)."""
    phrases = sorted((" ".join(p) for p in variants._table() if word in p), key=len,
                     reverse=True)
    if not phrases:
        return re.compile(r"(?!x)x")
    return re.compile("|".join(r"\b" + r"\W+".join(map(re.escape, p.split())) + r"s?\b"
                               for p in phrases), re.IGNORECASE)


def measure_word_unsaid(fact: dict, raw: str, typed_names: tuple[str, ...],
                        asking: frozenset[str] = frozenset()) -> bool:
    """Whether a word the query types in a name and again on its own is said by the fact
    only inside a name: its attribute and value (a statement's own line) with every variant
    name and its subject taken out say it nowhere."""
    repeated = repeated_name_words(raw, typed_names, asking)
    if not repeated:
        return False
    own = f"{fact.get('attribute') or ''} {fact.get('value') or ''}"
    if fact.get("kind") == Kind.FACT and not (fact.get("value") or "").strip():
        own = f"{own} {fact.get('snippet') or ''}"
    for word in repeated:
        text = _names_holding(word).sub(" ", own)
        for name in typed_names:
            text = re.sub(r"\W+".join(map(re.escape, name.split())), " ", text,
                          flags=re.IGNORECASE)
        said = tokens(normalize(text))
        if word not in said and word + "s" not in said:
            return True
    return False
