"""A minimum asked, and a default given: no answer.

"sqs visibility timeout min" is not answered by "visibility timeout default = 30s", nor
"lambda min timeout" by "default 3 sec": what a setting is when nobody sets it says nothing
of the least it may be set to (SQS's is 0 s, Lambda's 1 s). Where the query asks the
default too ("cloudfront minimum ttl default"), it asks the default of a setting named for
a minimum (CloudFront's Minimum TTL, 0 s by default): a default that names no minimum
anywhere on its line ("default TTL 24 hrs", the Default TTL setting's) is another setting's,
while "min password length default 8" answers. That holds only where the default
names a noun asked whose service has a minimum setting of the same noun
beside its default one (_MIN_SIBLINGS: CloudFront's Minimum, Default and Maximum TTL); a
setting that is itself the minimum, written as a plain default ("password policy default
length: 8 characters", "Kinesis retention 24 h default"), keeps its answer.
Stdlib only: runs on the lookup fast path.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from studycli.lazy_regex import lazy_compile
from studycli.lookup.key_bound import names_min_key
from studycli.lookup.text import FIGURE

_DEFAULT = re.compile(r"\bdefault\b", re.IGNORECASE)
# a minimum named in the notes' other languages, which the lexicon's bound words may not hold;
# English "min" is left to the lexicon (`says_min`), which reads "1440 min" as minutes
_MIN_WORDS = lazy_compile(r"\b(?:minimal|mín|mínimo|mínima|minimo|mindest\w*|"
                          r"minimaal|minimalny|minimalna)\b|最少|最小|最低|最短|최소",
                          re.IGNORECASE)


def default_for_min(fact: dict, asked: str | None, qualifiers: list[str],
                    says_min: Callable[[str], bool]) -> bool:
    """Whether a minimum is asked (and no default) and the fact is a default: a default
    quantity, or a statement with a figure that says "default" and bounds nothing from
    below (`says_min(text)`: "min 1 s, default 30 s" still may answer)."""
    if asked != "min" or "default" in qualifiers or any(
            names_min_key(fact.get(k) or "") for k in ("attribute", "value", "snippet")):
        return False  # "minimumHealthyPercent default 100": the default of a minimum
    if fact.get("kind") == "default" or fact.get("qualifier") == "default":
        return True
    return _is_default(fact) and not says_min(_spelled_out(fact.get("value") or ""))


def _is_default(fact: dict) -> bool:
    """A default quantity, or a statement with a figure that says "default" (or texts it:
    "timeout dflt 3 sec", a note line shown as written, said the default was the minimum)."""
    if fact.get("kind") == "default" or fact.get("qualifier") == "default":
        return True
    value = _spelled_out(fact.get("value") or "")
    return fact.get("kind") == "fact" and bool(_DEFAULT.search(value)) \
        and bool(FIGURE.search(value))


def _spelled_out(text: str) -> str:
    """`text` with texting's "dflt", "mx", "mn" written out, as the parser reads them."""
    from studycli.notes.text_speak import spell_out_shorthand  # stdlib only

    return spell_out_shorthand(text)


# nouns of a setting a service has both as a minimum and as a default, so that a "default
# <noun>" is another setting than the minimum's: CloudFront's Minimum TTL (0 s by default)
# beside its Default TTL (24 h) and Maximum TTL,
# https://docs.aws.amazon.com/AmazonCloudFront/latest/DeveloperGuide/Expiration.html
_MIN_SIBLINGS = frozenset({"ttl"})


def default_of_unnamed_min(fact: dict, asked: str | None, qualifiers: list[str],
                           tokens: list[str], says_min: Callable[[str], bool]) -> bool:
    """Whether a minimum's default is asked ("cloudfront min ttl default") and the fact is
    the default of a sibling setting: it names a noun asked that has a minimum setting
    beside its default one (_MIN_SIBLINGS), and names no minimum in
    its name, its value or its line (`says_min(text)`, or a minimum's word of another
    language): "default TTL 24 hrs" is the Default TTL's. A minimum written as a plain
    default ("password policy default length: 8") is left to answer."""
    if asked != "min" or "default" not in qualifiers or not _is_default(fact):
        return False
    nouns = _MIN_SIBLINGS.intersection(t.lower() for t in tokens)
    texts = [fact.get(k) or "" for k in ("subject", "attribute", "value", "snippet")]
    # the noun said anywhere: the notes' other languages put "default" after it ("TTL
    # bawaan cache 24 jam") or word it otherwise ("varsayılan TTL: 24 saat")
    if not nouns or not any(re.search(rf"(?i)\b{n}\b", t) for t in texts for n in nouns):
        return False
    # the line as written, not the parser's name for it: "default TTL 1440 min" is named
    # "default ttl min day", its minutes read as a minimum once the figure is gone
    return not any(says_min(text) or _MIN_WORDS.search(text) or names_min_key(text)
                   for text in texts[2:])


