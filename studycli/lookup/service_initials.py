"""The letter initials of a fact's own service name, typed for it ("eb source bundle max size").

Students type a service of two or more words by its initials: "eb" for Elastic Beanstalk,
"cf" for CloudFront or CloudFormation, "kds" for Kinesis Data Streams. Where the lexicon
knows no such alias (query: "eb" is EventBridge's as much as Elastic Beanstalk's, so it is
read as no service), the initials stay a topic word that no fact's line says: the right
fact ("source bundle max 500 MB", filed under Elastic Beanstalk) said half the topic and
lookup abstained. A fact says the initials of its own service's name, as it says the words
of that name (answer._topic's `named`): each service that the initials could stand for
gets the word, and the other words typed decide between them.

Counted by bench/top3_causes.py: the right fact ranked first under the answer gate with
only such initials unsaid (`unsaid=eb`). Stdlib only: runs on the lookup fast path.
"""

from __future__ import annotations

import re
from collections.abc import Container, Iterable
from functools import lru_cache

_PARTS = re.compile(r"[A-Z]+(?![a-z])|[A-Z][a-z]*|[a-z]+|\d+")


@lru_cache(maxsize=512)
def service_initials(service: str) -> frozenset[str]:
    """The letter initials of `service`'s name ("Elastic Beanstalk" -> "eb"; "EventBridge",
    written as one word of two, -> "eb"), none for a name of one word ("Lambda") or a name
    that is initials already ("SQS")."""
    words = [w for part in re.split(r"[\s\-/]+", service) if part
             for w in _PARTS.findall(part)]
    if len(words) < 2 or any((w.isupper() and len(w) > 1) or len(w) < 2 or w.isdigit()
                             for w in words):
        return frozenset()  # "AWS WAF", "EC2": a name of initials is typed as written
    return frozenset({"".join(w[0] for w in words).lower()})


def initials_typed(service: str, terms: dict[str, float],
                   abbreviations: Container[tuple[str, ...]]) -> frozenset[str]:
    """The initials of `service` where the query typed them as a word of its own, and the
    lexicon spells them out as no other words ("sg" is a security group, never Storage
    Gateway)."""
    return frozenset(w for w in service_initials(service)
                     if terms.get(w, 0.0) >= 1.0 and (w,) not in abbreviations)


def opens_with_others_initials(snippet: str, asked: Iterable[str], services: Iterable[str],
                               abbreviations: Container[tuple[str, ...]]) -> bool:
    """Whether a line opens with a word in capitals that is the initials of some service
    ("CF": CloudFront, CloudFormation; "CT": CloudTrail) and of none asked.

    A cheat sheet names a service by initials the parser leaves unresolved ("CF TTL default
    24 h" is filed under no service); such a line is about a service the query did not ask
    for, whichever of the candidates it is, and must not answer "elb default ttl". Initials
    the lexicon spells out as other words ("SG": a security group) decide nothing."""
    from studycli.shorthand_shape import OPENER

    m = OPENER.match(snippet)
    if m is None or not (tok := m.group("tok")).isupper() or not 2 <= len(tok) <= 4:
        return False
    low = tok.lower()
    if (low,) in abbreviations:
        return False
    asked = list(asked)  # as written: "CloudFront" has initials, "cloudfront" none
    if any(low == a.lower() or low in service_initials(a) for a in asked):
        return False
    return any(low in service_initials(s) for s in services if s not in asked)
